package org.rasad.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.rasad.core.consolidate.ConsolidatedEvent;
import org.rasad.core.consolidate.Report;
import org.rasad.core.model.Claim;
import org.rasad.core.model.Evidence;
import org.junit.jupiter.api.Test;

class AcledRowTest {

    private static final long TIMESTAMP = 1_700_000_000L;

    @Test
    void columnsAreAcledsInAcledsOrder() {
        assertThat(AcledRow.of(ExportFixtures.disputedStrike(), TIMESTAMP).values().keySet()).containsExactlyElementsOf(
                List.of("event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                        "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
                        "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
                        "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
                        "fatalities", "tags", "timestamp"));
    }

    @Test
    void countryColumnsComeFromThePlace() {
        AcledRow row = AcledRow.of(ExportFixtures.disputedStrike(), TIMESTAMP);
        assertThat(row.get("event_id_cnty")).isEqualTo("LBY-ev-0011223344556677");
        assertThat(row.get("iso")).isEqualTo(434);
        assertThat(row.get("country")).isEqualTo("Libya");
        assertThat(row.get("region")).isEqualTo("Northern Africa");
        assertThat(row.get("admin1")).isEqualTo("Murzuq");
        assertThat(row.get("latitude")).isEqualTo(25.9155);
    }

    @Test
    void interactionPutsTheLowerInterCodeFirst() {
        AcledRow row = AcledRow.of(ExportFixtures.disputedStrike(), TIMESTAMP);
        assertThat(row.get("interaction")).isEqualTo(28);
        assertThat(row.get("disorder_type")).isEqualTo("Political violence");
        assertThat(row.get("civilian_targeting")).isNull();
    }

    @Test
    void disputedFatalitiesAreTheLowestAndNotesNameWhoClaimedWhat() {
        AcledRow row = AcledRow.of(ExportFixtures.disputedStrike(), TIMESTAMP);
        assertThat(row.get("fatalities")).isEqualTo(3);
        assertThat(row.get("source")).isEqualTo("AFRICOM, press release; Murzuq council \"statement\"");
        assertThat((String) row.get("notes"))
                .contains("AFRICOM, press release: 8 killed (Islamic State (Libya))")
                .contains("Murzuq council \"statement\": 3 killed")
                .contains("Disputed: sources report 3 to 8 killed");
    }

    @Test
    void vagueDeathClaimIsCodedByAcledsConventionOnlyOnExport() {
        Claim dozens = new Claim("killed", null, "DOZENS", "exact", null, false, new Evidence(0, 5, "عشرات"));
        Report r = new Report("c.txt", 0, null, LocalDate.of(2019, 9, 26), ExportFixtures.strike(null, dozens));
        ConsolidatedEvent c = new ConsolidatedEvent("ev-1", ExportFixtures.strike(null), null, null, false, List.of(r));
        AcledRow row = AcledRow.of(c, TIMESTAMP);
        assertThat(row.get("fatalities")).isEqualTo(12);
        assertThat((String) row.get("notes")).contains("c.txt: dozens killed");
    }

    @Test
    void noDeathClaimIsZeroFatalities() {
        Report r = new Report("d.txt", 0, null, LocalDate.of(2019, 9, 26), ExportFixtures.strike(null));
        ConsolidatedEvent c = new ConsolidatedEvent("ev-2", ExportFixtures.strike(null), null, null, false, List.of(r));
        assertThat(AcledRow.of(c, TIMESTAMP).get("fatalities")).isEqualTo(0);
    }
}

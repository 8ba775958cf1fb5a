package org.rasad.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasad.core.model.Event;

class CorrectableFieldTest {

    private static final Event BARE = new Event("Battles", "Armed clash", LocalDate.of(2022, 1, 26), 2, null, null, null,
            null, null, List.of(), List.of(), List.of());

    private static void rejects(CorrectableField f, String value, String message) {
        assertThatThrownBy(() -> f.check(value)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @Test
    void valuesAreChecked() {
        rejects(CorrectableField.EVENT_TYPE, "War", "not an ACLED event type");
        rejects(CorrectableField.SUB_EVENT_TYPE, "Skirmish", "not an ACLED sub-event type");
        rejects(CorrectableField.DATE, "26/01/2022", "YYYY-MM-DD");
        rejects(CorrectableField.FATALITIES, "-1", "whole number");
        rejects(CorrectableField.COUNTRY, "Libya", "two-letter");
        rejects(CorrectableField.LATITUDE, "91", "outside ±90");
        rejects(CorrectableField.LONGITUDE, "east", "not a number");
        assertThatThrownBy(() -> CorrectableField.of("colour")).hasMessageContaining("correctable fields");
    }

    @Test
    void subTypeCarriesItsType() {
        Event e = CorrectableField.SUB_EVENT_TYPE.apply(BARE, "Air/drone strike");
        assertThat(e.eventType()).isEqualTo("Explosions/Remote violence");
        assertThat(e.subEventType()).isEqualTo("Air/drone strike");
    }

    @Test
    void typeThatNoLongerFitsClearsTheSubType() {
        assertThat(CorrectableField.EVENT_TYPE.apply(BARE, "Protests").subEventType()).isNull();
    }

    @Test
    void correctedDateIsKnownToTheDay() {
        assertThat(CorrectableField.DATE.apply(BARE, "2022-01-25").timePrecision()).isEqualTo(1);
    }

    @Test
    void placeFieldsCreateALocationWhenThereWasNone() {
        Event e = CorrectableField.LOCATION.apply(BARE, "Al Qatrun");
        assertThat(e.location().name()).isEqualTo("Al Qatrun");
        assertThat(e.location().geoPrecision()).isEqualTo(1);
        assertThat(CorrectableField.COUNTRY.read(CorrectableField.COUNTRY.apply(e, "LY"))).isEqualTo("LY");
    }

    @Test
    void blankClearsAnOptionalField() {
        Event e = CorrectableField.FATALITIES.apply(BARE, CorrectableField.FATALITIES.check("  "));
        assertThat(e.fatalities()).isNull();
        assertThat(CorrectableField.ACTOR1.apply(BARE, "Islamic State (Libya)").actor1().name()).isEqualTo("Islamic State (Libya)");
    }
}

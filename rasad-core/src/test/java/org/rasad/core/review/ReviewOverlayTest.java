package org.rasad.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasad.core.consolidate.ConsolidatedEvent;
import org.rasad.core.consolidate.MentionRef;
import org.rasad.core.consolidate.Report;
import org.rasad.core.model.Event;
import org.rasad.core.model.Location;

class ReviewOverlayTest {

    private static final ReviewAction.Meta LAYLA = new ReviewAction.Meta("Layla", Instant.EPOCH, "");

    private static Event clash(int killed) {
        return new Event("Battles", "Armed clash", LocalDate.of(2022, 1, 26), 1, null, null,
                new Location("Al Qatrun", "القطرون", 24.9, 14.6, "LY", "Murzuq", 1, "in", null, null, null, null),
                killed, null, List.of(), List.of(), List.of());
    }

    private static Report report(String doc, int killed) {
        return new Report(doc, 0, null, LocalDate.of(2022, 1, 27), clash(killed));
    }

    private static ConsolidatedEvent incident(String id, Report... reports) {
        int low = List.of(reports).stream().mapToInt(r -> r.event().fatalities()).min().orElseThrow();
        int high = List.of(reports).stream().mapToInt(r -> r.event().fatalities()).max().orElseThrow();
        return new ConsolidatedEvent(id, clash(low), low, high, low != high, List.of(reports));
    }

    private static ReviewAction.Correct correct(String doc, CorrectableField f, String value) {
        return new ReviewAction.Correct(new MentionRef(doc, 0), f, value, LAYLA);
    }

    @Test
    void correctionFollowsItsReportWhenANewSourceJoinsAndTheIdChanges() {
        List<ReviewAction> decisions = List.of(correct("b.txt", CorrectableField.FATALITIES, "7"));
        List<ReviewedEvent> before = ReviewOverlay.apply(List.of(incident("ev-b", report("b.txt", 4))), decisions);
        assertThat(before.get(0).event().event().fatalities()).isEqualTo(7);

        // a new article «a.txt» sorts first, so re-consolidation names the incident after it
        List<ReviewedEvent> after = ReviewOverlay.apply(
                List.of(incident("ev-a", report("a.txt", 3), report("b.txt", 4))), decisions);
        assertThat(after.get(0).eventId()).isEqualTo("ev-a");
        assertThat(after.get(0).event().event().fatalities()).isEqualTo(7);
        assertThat(after.get(0).corrected()).containsExactly("fatalities");
    }

    @Test
    void laterCorrectionOfTheSameFieldWins() {
        List<ReviewedEvent> out = ReviewOverlay.apply(List.of(incident("ev-a", report("a.txt", 3))), List.of(
                correct("a.txt", CorrectableField.DATE, "2022-01-25"), correct("a.txt", CorrectableField.DATE, "2022-01-24")));
        assertThat(out.get(0).event().event().date()).isEqualTo(LocalDate.of(2022, 1, 24));
    }

    @Test
    void mergeJoinsReportsAndKeepsTheWidestRange() {
        List<ReviewedEvent> out = ReviewOverlay.apply(
                List.of(incident("ev-a", report("a.txt", 3)), incident("ev-b", report("b.txt", 8))),
                List.of(new ReviewAction.Merge(new MentionRef("a.txt", 0), new MentionRef("b.txt", 0), LAYLA)));
        assertThat(out).hasSize(1);
        ConsolidatedEvent merged = out.get(0).event();
        assertThat(merged.eventId()).isEqualTo("ev-a");
        assertThat(merged.reports()).extracting(Report::doc).containsExactly("a.txt", "b.txt");
        assertThat(merged.fatalitiesLow()).isEqualTo(3);
        assertThat(merged.fatalitiesHigh()).isEqualTo(8);
        assertThat(merged.disputed()).isTrue();
    }

    @Test
    void splitTakesOneReportOutUnderAStableId() {
        List<ConsolidatedEvent> events = List.of(incident("ev-a", report("a.txt", 3), report("b.txt", 8)));
        List<ReviewAction> split = List.of(new ReviewAction.Split(new MentionRef("b.txt", 0), LAYLA));
        List<ReviewedEvent> out = ReviewOverlay.apply(events, split);
        assertThat(out).hasSize(2);
        assertThat(out.get(0).event().reports()).extracting(Report::doc).containsExactly("a.txt");
        assertThat(out.get(0).event().disputed()).isFalse();
        assertThat(out.get(1).event().reports()).extracting(Report::doc).containsExactly("b.txt");
        assertThat(out.get(1).eventId()).isEqualTo(ReviewOverlay.apply(events, split).get(1).eventId()).startsWith("ev-s");
    }

    @Test
    void confirmationIsKeptAndADecisionWithoutItsReportIsSkipped() {
        List<ReviewedEvent> out = ReviewOverlay.apply(List.of(incident("ev-a", report("a.txt", 3))), List.of(
                new ReviewAction.Confirm(new MentionRef("a.txt", 0), LAYLA),
                correct("gone.txt", CorrectableField.FATALITIES, "1")));
        assertThat(out.get(0).confirmed()).isTrue();
        assertThat(out.get(0).event().event().fatalities()).isEqualTo(3);
    }
}

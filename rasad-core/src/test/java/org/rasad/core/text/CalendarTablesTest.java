package org.rasad.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled calendar.tsv loads, and a broken table fails with its file and line. */
class CalendarTablesTest {

    @Test
    void bundledTableLoadsAndIsNormalised() {
        CalendarTables t = CalendarTables.bundled();
        assertThat(t.month("جمادي الاخره")).isEqualTo(new CalendarTables.MonthName(true, 6, false));
        assertThat(t.month("اب")).isEqualTo(new CalendarTables.MonthName(false, 8, true));
        assertThat(t.weekday("الاربعاء")).isEqualTo(DayOfWeek.WEDNESDAY);
        assertThat(t.isLead("ليله")).isTrue();
        assertThat(t.isNamer("ثوره")).isTrue();
    }

    @Test
    void everyMonthAndWeekdayIsPresent() {
        CalendarTables t = CalendarTables.bundled();
        assertThat(List.of("يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس",
                "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر")).allSatisfy(m -> assertThat(t.month(m)).isNotNull());
        assertThat(List.of("الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت"))
                .extracting(t::weekday).doesNotContainNull().doesNotHaveDuplicates();
    }

    @Test
    void malformedLineNamesFileAndLine() {
        assertThatThrownBy(() -> CalendarTables.load("calendar-malformed.tsv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("calendar-malformed.tsv line 3").hasMessageContaining("1-12");
    }

    @Test
    void unknownKindAndMissingColumnsAreRejected() {
        assertThatThrownBy(() -> CalendarTables.parse("x.tsv", List.of("weekday\tالسبت\tSATURDAY", "month\tيناير\t1")))
                .hasMessageContaining("x.tsv line 2").hasMessageContaining("unknown kind");
        assertThatThrownBy(() -> CalendarTables.parse("x.tsv", List.of("gregorian\tيناير")))
                .hasMessageContaining("x.tsv line 1");
        assertThatThrownBy(() -> CalendarTables.parse("x.tsv", List.of("weekday\tالسبت\tSAT")))
                .hasMessageContaining("MONDAY");
    }

    @Test
    void conflictingNamesAreRejected() {
        assertThatThrownBy(() -> CalendarTables.parse("x.tsv", List.of("gregorian\tيناير\t1", "gregorian\tيناير\t2")))
                .hasMessageContaining("x.tsv line 2");
    }

    @Test
    void missingFileIsNamed() {
        assertThatThrownBy(() -> CalendarTables.load("no-such-calendar.tsv"))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("no-such-calendar.tsv");
    }
}

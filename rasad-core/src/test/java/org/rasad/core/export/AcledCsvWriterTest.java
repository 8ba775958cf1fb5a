package org.rasad.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class AcledCsvWriterTest {

    private static void check(Object value, String cell) {
        assertThat(AcledCsvWriter.field(value)).isEqualTo(cell);
    }

    @Test
    void plainTextIsNotQuoted() {
        check("Murzuq", "Murzuq");
    }

    @Test
    void commaIsQuoted() {
        check("AFRICOM, press release", "\"AFRICOM, press release\"");
    }

    @Test
    void quoteIsDoubled() {
        check("council \"statement\"", "\"council \"\"statement\"\"\"");
    }

    @Test
    void lineBreakIsQuoted() {
        check("a\nb", "\"a\nb\"");
    }

    @Test
    void nullIsAnEmptyCell() {
        check(null, "");
    }

    @Test
    void smallCoordinateIsWrittenWithoutExponent() {
        check(0.00001, "0.00001");
    }

    @Test
    void fileStartsWithByteOrderMarkThenHeaderAndEndsRowsWithCrlf() throws IOException {
        StringWriter s = new StringWriter();
        AcledCsvWriter w = new AcledCsvWriter(s, true);
        w.write(AcledRow.of(ExportFixtures.disputedStrike(), 1L));
        String[] lines = s.toString().split("\r\n", -1);
        assertThat(lines[0]).startsWith("\uFEFFevent_id_cnty,event_date,year,").endsWith(",fatalities,tags,timestamp");
        assertThat(lines[1]).startsWith("LBY-ev-0011223344556677,2019-09-24,2019,1,Political violence,");
        assertThat(lines).hasSize(3);
        assertThat(lines[2]).isEmpty();
    }
}

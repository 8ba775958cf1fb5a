package org.rasad.core.export;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Writes ACLED rows as CSV (RFC 4180): a header with {@link AcledRow#COLUMNS}, CRLF line ends, a
 * field quoted when it holds a comma, quote, line break or leading/trailing space, quotes doubled.
 *
 * <p>Starts with a UTF-8 byte-order mark when asked to: Excel opens a CSV as the local ANSI code page
 * unless a BOM says UTF-8, and Arabic place names would turn into mojibake; pandas (encoding
 * {@code utf-8}), LibreOffice and Python's csv module with {@code utf-8-sig} all skip it. Numbers are
 * written plainly (never {@code 1.0E-5}), empty cells for nulls. The caller owns the Writer (UTF-8).
 */
public final class AcledCsvWriter {

    public static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Writer out;

    /** Writes the optional byte-order mark and the header. */
    public AcledCsvWriter(Writer out, boolean byteOrderMark) throws IOException {
        this.out = Objects.requireNonNull(out, "writer");
        if (byteOrderMark) {
            out.write(BYTE_ORDER_MARK);
        }
        line(AcledRow.COLUMNS.toArray());
    }

    public void write(AcledRow row) throws IOException {
        line(AcledRow.COLUMNS.stream().map(row::get).toArray());
    }

    private void line(Object[] cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(cells[i]));
        }
        out.write("\r\n");
    }

    static String field(Object value) {
        if (value == null || value instanceof Double d && !Double.isFinite(d)) {
            return "";
        }
        String s = value instanceof Double d ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString() : value.toString();
        boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0
                || (!s.isEmpty() && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1))));
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}

package org.rasad.core.export;

import java.math.BigDecimal;
import java.util.Collection;

/** Minimal JSON value writing for the exporters, so rasad-core stays free of a JSON library. */
final class JsonText {

    private JsonText() {
    }

    /** A String, Number, Boolean, Collection of those, or null, as JSON. NaN and infinities become null. */
    static void value(StringBuilder s, Object v) {
        if (v == null) {
            s.append("null");
        } else if (v instanceof String str) {
            string(s, str);
        } else if (v instanceof Double d) {
            s.append(d.isNaN() || d.isInfinite() ? "null" : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString());
        } else if (v instanceof Number || v instanceof Boolean) {
            s.append(v);
        } else if (v instanceof Collection<?> c) {
            s.append('[');
            String sep = "";
            for (Object o : c) {
                s.append(sep);
                value(s, o);
                sep = ",";
            }
            s.append(']');
        } else {
            throw new IllegalArgumentException("cannot write " + v.getClass().getName() + " as JSON");
        }
    }

    static void string(StringBuilder s, String str) {
        s.append('"');
        for (int i = 0; i < str.length(); i++) {
            char ch = str.charAt(i);
            switch (ch) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (ch < 0x20 || ch == '\u2028' || ch == '\u2029') {
                        s.append(String.format("\\u%04x", (int) ch));
                    } else {
                        s.append(ch);
                    }
                }
            }
        }
        s.append('"');
    }
}

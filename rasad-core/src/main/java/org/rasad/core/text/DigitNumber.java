package org.rasad.core.text;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The value of one chain of ASCII digits with its separators (after normalisation «١٢٬٠٠٠» is
 * «12,000» and «١٫٥» is «1.5»).
 *
 * <ul>
 *   <li>plain digits «250», up to 18 of them (longer runs are identifiers, not counts);</li>
 *   <li>comma thousands «12,000», optionally with a decimal part «1,250.5»;</li>
 *   <li>dot thousands when there are several groups «1.250.000»;</li>
 *   <li>a decimal «1.5», which only becomes a whole figure with a scale word («1.5 مليون»);
 *       «12.000» is ambiguous: a decimal before a scale word, else a thousands separator.</li>
 * </ul>
 * Anything else («1,2», «3,5») is not a quantity. Immutable.
 */
record DigitNumber(BigDecimal value, boolean dotMayBeThousands) {

    private static final Pattern PLAIN = Pattern.compile("\\d{1,18}");
    private static final Pattern COMMA_THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern DOT_THOUSANDS = Pattern.compile("\\d{1,3}(\\.\\d{3}){2,}");
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,18}\\.\\d{1,18}");
    private static final Pattern ONE_DOT_GROUP = Pattern.compile("\\d{1,3}\\.\\d{3}");
    private static final int MAX_CHAIN = 40;

    /** The number a chain denotes, or null when the chain is not a well-formed figure. */
    static DigitNumber parse(String chain) {
        if (chain.length() > MAX_CHAIN) {
            return null;
        }
        if (PLAIN.matcher(chain).matches()) {
            return new DigitNumber(new BigDecimal(chain), false);
        }
        if (COMMA_THOUSANDS.matcher(chain).matches()) {
            return new DigitNumber(new BigDecimal(chain.replace(",", "")), false);
        }
        if (DOT_THOUSANDS.matcher(chain).matches()) {
            return new DigitNumber(new BigDecimal(chain.replace(".", "")), false);
        }
        if (DECIMAL.matcher(chain).matches()) {
            return new DigitNumber(new BigDecimal(chain), ONE_DOT_GROUP.matcher(chain).matches());
        }
        return null;
    }

    /** The figure when it stands alone, or null when it is fractional or too large for a long. */
    Long alone() {
        BigDecimal v = dotMayBeThousands ? value.movePointRight(3) : value;
        return wholeOrNull(v);
    }

    /** The figure multiplied by a scale word's value, or null when that is not a whole number. */
    Long times(long scale) {
        return wholeOrNull(value.multiply(BigDecimal.valueOf(scale)));
    }

    private static Long wholeOrNull(BigDecimal v) {
        boolean whole = v.signum() >= 0 && v.stripTrailingZeros().scale() <= 0;
        if (!whole || v.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            return null;
        }
        return v.longValueExact();
    }
}

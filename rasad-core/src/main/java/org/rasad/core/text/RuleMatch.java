package org.rasad.core.text;

/**
 * Tokens {@code [from, to)} matched by a date rule. A null expression means the tokens are
 * consumed but yield no mention (a date used as a name: «ثورة 17 فبراير»).
 */
record RuleMatch(int from, int to, DateExpression expression) {

    RuleMatch {
        if (from < 0 || to <= from) {
            throw new IllegalArgumentException("empty rule match: from=" + from + " to=" + to);
        }
    }

    static RuleMatch longest(RuleMatch a, RuleMatch b) {
        if (a == null) {
            return b;
        }
        return b != null && b.to > a.to ? b : a;
    }
}

package org.rasad.core.text;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QuantityTest {

    private static final Span SPAN = new Span(0, 10);
    private static final Span NUMBER = new Span(4, 6);

    @Test
    void vagueQuantityMustHaveNoValue() {
        assertThatThrownBy(() -> new Quantity(SPAN, NUMBER, 12L, Vagueness.DOZENS, Qualifier.EXACT, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DOZENS");
    }

    @Test
    void figureMustHaveAValue() {
        assertThatThrownBy(() -> new Quantity(SPAN, NUMBER, null, Vagueness.NONE, Qualifier.EXACT, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void numberSpanMustLieInsideSpan() {
        assertThatThrownBy(() -> new Quantity(NUMBER, SPAN, 3L, Vagueness.NONE, Qualifier.EXACT, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inside");
    }

    @Test
    void dualMeansTwo() {
        assertThatThrownBy(() -> new Quantity(SPAN, NUMBER, 3L, Vagueness.NONE, Qualifier.EXACT, true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void negativeFigureIsRejected() {
        assertThatThrownBy(() -> new Quantity(SPAN, NUMBER, -1L, Vagueness.NONE, Qualifier.EXACT, false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package org.rasad.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberWordsTest {

    @Test
    void tableIsInNormalisedSpelling() {
        assertThat(NumberWords.words()).allSatisfy(w -> assertThat(Normalizer.normalize(w)).isEqualTo(w));
    }

    @Test
    void procliticStripping() {
        assertThat(NumberWords.procliticLength("ثلاثه", w -> NumberWords.exact(w) != null)).isZero();
        assertThat(NumberWords.procliticLength("وثلاثه", w -> NumberWords.exact(w) != null)).isEqualTo(1);
        assertThat(NumberWords.procliticLength("وبثلاثه", w -> NumberWords.exact(w) != null)).isEqualTo(2);
        assertThat(NumberWords.procliticLength("لست", w -> NumberWords.exact(w) != null)).isNegative();
        assertThat(NumberWords.procliticLength("الثلاثه", w -> NumberWords.exact(w) != null)).isNegative();
    }
}

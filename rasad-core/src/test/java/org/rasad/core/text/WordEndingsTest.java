package org.rasad.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordEndingsTest {

    private final WordEndings endings = WordEndings.of(List.of("ثلاثه", "جنديين", "ف"));

    @Test
    void aListedWordAndItWithAProcliticMayEndSo() {
        assertThat(endings.mayEnd("ثلاثه")).isTrue();
        assertThat(endings.mayEnd("وبثلاثه")).isTrue();
        assertThat(endings.mayEnd("لجنديين")).isTrue();
        assertThat(endings.mayEnd("ف")).isTrue();
    }

    @Test
    void otherEndingsAreRuledOut() {
        assertThat(endings.mayEnd("قتل")).isFalse();
        assertThat(endings.mayEnd("")).isFalse();
    }

    @Test
    void everyNumberWordPassesTheFilter() {
        for (String w : NumberWords.words()) {
            assertThat(NumberWords.mayEndNumberWord(w)).as(w).isTrue();
            assertThat(NumberWords.mayEndNumberWord("و" + w)).as("و" + w).isTrue();
        }
    }
}

package org.rasad.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CliticsTest {

    /** The forms offered for a word (written unnormalised) include every expected (normalised) form. */
    private static void offers(String word, String... expected) {
        assertThat(Clitics.forms(Normalizer.normalize(word))).contains(expected);
    }

    private static void doesNotOffer(String word, String... unexpected) {
        assertThat(Clitics.forms(Normalizer.normalize(word))).doesNotContain(unexpected);
    }

    @Test
    void wordItselfComesFirst() {
        assertThat(Clitics.forms("قوات")).first().isEqualTo("قوات");
    }

    @Test
    void conjunctionPrepositionAndArticle() {
        offers("وبالقرب", "بالقرب", "القرب", "قرب");
    }

    @Test
    void lamLamIsPrepositionPlusArticle() {
        offers("للجيش", "الجيش", "جيش");
    }

    @Test
    void conjunctionWawBeforeArticle() {
        offers("والدواعش", "الدواعش", "دواعش");
    }

    @Test
    void conjunctionFaBeforeArticle() {
        offers("فالتنظيم", "التنظيم", "تنظيم");
    }

    @Test
    void encliticPronoun() {
        offers("قواته", "قوات");
        offers("عناصرهم", "عناصر");
    }

    @Test
    void taMarbutaWrittenTaBeforePronoun() {
        offers("دوريتها", "دوريه");
    }

    @Test
    void kafOfComparisonBeforeArticle() {
        offers("كالعادة", "العاده", "عاده");
    }

    @Test
    void shortWordsAreNotOverStripped() {
        assertThat(Clitics.forms("ولد")).first().isEqualTo("ولد");
        doesNotOffer("ولد", "لد");
        doesNotOffer("بيت", "يت");
        doesNotOffer("لهم", "ل");
        doesNotOffer("فيه", "يه");
        doesNotOffer("كان", "ان");
    }

    @Test
    void noFormShorterThanTwoLetters() {
        for (String word : new String[] {"و", "به", "لها", "فهم", "ال"}) {
            assertThat(Clitics.forms(word)).allSatisfy(f -> assertThat(f).hasSizeGreaterThanOrEqualTo(2));
        }
    }

    @Test
    void noDuplicateForms() {
        assertThat(Clitics.forms("للجيش")).doesNotHaveDuplicates();
    }
}

package org.rasad.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    /** The sentences of the normalised input; expected sentences are written unnormalised. */
    private static void check(String input, String... expected) {
        String normalized = Normalizer.normalize(input);
        List<String> actual = SentenceSplitter.instance().split(normalized).stream()
                .map(s -> s.span().of(normalized))
                .toList();
        assertThat(actual).containsExactly(java.util.Arrays.stream(expected).map(Normalizer::normalize).toArray(String[]::new));
    }

    @Test
    void fullStopFollowedBySpaceEndsSentence() {
        check("قتل جنديان. وأصيب ثلاثة آخرون.", "قتل جنديان.", "وأصيب ثلاثة آخرون.");
    }

    @Test
    void headlineOnItsOwnLineIsASentence() {
        check("اشتباكات قرب الحدود الجنوبية\nأفادت مصادر محلية بوقوع اشتباكات",
                "اشتباكات قرب الحدود الجنوبية", "أفادت مصادر محلية بوقوع اشتباكات");
    }

    @Test
    void blankLinesAreDropped() {
        check("\n\nالعنوان\n\n\nالنص.\n", "العنوان", "النص.");
    }

    @Test
    void clockTimeDoesNotEndSentence() {
        check("وقع الانفجار عند 09:41 صباحا.", "وقع الانفجار عند 09:41 صباحا.");
    }

    @Test
    void decimalDoesNotEndSentence() {
        check("بلغت قوة الهزة 3.5 درجات.", "بلغت قوة الهزة 3.5 درجات.");
    }

    @Test
    void doctorAbbreviationDoesNotEndSentence() {
        check("وقال د. سالم إن الوضع هادئ.", "وقال د. سالم إن الوضع هادئ.");
    }

    @Test
    void agencyAbbreviationDoesNotEndSentence() {
        check("ذكرت أ.ف.ب. أن القافلة وصلت. ثم غادرت.", "ذكرت أ.ف.ب. أن القافلة وصلت.", "ثم غادرت.");
    }

    @Test
    void fullStopAfterClosingQuoteEndsSentence() {
        check("وقال المتحدث «لن نتراجع». وأضاف أن القوات تقدمت.",
                "وقال المتحدث «لن نتراجع».", "وأضاف أن القوات تقدمت.");
    }

    @Test
    void closingQuoteAfterFullStopStaysWithSentence() {
        check("وقال: «انتهت العملية.» ثم غادر.", "وقال: «انتهت العملية.»", "ثم غادر.");
    }

    @Test
    void relatedHeadlinesOnePerLine() {
        check("عناوين ذات صلة\nمقتل مسلحين في كمين\nتعزيزات عسكرية إلى الجنوب",
                "عناوين ذات صلة", "مقتل مسلحين في كمين", "تعزيزات عسكرية إلى الجنوب");
    }

    @Test
    void questionAndExclamationMarks() {
        check("هل انتهت المعارك؟ لا! الاشتباكات مستمرة", "هل انتهت المعارك؟", "لا!", "الاشتباكات مستمرة");
    }

    @Test
    void questionExclamationPairStaysWithItsSentence() {
        check("إلى متى؟! سؤال يطرحه السكان.", "إلى متى؟!", "سؤال يطرحه السكان.");
    }

    @Test
    void ellipsisStaysWithItsSentence() {
        check("ثم ساد الصمت... وبعدها دوى انفجار.", "ثم ساد الصمت...", "وبعدها دوى انفجار.");
    }

    @Test
    void commaColonAndSemicolonDoNotEndSentence() {
        check("وأضاف: قتل اثنان، وجرح ثلاثة؛ وفر الباقون", "وأضاف: قتل اثنان، وجرح ثلاثة؛ وفر الباقون");
    }

    @Test
    void fullStopGluedToNextWordDoesNotEndSentence() {
        check("الموقع news.example.org نشر الخبر", "الموقع news.example.org نشر الخبر");
    }

    @Test
    void longRunOfDotsIsLinear() {
        String dots = ".".repeat(200_000) + "x";
        assertThat(SentenceSplitter.instance().split(dots)).hasSize(1);
    }

    @Test
    void emptyTextHasNoSentences() {
        check("");
        check("  \n \n");
    }
}

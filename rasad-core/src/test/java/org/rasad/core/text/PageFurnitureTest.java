package org.rasad.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageFurnitureTest {

    private static final String BODY = "أفادت مصادر محلية بأن مسلحين مجهولين هاجموا نقطة تفتيش عند المدخل الشرقي"
            + " لبلدة الواحة فجر اليوم، ما أسفر عن مقتل عنصرين من قوة الحماية وإصابة ثالث بجروح.";
    private static final String BODY_2 = "وأضافت المصادر أن القوة المهاجمة انسحبت نحو الصحراء بعد تبادل"
            + " لإطلاق النار استمر قرابة ساعة، وأن تعزيزات وصلت إلى المنطقة في وقت لاحق من الصباح.";

    /** The furniture of a page (lines written unnormalised), as normalised text. */
    private static List<String> furniture(String... lines) {
        String text = Normalizer.normalize(String.join("\n", lines));
        return PageFurniture.find(text).stream().map(s -> s.of(text)).toList();
    }

    private static String n(String... lines) {
        return Normalizer.normalize(String.join("\n", lines));
    }

    @Test
    void articleWithoutFurnitureHasNone() {
        assertThat(furniture("هجوم على نقطة تفتيش", BODY, BODY_2)).isEmpty();
    }

    @Test
    void relatedHeadlinesBlockAtTheEnd() {
        assertThat(furniture("هجوم على نقطة تفتيش", BODY, BODY_2,
                "عناوين ذات صلة", "تعزيزات عسكرية تصل إلى الجنوب", "", "مقتل راع بلغم أرضي"))
                .containsExactly(n("عناوين ذات صلة", "تعزيزات عسكرية تصل إلى الجنوب", "", "مقتل راع بلغم أرضي"));
    }

    @Test
    void blockEndsAtFirstBodyLikeLine() {
        assertThat(furniture("مقالات ذات صلة:", "اشتباكات قرب المطار", BODY))
                .containsExactly(n("مقالات ذات صلة:", "اشتباكات قرب المطار"));
    }

    @Test
    void shortLineEndingWithFullStopEndsTheBlock() {
        assertThat(furniture("الأكثر قراءة", "انفجار في السوق القديم", "وقال شاهد إن الانفجار كان قويا."))
                .containsExactly(n("الأكثر قراءة", "انفجار في السوق القديم"));
    }

    @Test
    void bodyResumesAfterReadAlsoLinkLine() {
        assertThat(furniture(BODY, "اقرأ أيضاً: مقتل ثلاثة في هجوم سابق على البلدة",
                "وتابعت المصادر أن الهجوم هو الثاني هذا الشهر", BODY_2))
                .containsExactly(n("اقرأ أيضاً: مقتل ثلاثة في هجوم سابق على البلدة"));
    }

    @Test
    void bareReadAlsoHeadsABlock() {
        assertThat(furniture(BODY, "إقرأ أيضا", "قصف مدفعي على الضواحي", "نزوح عشرات الأسر", BODY_2))
                .containsExactly(n("إقرأ أيضا", "قصف مدفعي على الضواحي", "نزوح عشرات الأسر"));
    }

    @Test
    void moreFromHeader() {
        assertThat(furniture(BODY, "المزيد من أخبار الجنوب", "حريق في مخزن للوقود"))
                .containsExactly(n("المزيد من أخبار الجنوب", "حريق في مخزن للوقود"));
    }

    @Test
    void englishHeadersOfAnArabicSite() {
        assertThat(furniture(BODY, "Related Articles", "غارة جوية قرب الحدود", BODY_2, "Hot Topics", "الانتخابات"))
                .containsExactly(n("Related Articles", "غارة جوية قرب الحدود"), n("Hot Topics", "الانتخابات"));
    }

    @Test
    void shareButtonsAndCounters() {
        assertThat(furniture(BODY, "شارك", "Share", "125", "Total: 3,400", BODY_2))
                .containsExactly(n("شارك", "Share", "125", "Total: 3,400"));
    }

    @Test
    void bodyLineStartingWithShareVerbIsNotAButton() {
        assertThat(furniture("شارك مئات السكان في تشييع الضحايا", BODY)).isEmpty();
    }

    @Test
    void clockTimeLineIsNotACounter() {
        assertThat(furniture("09:41", BODY)).isEmpty();
    }

    @Test
    void commentsHeader() {
        assertThat(furniture(BODY, "تعليقات (2)", "الله يرحم الشهداء", "متى ينتهي هذا"))
                .containsExactly(n("تعليقات (2)", "الله يرحم الشهداء", "متى ينتهي هذا"));
    }

    @Test
    void runOfHeadlineListLines() {
        assertThat(furniture(BODY, "- اشتباكات في الضاحية", "• حظر تجول ليلي", "* إغلاق الطريق الساحلي", BODY_2))
                .containsExactly(n("- اشتباكات في الضاحية", "• حظر تجول ليلي", "* إغلاق الطريق الساحلي"));
    }

    @Test
    void singleListLineIsNotFurniture() {
        assertThat(furniture(BODY, "- اشتباكات في الضاحية", BODY_2)).isEmpty();
    }

    @Test
    void listOfSentencesIsArticleText() {
        assertThat(furniture("- قتل جنديان في الهجوم الأول.", "- وأصيب ثلاثة مدنيين في الهجوم الثاني.")).isEmpty();
    }

    @Test
    void repeatedHeadlineIsFurnitureButNotItsFirstOccurrence() {
        String title = "هجوم على نقطة تفتيش في الجنوب";
        String text = n(title, BODY, title, BODY_2);
        List<Span> spans = PageFurniture.find(text);
        assertThat(spans).hasSize(1);
        assertThat(spans.get(0).start()).isGreaterThan(text.indexOf(n(BODY)));
        assertThat(spans.get(0).of(text)).isEqualTo(n(title));
    }

    @Test
    void repeatComparesNormalisedText() {
        assertThat(furniture("القوات تتقدم", BODY, "القـوّات تتقدم")).containsExactly(n("القوات تتقدم"));
    }

    @Test
    void emptyPageHasNoFurniture() {
        assertThat(furniture("")).isEmpty();
        assertThat(furniture("", " ", "")).isEmpty();
    }

    @Test
    void aReadAlsoLinkRunIntoTheBodyIsALinkSentence() {
        assertThat(PageFurniture.isLinkSentence(Normalizer.normalize("اقرأ أيضا: مقتل قيادي في القاعدة بغارة في مأرب"))).isTrue();
        // the words in the middle of a sentence, or with no title after them, are not
        assertThat(PageFurniture.isLinkSentence(Normalizer.normalize("وقال إن عليك أن تقرأ أيضا التقرير كاملا"))).isFalse();
        assertThat(PageFurniture.isLinkSentence(Normalizer.normalize("اقرأ أيضا"))).isFalse();
    }
}

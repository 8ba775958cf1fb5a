package org.rasad.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rasad.core.extract.Extracting.none;
import static org.rasad.core.extract.Extracting.single;

import org.junit.jupiter.api.Test;
import org.rasad.core.model.Event;

/** Threats, plans, denials, forecasts and talk about violence are not events; reports of it are. */
class ModalityTest {

    @Test
    void reportedAttackIsAnEvent() {
        single("هاجم مسلحون أمس نقطة تفتيش في مدينة العريش ما أسفر عن مقتل شرطيين.");
    }

    @Test
    void threatIsNot() {
        none("هددت جماعة الحوثي باستهداف السفن التجارية في البحر الأحمر خلال الأيام المقبلة.");
    }

    @Test
    void imminentAttackIsNot() {
        none("حذر مسؤولون من مؤشرات لهجوم وشيك على الحقول النفطية في منطقة الهلال النفطي.");
    }

    @Test
    void denialIsNot() {
        none("نفى مصدر أمني اليوم وقوع أي هجوم على كمين للشرطة جنوب مدينة العريش.");
    }

    @Test
    void denyingTheTruthOfAReportCoversAllOfIt() {
        // the attack comes long after «نفى … صحة», past the reach of a plain denial
        none("نفى مصدر أمني مسؤول في محافظة الأنبار، اليوم الثلاثاء، صحة ما تداولته صفحات على مواقع التواصل"
                + " الاجتماعي بشأن تعرض ثكنة للجيش جنوب مدينة الرمادي لهجوم مسلح خلال الليلة الماضية.");
        // a denial far back of something else does not cover a report
        single("نفى المتحدث باسم الجيش في بيان مطول نشره على موقع الوزارة اليوم أي علاقة للقوات بالحادث،"
                + " وقتل ثلاثة جنود في هجوم مسلح على ثكنة جنوب مدينة الرمادي.");
    }

    @Test
    void aCheckpointCalledKaminIsNoAmbush() {
        // in Egyptian usage «كمين أمني» is a checkpoint; an attack on it is still an attack
        assertThat(single("أوقف كمين أمني أمس عند مدخل مدينة العريش ثلاثة أشخاص مطلوبين للعدالة.").subEventType())
                .isEqualTo("Arrests");
        single("هاجم مسلحون أمس كمينا أمنيا جنوب مدينة العريش ما أسفر عن مقتل شرطيين.");
    }

    @Test
    void futureVerbIsNot() {
        none("قال قائد عسكري إن الجيش سيشن هجوما واسعا على مواقع المسلحين في منطقة الجبل الأخضر.");
    }

    @Test
    void plannedAttackIsNot() {
        none("كشفت الأجهزة الأمنية عن خطة لتنفيذ تفجيرات بسيارات مفخخة في العاصمة.");
    }

    @Test
    void violenceInGeneralIsNot() {
        none("تعاني البلاد من هجمات متكررة للجماعات المسلحة منذ سنوات.");
    }

    @Test
    void ceasefireIsNotShooting() {
        none("دعا وزراء الخارجية إلى احترام وقف إطلاق النار في مدينة طرابلس.");
    }

    @Test
    void trafficAccidentIsNot() {
        none("لقي خمسة أشخاص مصرعهم أمس في حادث سير على الطريق بين مدينتي سبها وأوباري.");
    }

    @Test
    void courtCaseIsNot() {
        none("بدأت المحكمة أمس محاكمة 12 متهما في قضية تفجير سيارة مفخخة في مدينة بنغازي.");
    }

    @Test
    void whatWouldHaveHappenedIsNot() {
        none("وقال المحلل إن واشنطن لو أرادت ذريعة للحرب لكانت حادثة خطف الجنود في الجنوب كافية.");
    }

    @Test
    void anEventNounWithTheLamOfPurposeIsWhatSomeoneMeantToDo() {
        none("وطالب المحتجون السلطات بتسليم المتهم لإعدامه في ساحة المدينة ببغداد.");
        none("وقال مسؤول إن الخلية نقلت الأسلحة إلى المخزن لتفجير مقر البلدية في مدينة بنغازي.");
    }

    @Test
    void anEventNounAfterAWordOfUndergoingOrTryingIsAReport() {
        single("تعرضت دورية للجيش لهجوم مسلح قرب مدينة الرمادي أمس ما أدى إلى مقتل جنديين.");
        single("وتعرض موكب المحافظ أمس لمحاولة اغتيال بعبوة ناسفة في مدينة الحلة.");
        single("نجا محافظ المدينة أمس من محاولة لاغتياله بعبوة ناسفة في مدينة الحلة.");
        none("وغادر المحافظ البلاد بعد محاولة اغتياله في مدينة الحلة.");
    }

    @Test
    void learningToFightIsNoFight() {
        none("وتعلم المتهم صناعة المتفجرات ونصب الألغام في معسكرات التنظيم بأفغانستان.");
        none("وتلقى العشرات من عناصر الخلية تدريبا على زرع العبوات الناسفة في منطقة جبلية قرب الحدود.");
    }

    @Test
    void aSentenceThatOpensWithAConditionReportsNothing() {
        none("إذا انهار الاتفاق بين الطرفين في الجنوب فإن القصف المدفعي على القرى الحدودية يوقع عشرات القتلى كل يوم.");
        none("وفي حال هاجم المسلحون البلدة فإن الجيش سيرد بقوة.");
        single("وفي هجوم آخر، قتل مسلحون ثلاثة رعاة قرب بلدة تيلابيري أمس.");
    }

    @Test
    void aWordThatOnlyLooksLikeAFutureVerbDoesNotHedge() {
        // «سياسيا» begins like «سيـ» + a verb
        Event e = single("بدأ نحو ثلاثين ناشطا سياسيا اعتصاما مفتوحا في مقر نقابة الصحفيين بتونس صباح أمس.");
        assertThat(e.eventType()).isEqualTo("Protests");
    }

    @Test
    void aBombDefusedByEngineersIsNoBombing() {
        Event e = single("قامت فرق الهندسة بتفكيك عبوة ناسفة عثر عليها قرب جسر رئيسي في مدينة تكريت صباح اليوم.");
        assertThat(e.subEventType()).isEqualTo("Disrupted weapons use");
    }
}

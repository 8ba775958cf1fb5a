package org.rasad.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rasad.core.extract.Extracting.events;
import static org.rasad.core.extract.Extracting.none;
import static org.rasad.core.extract.Extracting.single;

import org.junit.jupiter.api.Test;
import org.rasad.core.model.Event;

/**
 * An event named as the time, cause or owner of something else is referred to, not reported:
 * it never starts an incident of its own, but it may join one the article reports.
 */
class EventReferenceTest {

    @Test
    void eventAsTheTimeOfSomethingElseIsNot() {
        none("رفعت السلطات حالة التأهب في المطارات بعد الهجوم على السفارة في العاصمة.");
    }

    @Test
    void anEventReferredToThenToldWithAVerbAndItsDayIsReported() {
        // a claim for an attack told in a relative clause whose day comes words later
        Event claimed = single("وأعلنت حركة الشباب مسؤوليتها عن الهجوم الذي استهدف قافلة لقوات الاتحاد الأفريقي في مقديشو صباح الأحد.");
        assertThat(claimed.actor1().name()).isEqualTo("Al Shabaab");
        // an indefinite event noun with its verb right after it: «بعد اشتباكات اندلعت الخميس»
        assertThat(events("ويأتي ذلك بعد اشتباكات اندلعت الخميس بين الجيش ومقاتلي الجبهة قرب بلدة تين زاواتين.")).hasSize(1);
        // with no verb, or no day, it stays a reference
        none("ويأتي ذلك بعد اشتباكات عنيفة بين الجيش ومقاتلي الجبهة.");
        none("ويأتي ذلك بعد اشتباكات اندلعت بين الجيش ومقاتلي الجبهة.");
    }

    @Test
    void aSeriesThatIsTheSubjectOfItsVerbIsReported() {
        Event e = single("قال مسؤولون إن سلسلة من التفجيرات هزت أسواقا مزدحمة في مدينة جايبور مساء الثلاثاء، مما أسفر عن مقتل 60 شخصا.");
        assertThat(e.fatalities()).isEqualTo(60);
        // a series named as the time of something else is not
        none("وشددت السلطات الإجراءات الأمنية بعد سلسلة من التفجيرات في المدينة.");
    }

    @Test
    void eventAsAnAnniversaryIsNot() {
        none("أحيا أنصار الحزب في بيروت الذكرى الثانية لاغتيال النائب جبران تويني.");
    }

    @Test
    void possessiveEventNounIsNot() {
        none("قال مسؤولون إن اغتياله هز ثقة المستثمرين في مدينة كراتشي.");
    }

    @Test
    void claimOfResponsibilityWithoutNewFactsIsNot() {
        none("أعلنت جماعة مسلحة مسؤوليتها عن هجوم بلدة الحويجة.");
    }

    @Test
    void referenceWithItsOwnTollIsAReport() {
        Event e = single("قتل خمسة جنود في الهجوم على ثكنة للجيش في بلدة الحويجة أمس.");
        assertThat(e.fatalities()).isEqualTo(5);
    }

    @Test
    void latestOfASeriesIsAReport() {
        single("وكانت آخر الهجمات على بوابة أمنية في منطقة تمسة جنوب البلاد.");
    }

    @Test
    void indefiniteEventWithAVerbOfOccurrenceIsAReport() {
        single("وقع انفجار في سوق شعبي وسط مدينة بعقوبة.");
    }

    @Test
    void referenceJoinsTheIncidentTheArticleReports() {
        String text = "هاجم مسلحون فجر أمس الأحد نقطة تفتيش للشرطة في بلدة الحويجة ما أسفر عن مقتل ثلاثة من عناصرها. "
                + "وتبنى تنظيم داعش الهجوم في بيان على مواقع التواصل.";
        assertThat(events(text, "2024-03-11")).hasSize(1);
    }

    @Test
    void reportInAClauseBeatsAReferenceInTheSameClause() {
        Event e = single("تجمع مئات المتظاهرين أمس أمام مبنى المحافظة في مدينة كركوك للمطالبة بوقف الهجمات.");
        assertThat(e.eventType()).isEqualTo("Protests");
    }

    @Test
    void theStoryOrTragedyOfAnEventIsTalkAboutIt() {
        none("وقال محامي العائلة في لندن إن قصة خطف الناشط تكشف تورط أجهزة عدة دول.");
        none("وتحيي المدينة الذكرى الخامسة لمأساة اختطاف تلاميذ المدرسة في بلدة بيسلان.");
        none("وعرف الوزير بسياسة الاغتيالات التي انتهجها ضد قادة الفصائل في قطاع غزة.");
    }

    @Test
    void aSeriesTheVerbSaysWasCarriedOutIsReportedThoughItsSubjectStandsBetween() {
        // «شن الطيران الحربي الإسرائيلي سلسلة غارات»: the doer between the verb and the series
        Event e = single("شن الطيران الحربي الإسرائيلي سلسلة غارات عنيفة على الضاحية الجنوبية لبيروت ليل السبت.");
        assertThat(e.subEventType()).isEqualTo("Air/drone strike");
        // and the day after the subject
        assertThat(single("شنت المقاتلات الأميركية فجر اليوم السبت سلسلة غارات على مديرية أرحب، ما أسفر عن مقتل ثلاثة أشخاص.")
                .fatalities()).isEqualTo(3);
    }

    @Test
    void anEventReferredToThenToldWithItsDayInARelativeClauseIsReported() {
        Event e = single("وعلقت تويتر حساب الحركة بعد أيام على تبني الحركة للهجوم الذي وقع الثلاثاء ضد موكب الرئيس قرب مدينة مركا.");
        assertThat(e.subEventType()).isIn("Armed clash", "Attack");
        // with no day of its own, the referred attack stays a reference
        none("وعلقت تويتر حساب الحركة بعد أيام على تبني الحركة للهجوم الذي استهدف موكب الرئيس قرب مدينة مركا.");
    }

    @Test
    void aKillingNamedAfterItsVictimWithNoDayIsRecalled() {
        none("اتهمت حركة حماس إسرائيل بالوقوف وراء اغتيال القيادي محمود المبحوح، متوعدة بالرد.");
        none("وأثار اغتيال الناشطة الحقوقية موجة غضب واسعة في الأوساط السياسية.");
    }

    @Test
    void aKillingToldWithItsDayOrByItsVerbIsReported() {
        assertThat(events("أعلنت الشرطة اغتيال ضابط في الاستخبارات أمس في بلدة الضلوعية.")).hasSize(1);
        assertThat(events("اغتال مسلحون مجهولون مدير شرطة الناحية في بلدة الضلوعية.")).hasSize(1);
        // three victims counted are a toll of its own
        assertThat(events("وأعلنت الشرطة اغتيال 3 ضباط في بلدة الضلوعية.")).hasSize(1);
    }

    @Test
    void raidsThatAreTheObjectOfTheVerbTellingThemAreReported() {
        Event e = single("واصلت الطائرات الحربية الإسرائيلية امس غاراتها على الضاحية الجنوبية لبيروت، ودمرت عددا من المباني.");
        assertThat(e.subEventType()).isEqualTo("Air/drone strike");
        // the raids of someone named as the time of something else stay a reference
        none("وقال الوزير بعد غاراتها على الضاحية إن الحكومة ستتقدم بشكوى.");
    }

    @Test
    void aWaveOfRaidsTheVerbTellsIsReported() {
        Event e = single("شنت الطائرات الأمريكية، ليل السبت، موجة جديدة من الغارات على مواقع للحوثيين في محافظة الحديدة.");
        assertThat(e.subEventType()).isEqualTo("Air/drone strike");
        // the wave named as the time of something else is not
        none("وقال الوزير بعد موجة جديدة من الغارات إن الحكومة ستتقدم بشكوى.");
    }

    @Test
    void anEventLaunchedNamedAsTheCauseOfSomethingElseIsNot() {
        // the raid is told; the rocket is its cause
        assertThat(events("داهمت قوات الأمن منازل في حي الكرادة فجر أمس على خلفية إطلاق صاروخ على مطار المدينة."))
                .extracting(Event::subEventType).containsExactly("Arrests");
        none("شددت السلطات الإجراءات الأمنية حول السفارات بعد شن هجمات على مقار حكومية في العاصمة.");
        // the same launch told as the clause's own news stays a report
        assertThat(events("أطلق مسلحون صاروخا أمس على مطار المدينة، ما أدى إلى إصابة عاملين.")).hasSize(1);
    }

    @Test
    void theViolenceSomeoneIsAccusedOfIsNoIncident() {
        none("مثل أمام المحكمة أمس المتهم باغتيال رئيس البلدية، ونفى التهم الموجهة إليه.");
        none("فر رجل متهم بقتل ثلاثة أشخاص من سجن مدينة الديوانية أمس.");
        none("سلمت الشرطة أمس إلى النيابة شابا متهما بخطف طفلين في مدينة طنطا.");
    }
}

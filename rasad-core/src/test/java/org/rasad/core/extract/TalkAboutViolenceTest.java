package org.rasad.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rasad.core.extract.Extracting.none;
import static org.rasad.core.extract.Extracting.single;

import org.junit.jupiter.api.Test;
import org.rasad.core.model.Event;

/** Words of violence used figuratively or in talk, against reports that say something happened. */
class TalkAboutViolenceTest {

    @Test
    void dawnIsNotADetonation() {
        Event e = single("هاجم مسلحون فجر اليوم الخميس موقعا للجيش في ريف دير الزور ما أدى إلى مقتل جنديين.");
        assertThat(e.subEventType()).isEqualTo("Armed clash");
    }

    @Test
    void tickingBombIsAFigure() {
        none("وصف النائب الوضع في المخيمات بأنه قنبلة موقوتة في مدينة صيدا.");
    }

    @Test
    void verbalAttackIsNotViolence() {
        none("شن رئيس الحزب هجوما حادا على الحكومة في مؤتمر صحفي بمدينة عمان.");
    }

    @Test
    void burstingIntoLaughterIsNotAnExplosion() {
        none("انفجرت الوزيرة بالضحك في المؤتمر الصحفي بالعاصمة.");
    }

    @Test
    void weaponNamedWithoutAnythingHappeningIsNot() {
        none("تمتلك الجماعة ترسانة من الصواريخ في جنوب لبنان.");
    }

    @Test
    void weaponWithAVerbOfOccurrenceIsAReport() {
        single("سقطت قذائف هاون على حي سكني في مدينة حلب.");
        single("في الأسبوع الماضي تفجرت سيارة مفخخة في شارع تجاري وسط مدينة الموصل.");
    }

    @Test
    void eventNounWithADayIsAReport() {
        single("انفجار عبوة ناسفة في مدينة الموصل يوم الخميس.");
    }

    @Test
    void ceasefireAgreementIsNotShooting() {
        none("ويأتي التصعيد رغم اتفاق وقف إطلاق النار الموقع بين الطرفين في ريف إدلب.");
    }

    @Test
    void incidentYearsBeforeTheArticleIsBackground() {
        assertThat(Extracting.events("وكان مسلحون قد هاجموا في 5 مارس 2019 حاجزا للجيش في بلدة سراقب وقتلوا ثلاثة جنود.",
                "2024-10-22")).isEmpty();
    }
}

package org.rasad.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasad.core.model.Event;

/** One event per place with its own dead, and a lead that only sums them up is no event of its own. */
class TollPerPlaceTest {

    @Test
    void eachTownWithItsOwnDeadIsAnEvent() {
        List<Event> events = Extracting.events("وأسفر قصف جوي أمس عن مقتل تسعة مدنيين في قرية بليون وأربعة مدنيين في قرية البارة.");
        assertThat(events).extracting(e -> e.location().nameAr()).containsExactly("بليون", "البارة");
        assertThat(events).extracting(Event::fatalities).containsExactly(9, 4);
    }

    @Test
    void twoFiguresForOneTownStayOneEvent() {
        List<Event> events = Extracting.events("قتل تسعة مدنيين أمس في قصف على قرية بليون، و4 آخرون في القرية ذاتها.");
        assertThat(events).hasSize(1);
    }

    @Test
    void aLeadThatSumsUpIsNotCountedTwice() {
        List<Event> events = Extracting.events("قتل 13 مدنيا أمس في غارات جوية على محافظة إدلب. "
                + "وأسفرت غارة عن مقتل تسعة مدنيين في قرية بليون. وقتل أربعة مدنيين في غارة على قرية البارة.");
        assertThat(events).extracting(Event::fatalities).containsExactlyInAnyOrder(9, 4);
    }

    @Test
    void aLeadThenEachPlaceBeforeItsTollIsOneEventPerPlace() {
        List<Event> events = Extracting.events("قتل 7 أشخاص في هجومين منفصلين بمحافظة ديالى أمس، إذ انفجرت عبوة ناسفة"
                + " بسيارة مدنية في قضاء الخالص ما أسفر عن مقتل 4 أشخاص، فيما هاجم مسلحون نقطة تفتيش في ناحية العظيم"
                + " وقتلوا 3 جنود.");
        assertThat(events).extracting(e -> e.location().nameAr()).containsExactly("الخالص", "العظيم");
        assertThat(events).extracting(Event::fatalities).containsExactly(4, 3);
        // figures that do not add up to the first stay one incident's rival counts
        assertThat(Extracting.events("قتل 7 أشخاص بمحافظة ديالى أمس، إذ انفجرت عبوة في قضاء الخالص ما أسفر عن"
                + " مقتل 4 أشخاص، وقال مصدر في ناحية العظيم إن القتلى 5.")).hasSize(1);
    }

    @Test
    void aLeadAroundATownThatSumsUpIsNotCountedTwice() {
        // «في ريف حماة»: the countryside around the town, where both villages lie
        List<Event> events = Extracting.events("قتل ثلاثة مدنيين أمس في قصف مدفعي على ريف حماة الشمالي. "
                + "وقتل مدنيان في قصف على بلدة كفرزيتا. وقتل مدني في قصف على قرية اللطامنة.");
        assertThat(events).extracting(Event::fatalities).containsExactlyInAnyOrder(2, 1);
    }

    @Test
    void aNumberWithAConjunctionWrittenOnIsStillAFigure() {
        // «وأربعة», «بخمسة»: the number starts inside the word
        List<Event> events = Extracting.events("قصفت قوات النظام قرية إبديتا أمس مودية بخمسة مدنيين.");
        assertThat(events).extracting(Event::fatalities).containsExactly(5);
    }

    @Test
    void anotherKillingAfterKamaIsAnotherIncident() {
        // the child killed «in a village in the east» is not a rival count of the five in Ibdita
        List<Event> events = Extracting.events("قصفت قوات النظام قرية إبديتا أمس ما أدى إلى مقتل خمسة مدنيين، "
                + "كما قتل طفل في غارة على قرية في شرق المحافظة.");
        assertThat(events).extracting(Event::fatalities).contains(5);
    }
}

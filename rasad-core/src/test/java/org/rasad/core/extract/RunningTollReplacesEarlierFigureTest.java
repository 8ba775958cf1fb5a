package org.rasad.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rasad.core.extract.Extracting.events;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasad.core.model.Event;

/** A rising toll of the same incident replaces the earlier figure; rival figures keep the lowest. */
class RunningTollReplacesEarlierFigureTest {

    @Test
    void laterTollWins() {
        List<Event> e = events("""
                ارتفعت حصيلة الهجوم على مواقع اللواء 17 في مديرية مقبنة إلى 12 قتيلا.
                وكانت مصادر عسكرية قد أعلنت صباح أمس مقتل 5 جنود في الهجوم الذي شنه الحوثيون على مواقع اللواء في مديرية مقبنة.
                """);
        assertThat(e).hasSize(1);
        assertThat(e.get(0).fatalities()).isEqualTo(12);
    }

    @Test
    void anEarlierTollToldInThePluperfectIsReplaced() {
        List<Event> e = events("ارتفعت حصيلة ضحايا انفجار السيارة المفخخة الذي هز سوقا شعبية في قضاء طوز خورماتو، مساء الجمعة، "
                + "إلى سبعة قتلى من المدنيين و23 جريحا، وفق ما أعلنته دائرة صحة المحافظة. "
                + "وكانت حصيلة أولية قد أشارت إلى مقتل خمسة أشخاص.", "2025-02-16");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).fatalities()).isEqualTo(7);
        // the same in one sentence, «في وقت سابق»
        List<Event> one = events("ارتفعت حصيلة الهجوم على قرية أم شديدة إلى 47 قتيلا، بعد أن أفادت الشبكة في وقت سابق بسقوط "
                + "21 قتيلا.", "2025-02-25");
        assertThat(one.get(0).fatalities()).isEqualTo(47);
    }

    @Test
    void rivalFiguresKeepTheLowest() {
        List<Event> e = events("""
                قالت وزارة الدفاع التركية إن غارة جوية نفذتها طائرة مسيرة قرب بلدة سنوني أمس أسفرت عن مقتل 8 مسلحين.
                ونفى مجلس قضاء سنجار هذا العدد، وأكد العثور على 3 جثث فقط في موقع الغارة قرب بلدة سنوني.
                """);
        assertThat(e).hasSize(1);
        assertThat(e.get(0).fatalities()).isEqualTo(3);
        assertThat(e.get(0).claims()).extracting(c -> c.value()).contains(8L, 3L);
    }

    @Test
    void anEarlierEstimateAfterTheRiseIsReplacedNotAdded() {
        List<Event> e = events("ارتفع عدد قتلى الغارة التي استهدفت سوقا في بلدة كبكابية أمس إلى 16 قتيلا من المدنيين، بعدما كانت "
                + "المصادر الطبية تتحدث عن سبعة قتلى.", "2024-08-11");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).fatalities()).isEqualTo(16);
    }

    @Test
    void aTollRisenToABareNumberCountsWhatTheTollCountedBefore() {
        List<Event> e = events("قتل مسلحون 25 قرويا في هجوم على بلدة دوغو يوم الجمعة. "
                + "وكانت مصادر محلية قد أفادت مساء الجمعة بسقوط 20 قتيلا، قبل أن ترتفع الحصيلة إلى 31 بحسب بيان وزارة الداخلية.",
                "2025-03-22");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).fatalities()).isEqualTo(31);
        // the ministry that tells the toll is not among the dead
        assertThat(e.get(0).casualties()).extracting(c -> c.actor()).noneMatch(a -> a.startsWith("Police"));
    }

    @Test
    void woundedWhoDiedRaiseTheTollOfTheDead() {
        List<Event> e = events("قتل 7 ركاب في انفجار عبوة ناسفة قرب بلدة بامة أمس. وقال مسؤول في المستشفى إن اثنين من المصابين "
                + "توفيا متأثرين بجروحهما، لترتفع حصيلة قتلى التفجير إلى 9.");
        assertThat(e).singleElement().satisfies(x -> assertThat(x.fatalities()).isEqualTo(9));
        // told without the new toll, the wounded who died are no rival claim that would lower the count
        List<Event> alone = events("قتل 5 مدنيين في انفجار عبوة ناسفة قرب بلدة بامة أمس. "
                + "وقال طبيب إن اثنين من المصابين توفيا لاحقا متأثرين بجروحهما.");
        assertThat(alone).singleElement().satisfies(x -> assertThat(x.fatalities()).isEqualTo(5));
    }
}

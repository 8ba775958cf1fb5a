package org.rasad.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rasad.core.extract.Extracting.events;
import static org.rasad.core.extract.Extracting.none;
import static org.rasad.core.extract.Extracting.single;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasad.core.model.Event;

/**
 * Rules found with a blind probe of articles from the Sahel to Kurdistan and one of single sentences: each with
 * what it must report and what it must leave alone, in our own wording.
 */
class Session14RulesTest {

    // ---------------------------------------------------------------- figures

    @Test
    void aNumberOfDeadAsTheObjectIsAnEventWithoutAFigure() {
        // «عددا» is the accusative of «عدد»: the count is vague, never a guess, but the killing is told
        Event e = single("قتل مسلحون مجهولون عددا من المدنيين في قرية دوغو بولاية زمفارا مساء الاثنين.");
        assertThat(e.eventType()).isEqualTo("Violence against civilians");
        assertThat(e.fatalities()).isNull();
    }

    @Test
    void aHigherTollFromAnotherSourceIsARivalClaim() {
        Event e = single("""
                قتل 11 شخصا، بينهم ثلاثة جنود، في كمين نصبه مسلحون لقافلة عسكرية قرب بلدة دياباي أمس الأحد، وفق الجيش.
                غير أن مصادر محلية تحدثت عن حصيلة أعلى، مؤكدة أن 25 شخصا قتلوا في الكمين.
                """);
        assertThat(e.fatalities()).isEqualTo(11);
        // a toll that rose is no rival: the new figure replaces the old
        assertThat(single("""
                قتل 11 شخصا في كمين نصبه مسلحون لقافلة عسكرية قرب بلدة دياباي أمس الأحد.
                وارتفعت حصيلة الكمين إلى 25 قتيلا بعد وفاة عدد من الجرحى.
                """).fatalities()).isEqualTo(25);
    }

    @Test
    void theTollAsItStoodBeforeIsNoUpdate() {
        Event e = single("""
                ارتفعت حصيلة الهجوم الذي شنه مسلحون على قرية تيلا مساء الجمعة إلى 33 قتيلا من المدنيين.
                وكانت حصيلة أولية أعلنها مسؤول محلي صباح السبت قد أشارت إلى مقتل 12 شخصا.
                """);
        assertThat(e.fatalities()).isEqualTo(33);
    }

    // ---------------------------------------------------------------- types

    @Test
    void machineGunsAndRocketsInAnAmbushAreAFight() {
        Event e = single("تعرضت دورية للجيش أمس لهجوم بالأسلحة الرشاشة والقذائف الصاروخية قرب بلدة تيسيت، ما أسفر عن مقتل جنديين.");
        assertThat(e.subEventType()).isEqualTo("Armed clash");
        // rockets fired on a town, with no gunfire, are shelling
        assertThat(single("سقطت قذائف صاروخية أمس على حي سكني في بلدة تيسيت، ما أسفر عن مقتل امرأة.").subEventType())
                .isEqualTo("Shelling/artillery/missile attack");
        // machine guns seized in a raid are no shooting
        assertThat(events("داهمت الشرطة أمس منزلا في حي الفتح وضبطت بداخله أسلحة رشاشة وذخائر."))
                .noneMatch(x -> EventTyper.isViolent(x.eventType()));
    }

    @Test
    void aStabbingIsAnAttackButAnAppealIsNot() {
        Event e = single("طعن شاب ثلاثة أشخاص بسكين في محطة للحافلات وسط مدينة ليون مساء أمس.");
        assertThat(e.subEventType()).isEqualTo("Attack");
        none("طعن محامي المتهمين في الحكم الصادر بحقهم أمام محكمة الاستئناف في القاهرة أمس.");
    }

    @Test
    void aCrowdThatClashesWithStonesWhileProtestingRiots() {
        Event e = single("اشتبك مئات من أنصار المعارضة مع الشرطة في حي بلال بمدينة كيسومو اليوم، ورشقوا عناصرها"
                + " بالحجارة احتجاجا على نتائج الانتخابات.");
        assertThat(e.eventType()).isEqualTo("Riots");
    }

    @Test
    void aRaidThatLootedAndBurntButHurtNoOneIsPropertyDestruction() {
        Event e = single("اقتحم مسلحون قرية كورما صباح اليوم، ونهبوا سوقها، وأحرقوا عشرات المنازل.", "2025-03-10");
        assertThat(e.subEventType()).isEqualTo("Looting/property destruction");
        // the same raid with people killed is an attack on them
        assertThat(single("اقتحم مسلحون قرية كورما صباح اليوم، ونهبوا سوقها، وقتلوا خمسة من سكانها.", "2025-03-10")
                .eventType()).isEqualTo("Violence against civilians");
    }

    @Test
    void soundBombsDisperseAProtestAndBombNoOne() {
        Event e = single("قال شهود إن الشرطة فرقت بالقنابل الصوتية مئات المحتجين الذين تجمعوا في قرية الدير مساء الجمعة"
                + " للمطالبة بالإفراج عن المعتقلين.");
        assertThat(e.subEventType()).isEqualTo("Protest with intervention");
    }

    @Test
    void twoWomenBombersMakeASuicideBombing() {
        assertThat(single("قتل 9 أشخاص مساء أمس عندما فجرت انتحاريتان نفسيهما في سوق بلدة مورا.").subEventType())
                .isEqualTo("Suicide bomb");
    }

    @Test
    void dronesAreToldApartFromMarches() {
        // the writer's shadda, or what the drones belong to
        assertThat(single("استهدفت مسيّرات مساء السبت تجمعات للمسلحين قرب مطار مدينة الجنينة.").subEventType())
                .isEqualTo("Air/drone strike");
        assertThat(single("استهدفت مسيرات تابعة للجيش مساء السبت مخزنا للأسلحة قرب مطار مدينة الجنينة.").subEventType())
                .isEqualTo("Air/drone strike");
        assertThat(single("خرجت مسيرات حاشدة مساء السبت في مدينة الجنينة للمطالبة بوقف الحرب.").eventType())
                .isEqualTo("Protests");
    }

    @Test
    void anExplosionOfNoStatedKindJoinsTheStrikeOfThePlace() {
        List<Event> e = events("""
                قتل 9 مدنيين في قصف مدفعي شنته قوات الدعم السريع صباح أمس الأحد على سوق مدينة كادوقلي.
                ولم تعلق قوات الدعم السريع على الاتهامات، وهي تحاصر المدينة منذ أشهر.
                من جهة أخرى، قال مصدر عسكري إن طائرات مسيرة تابعة للجيش السوداني استهدفت مساء السبت تجمعات لقوات الدعم \
                السريع في محيط مطار مدينة الجنينة، عاصمة ولاية غرب دارفور، دون أن يحدد عدد الضحايا.
                وأفاد شهود عيان في الجنينة بسماع دوي انفجارات متتالية ومشاهدة أعمدة الدخان تتصاعد من محيط المطار.
                """, "2024-12-09");
        assertThat(e).extracting(Event::subEventType)
                .containsExactly("Shelling/artillery/missile attack", "Air/drone strike");
    }

    // ---------------------------------------------------------------- talk and modality

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
    void killingTheTruthIsAFigure() {
        none("اعتبر الكاتب أن ما جرى في جلسة البرلمان أمس كان اغتيالا للحقيقة ومحاولة لطمس المسؤولية.");
    }

    @Test
    void aBuildingThatCollapsedKilledNoOneByViolence() {
        none("انهار مبنى سكني قديم في حي شعبي بمدينة طنجة فجر اليوم، ما أدى إلى مقتل ستة من سكانه.");
    }

    @Test
    void aBombDefusedByEngineersIsNoBombing() {
        Event e = single("قامت فرق الهندسة بتفكيك عبوة ناسفة عثر عليها قرب جسر رئيسي في مدينة تكريت صباح اليوم.");
        assertThat(e.subEventType()).isEqualTo("Disrupted weapons use");
    }

    @Test
    void thatDayOfAnOldAttackIsNotToday() {
        none("""
                أحيت المدينة اليوم الذكرى الخامسة للهجوم الذي استهدف سوقها المركزي في 3 مايو 2020 وأودى بحياة 40 شخصا.
                وكان مسلحون قد اقتحموا السوق فجر ذلك اليوم، واحتجزوا عشرات الرهائن قبل أن تقتلهم قوات الأمن.
                """, "2025-05-03");
    }

    // ---------------------------------------------------------------- actors and places

    @Test
    void civiliansAreNoPlaceWord() {
        Event e = single("قتل مدنيان كانا يمران قرب حاجز للجيش في بلدة جسر الشغور أمس.");
        assertThat(e.location()).isNotNull();
        assertThat(e.location().nameAr()).contains("جسر الشغور");
    }

    @Test
    void aForceThatAnnouncesItsControlTookThePlace() {
        Event e = single("أعلنت قوات الدعم السريع، أمس الاثنين، سيطرتها على بلدة أم كريدم عقب معارك مع الجيش السوداني.",
                "2025-07-15");
        assertThat(e.subEventType()).isEqualTo("Non-state actor overtakes territory");
        assertThat(e.actor1().name()).isEqualTo("Rapid Support Forces");
        // the army's control completed, told by someone else, is no one taking a place that day
        none("وقال النائب في تصريح إن اتمام الجيش سيطرته على المخيم يؤذن بنهاية المعارك.");
    }
}

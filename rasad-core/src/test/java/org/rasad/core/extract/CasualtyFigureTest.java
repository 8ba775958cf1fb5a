package org.rasad.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rasad.core.extract.Extracting.single;
import static org.rasad.core.extract.Extracting.none;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasad.core.model.Casualty;
import org.rasad.core.model.Event;

/** Deaths as the article reports them, per side and in total. */
class CasualtyFigureTest {

    private static void fatalities(String text, Integer expected) {
        assertThat(single(text).fatalities()).as(text).isEqualTo(expected);
    }

    @Test
    void countsOfOneSideJoinedByAndAddUp() {
        // an officer and two soldiers are three; a woman and her child are two
        assertThat(single("أعلنت خلية الإعلام الأمني اليوم مقتل ضابط برتبة نقيب وجنديين اثنين من الجيش في هجوم على نقطة عسكرية "
                + "في قضاء الدبس.").fatalities()).isEqualTo(3);
        assertThat(single("شنت طائرات حربية أمس غارات على أطراف مدينة جسر الشغور، ما أدى إلى مقتل امرأة وطفلها.").fatalities())
                .isEqualTo(2);
    }

    @Test
    void countsJoinedBeforeTheirVerbAddUp() {
        fatalities("قال مصدر أمني إن سبعة جنود و11 مسلحا قتلوا أمس الاثنين في كمين قرب بلدة نيونو.", 18);
    }

    @Test
    void twoPeopleNamedByTheirCountryAreTwo() {
        fatalities("وفي وسط القطاع، قتل فلسطينيان اليوم بقصف مدفعي إسرائيلي استهدف تجمعا للمواطنين شرقي مخيم البريج.", 2);
        // «وسط القطاع» is a part of the territory; the camp is where it happened
        assertThat(single("وفي وسط القطاع، قتل فلسطينيان اليوم بقصف مدفعي إسرائيلي استهدف تجمعا للمواطنين شرقي مخيم البريج.")
                .location().nameAr()).contains("البريج");
    }

    @Test
    void whomAnAssassinationNamesIsOneKilled() {
        // the doers and the day stand between the verb and the one it names, who is no fighter
        Event e = single("اغتال مسلحون مجهولون، مساء أمس السبت، مختار بلدة المزيريب في ريف درعا الغربي.");
        assertThat(e.fatalities()).isEqualTo(1);
        assertThat(e.eventType() + " / " + e.subEventType()).isEqualTo("Violence against civilians / Attack");
        assertThat(single("اغتال مسلحون عميد كلية الهندسة صباح امس في مدينة الموصل.").eventType())
                .isEqualTo("Violence against civilians");
        // an officer of a force killed in a fight stays a battle
        assertThat(single("قتل ضابط في الشرطة أمس في اشتباك مع مسلحين في مدينة الموصل.").eventType()).isEqualTo("Battles");
    }

    @Test
    void theDeathThatSetOffTheFightingIsNotItsToll() {
        List<Event> events = Extracting.events("اندلعت اشتباكات عنيفة ليل السبت بين مجموعتين مسلحتين في مدينة الزاوية، ما أسفر عن "
                + "مقتل شخصين. وأفاد شهود بأن الاشتباكات اندلعت إثر مقتل أحد عناصر مجموعة مسلحة على يد عناصر مجموعة أخرى.",
                "2026-08-03");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).fatalities()).isEqualTo(2);
    }

    @Test
    void aPartOfPeopleNotYetCountedIsACount() {
        // «اثنين منهم»: of the protesters, who were not counted; «اثنان منهم»: of the wounded, now dead
        assertThat(single("فتحت الشرطة النار على المتظاهرين في مدينة كيسومو أمس فقتلت اثنين منهم وأصابت ثلاثة آخرين.").fatalities())
                .isEqualTo(2);
        Event e = single("أصيب عشرة أشخاص في انفجار عبوة ناسفة في سوق مدينة بعقوبة أمس، توفي اثنان منهم لاحقا في المستشفى.");
        assertThat(e.fatalities()).isEqualTo(2);
        // a part of a count already given adds nothing
        assertThat(single("قتل عشرة أشخاص بينهم ثلاثة أطفال في قصف على بلدة معرة النعمان أمس.").fatalities()).isEqualTo(10);
    }

    @Test
    void aCountOfAGroupAfterADeathWordIsPeople() {
        // «فريق الحماية» is no word for people, yet «مقتل خمسة من …» counts the dead; protection is no plan either
        Event e = single("أعلن مسؤول مقتل خمسة من فريق الحماية التابع للمحافظ في انفجار عبوة ناسفة قرب كركوك أمس.");
        assertThat(e.fatalities()).isEqualTo(5);
        // aircraft downed are not people
        assertThat(Extracting.events("وأسقطت الدفاعات الجوية أربعا من طائرات العدو فوق المدينة أمس.").stream()
                .map(Event::fatalities).filter(f -> f != null).toList()).isEmpty();
    }

    @Test
    void diedOfWoundsIsADeath() {
        Event e = single("وقضى ثلاثة مدنيين متأثرين بجروحهم اليوم في مستشفى مدينة الفاشر إثر قصف استهدف السوق.");
        assertThat(e.fatalities()).isEqualTo(3);
    }

    @Test
    void sidesAddUp() {
        Event e = single("أعلنت وزارة الداخلية الليبية مقتل 3 من قوات الأمن و5 من عناصر تنظيم داعش في هجوم على دورية قرب مدينة أوباري أمس.");
        assertThat(e.fatalities()).isEqualTo(8);
        assertThat(e.casualties()).extracting(c -> c.actor() + "=" + c.killed())
                .containsExactlyInAnyOrder("Police Forces of Libya=3", "Islamic State (Libya)=5");
    }

    @Test
    void numberWordsAndDuals() {
        fatalities("قتل ثلاثة وعشرون مدنيا أمس في هجوم على قرية قرب مدينة بارا.", 23);
        fatalities("قتل جنديان أمس في انفجار عبوة ناسفة في بلدة الطارمية.", 2);
    }

    @Test
    void singularNounIsOne() {
        fatalities("أسفر الهجوم الذي استهدف حاجزا أمنيا في مدينة العريش أمس عن مقتل شرطي وإصابة اثنين.", 1);
    }

    @Test
    void vagueQuantityStaysNull() {
        fatalities("قتل عشرات المدنيين أمس في هجوم على قرية قرب مدينة الفاشر.", null);
    }

    @Test
    void killedAndWoundedTotalIsNoDeathFigure() {
        fatalities("سقط 11 بين قتيل وجريح أمس في انفجار سيارة مفخخة في سوق مدينة الصدر.", null);
    }

    @Test
    void woundedAreNotDeaths() {
        Event e = single("أصيب 7 أشخاص أمس في انفجار قنبلة في شارع المستشفيات بمدينة بعقوبة.");
        assertThat(e.fatalities()).isNull();
        assertThat(e.injured()).isEqualTo(7);
    }

    @Test
    void subsetIsNotCountedAgain() {
        fatalities("قتل 12 مسلحا أمس في اشتباكات مع الجيش في جبل الشعانبي، 4 منهم فجروا أنفسهم.", 12);
    }

    @Test
    void yearsAreNotFigures() {
        fatalities("قتل 5 جنود أمس في هجوم على ثكنة في مدينة الرمادي التي شهدت معارك عنيفة عام 2016.", 5);
    }

    @Test
    void aYearOfPastCenturiesAfterTheEventItNamesIsNoFigure() {
        // «مذبحة 1391», «سنة 1162»: years; the 1200 dead after «قتل» are a count
        fatalities("قتل 1200 شخص أمس في المعارك بين الجيش والمتمردين في مدينة غرناطة، التي شهدت مذبحة 1391 ومعارك سنة 1162.",
                1200);
        assertThat(single("وقتل في مذبحة 1391 في مدينة غرناطة عدد كبير من السكان.").fatalities()).isNull();
    }

    @Test
    void oneVictimNamedAfterTheKillers() {
        // verb, doers, then the one killed: the accusative «ضابطا» or a title
        fatalities("قتل مسلحون مجهولون ضابطا في مدينة البصرة أمس.", 1);
        fatalities("اغتال مسلحون مجهولون العميد جبار مساعد في مدينة البصرة أمس.", 1);
    }

    @Test
    void unknownGunmenBelongToNobody() {
        Event e = single("اغتال مسلحون مجهولون العميد جبار مساعد في مدينة البصرة أمس.");
        assertThat(e.actor1().name()).startsWith("Unidentified Armed Group");
        assertThat(e.actor2().name()).startsWith("Military Forces");
    }

    @Test
    void aCountedNounInTheAccusativeIsItsSide() {
        // «11 جنديا»: the soldiers are the dead, not the group named after them
        Event e = single("نصب مسلحون كمينا للجنود قرب بلدة تبسة أمس ما أدى إلى سقوط 11 جنديا فيما فرت الجماعة الإرهابية.");
        assertThat(e.casualties()).extracting(c -> c.actor() + "=" + c.killed()).containsExactly("Military Forces=11");
    }

    @Test
    void theCountedPeopleEndAtTheComma() {
        // «وإصابة اثنين آخرين، قبل أن ينسحب المهاجمون»: the wounded are not the attackers
        Event e = single("هاجم مسلحون نقطة تفتيش للجيش أمس في بلدة المطيبيجة ما أدى إلى مقتل جندي وإصابة اثنين آخرين،"
                + " قبل أن ينسحب المهاجمون.");
        assertThat(e.casualties()).extracting(Casualty::actor).doesNotContain("Unidentified Armed Group");
    }

    @Test
    void oneOfHisGuardsIsOne() {
        fatalities("نجا محافظ عدن من محاولة اغتيال بعبوة ناسفة استهدفت موكبه في مديرية خور مكسر صباح اليوم، فيما قتل"
                + " أحد مرافقيه وأصيب اثنان آخران.", 1);
    }

    @Test
    void killersAreNoDeath() {
        // «قتلة» (killers) is written like «قتله» (killed him) once «ة» is normalised
        assertThat(single("خرج آلاف العراقيين إلى ساحة التحرير وسط بغداد اليوم مطالبين بمحاسبة قتلة المتظاهرين.")
                .fatalities()).isNull();
    }

    @Test
    void aBreakdownAfterTheFigureKeepsTheWhole() {
        fatalities("أعلنت الشرطة مقتل سبعة أشخاص بينهم امرأة وطفل بتفجير انتحاري في منطقة الحويش أمس.", 7);
        fatalities("قتل عشرة أشخاص بينهم 3 أطفال في قصف على بلدة سراقب أمس.", 10);
        // a number right before «بينهم» is the whole
        assertThat(single("أسفر انفجار سيارة مفخخة في وسط مدينة تكريت أمس عن إصابة عشرة بينهم ثلاثة من رجال الشرطة.").injured())
                .isEqualTo(10);
        // every part of a listed breakdown belongs to the whole, not only the first
        fatalities("هاجم مسلحون قرية في شمال البلاد أمس ما أسفر عن مقتل تسعة أشخاص بينهم امرأتان وطفلان.", 9);
        fatalities("قتل 12 شخصا بينهم ثلاث نساء وأربعة أطفال في قصف على بلدة سراقب أمس.", 12);
    }

    @Test
    void aBreakdownBetweenCommasStandsAsideFromTheVerbOfTheCount() {
        fatalities("قال شهود إن تسعة قرويين، بينهم امرأتان وثلاثة أطفال، قتلوا في قصف مدفعي على بلدة كفرنبل أمس.", 9);
        fatalities("أفاد مسعفون بأن 14 شخصا على الأقل، من بينهم عاملا إغاثة، لقوا حتفهم في غارة جوية على مدينة دير البلح أمس.", 14);
        fatalities("وكان 6 ركاب، جميعهم مدنيون، قد لقوا حتفهم أمس عندما انفجرت عبوة ناسفة لدى مرور حافلة قرب بلدة بامة.", 6);
        // an aside with its own verb of death is no breakdown of the count before it
        assertThat(single("قال شهود إن عشرين قرويا، بينهم ثلاثة قتلوا، فروا من قصف مدفعي على بلدة كفرنبل أمس.").fatalities())
                .isEqualTo(3);
    }

    @Test
    void theForceThatAnnouncesIsNotTheDoer() {
        Event e = single("أعلنت الشرطة مقتل سبعة أشخاص بتفجير انتحاري بشاحنة مفخخة في منطقة الحويش أمس.");
        assertThat(e.actor1().name()).doesNotStartWith("Police Forces");
    }

    @Test
    void oneMoreNamedAfterTheFigure() {
        fatalities("أعلن الجيش مقتل أربعة مسلحين وجندي في اشتباكات في بلدة أشاران أمس.", 5);
    }

    @Test
    void theMissingAreNotDead() {
        fatalities("قتل مسلحون 11 جنديا أمس في هجوم على قرية داجني، وما زال تسعة في عداد المفقودين.", 11);
    }

    @Test
    void oneVictimNamedBeforeThePassiveVerb() {
        fatalities("وقال ضابط إن جنديا على الأقل من قوات الحكومة قتل أمس خلال اشتباكات وقعت في مدينة مقديشو.", 1);
    }

    @Test
    void aCountrysAdjectiveIsOnePerson() {
        fatalities("استشهد فلسطيني أمس برصاص قوات الاحتلال في مخيم جنين.", 1);
    }

    @Test
    void theSameForceNamedPlainlyAfterItsCountryIsARivalCount() {
        // 15 Ethiopian soldiers by the group's claim, two by an officer's: one side, two claims, never 17
        Event e = Extracting.single("قالت حركة الشباب إنها قتلت 15 جنديا من القوات الإثيوبية في هجوم على قاعدتهم في بلدة بولو برتي، "
                + "فيما قال مسؤول عسكري إن الهجوم أسفر عن مقتل جنديين فقط.");
        assertThat(e.fatalities()).isEqualTo(2);
        assertThat(e.claims()).extracting(c -> c.value()).contains(15L, 2L);
    }

    @Test
    void woundedToldInASentenceOfTheirOwnJoinTheIncidentBefore() {
        Event e = Extracting.single("انفجرت سيارة مفخخة أمس قرب سوق شعبي في مدينة القامشلي ما أدى إلى مقتل خمسة أشخاص. "
                + "وأصيب 25 شخصا بجروح بينهم ثلاثة أطفال.");
        assertThat(e.fatalities()).isEqualTo(5);
        assertThat(e.injured()).isEqualTo(25);
        // on their own they make no incident
        assertThat(Extracting.events("وأصيب 25 شخصا بجروح بينهم ثلاثة أطفال في مدينة القامشلي أمس.")).isEmpty();
    }

    @Test
    void bodiesCountedAreDeadWhateverWoundsTheyBear() {
        Event e = Extracting.single("أكد مصدر في الشرطة الليبية أمس العثور على جثث ثلاثة مهاجرين مصابين بطلقات نارية "
                + "في منطقة صحراوية قرب مدينة بني وليد.");
        assertThat(e.fatalities()).isEqualTo(3);
        // the force that found them did not kill them
        assertThat(e.actor1()).satisfiesAnyOf(a -> assertThat(a).isNull(),
                a -> assertThat(a.name()).doesNotStartWith("Police Forces"));
    }

    @Test
    void aNumberOfPeopleWhoSpeakIsNoToll() {
        // «قال اثنان من سكان القرية»: two residents tell the toll; they are not among the dead
        fatalities("قال مسؤول إن شخصا قتل، وقال اثنان من السكان إن المهاجمين فروا من قرية الحميدية أمس.", 1);
        fatalities("وقال اثنان من سكان قرية الحميدية أمس إن سبعة أشخاص قتلوا في الهجوم.", 7);
    }

    @Test
    void onePersonNamedAfterADeathOrWoundWordIsOne() {
        Event e = single("أطلق مسلحون النار على كمين أمني في مدينة العريش مساء أمس، مما أدى إلى مقتل مجند وإصابة ضابط.");
        assertThat(e.fatalities()).isEqualTo(1);
        assertThat(e.injured()).isEqualTo(1);
        // people counted in the plural with no number give no figure
        assertThat(single("أطلق مسلحون النار على كمين أمني في مدينة العريش مساء أمس، مما أدى إلى إصابة ضباط.").injured()).isNull();
    }

    @Test
    void aNationalityInTheAccusativeAfterANumberCountsPeople() {
        // «١٨ فلسطينيا»: eleven to ninety-nine take the accusative singular; «بينهم ٧ أطفال» is part of them
        fatalities("استشهد ١٨ فلسطينيا، بينهم ٧ أطفال، في غارات إسرائيلية على حي الشجاعية فجر اليوم.", 18);
        fatalities("قتل 25 سوريا أمس في قصف على مدينة إدلب.", 25);
    }

    @Test
    void beheadingIsKilling() {
        fatalities("هاجم مسلحون قرية في محافظة كابو ديلغادو يوم الإثنين وقطعوا رؤوس خمسة مدنيين.", 5);
    }

    @Test
    void twoOthersInTheDualAreTwo() {
        Event e = single("قتل مدني وأصيب اثنان آخران بانفجار عبوة ناسفة في قضاء الطارمية أمس.");
        assertThat(e.fatalities()).isEqualTo(1);
        assertThat(e.injured()).isEqualTo(2);
    }

    @Test
    void puttingAnEndToPeopleCountedIsKillingThem() {
        // «قضت على إرهابيين اثنين»: «two» after the people it counts
        fatalities("أعلنت وزارة الدفاع أمس أن مفرزة للجيش قضت على إرهابيين اثنين خلال عملية تمشيط بمنطقة جبل الوحش.", 2);
        // an end put to no one counted is no toll
        Extracting.none("وتعهد الوزير أمس بالقضاء على الفساد في مدينة قسنطينة.");
    }

    @Test
    void kinOfSomeoneCountedIsOneMore() {
        fatalities("استشهد طفل وأمه أمس في قصف على بلدة سراقب.", 2);
        fatalities("قتل رجل وزوجته أمس في قصف على بلدة سراقب.", 2);
    }

    @Test
    void theCountARunningTollRoseToIsTheToll() {
        // «إلى 15» with no noun after it: the dead were named before («عدد قتلى»)
        fatalities("ارتفع عدد قتلى القصف على بلدة سراقب أمس إلى 15 بعد وفاة ثلاثة من الجرحى متأثرين بجروحهم.", 15);
    }

    @Test
    void thePeopleCountedEndAtTheVerbOfTheirDeath() {
        // «12 شخصا قتلوا عندما فتح مسلحون النار»: the gunmen are who killed them, not who died
        Event e = single("قال مسؤول محلي إن 12 شخصا على الأقل قتلوا عندما فتح مسلحون النار على مصلين داخل مسجد في قرية "
                + "قرب مدينة كاتسينا مساء الجمعة.");
        assertThat(e.fatalities()).isEqualTo(12);
        assertThat(e.actor2().name()).startsWith("Civilians");
    }

    @Test
    void kinHurtAfterAWordOfWoundingIsOne() {
        Event e = single("قتل مزارع وأصيب نجله بانفجار عبوة ناسفة قرب بستانهما في قرية العبارة مساء الأحد.");
        assertThat(e.fatalities()).isEqualTo(1);
        assertThat(e.injured()).isEqualTo(1);
    }

    @Test
    void aWholeGroupKilledIsADeathWithoutACount() {
        // «وقتلتهم جميعا»: a report of deaths even with no day or number; the count stays unknown, never a guess
        Event e = single("وأصابت قذيفة السيارة في بلدة كفرنبل وقتلتهم جميعا.");
        assertThat(e.eventType()).isEqualTo("Explosions/Remote violence");
        assertThat(e.fatalities()).isNull();
    }

    @Test
    void aTollOfTheDeadRoseToTheNumberAfterIt() {
        // the wound the last victim died of is no toll of the wounded: «حصيلة القتلى» says whose count rose
        fatalities("قتل ثلاثة مدنيين أمس في قصف على بلدة معرة النعمان. وقال مسعفون إن أحد الجرحى فارق الحياة في المستشفى ليلا "
                + "متأثرا بإصابة بالغة في الرأس، لترتفع حصيلة القتلى إلى أربعة.", 4);
        fatalities("قتل ثلاثة مدنيين أمس في قصف على بلدة معرة النعمان. وقال مسعفون إن حالة أحد المصابين حرجة، لترتفع حصيلة "
                + "الجرحى إلى عشرة.", 3);
    }

    @Test
    void aRunningTollBesideBodiesFoundIsTheIncidentsTotal() {
        fatalities("قتل ستة أشخاص في غارة جوية على منزل في بلدة بيت لاهيا فجر اليوم. وانتشلت طواقم الإسعاف لاحقا جثث ثلاثة "
                + "أطفال من تحت الأنقاض، لترتفع حصيلة الغارة إلى 9 قتلى.", 9);
    }

    @Test
    void childrenAmongTheDeadAreSomeOfThoseCounted() {
        fatalities("قتل تسعة مدنيين في قصف استهدف سوقا في مدينة الفاشر أمس. وأوضح مصدر طبي أن بين القتلى ثلاثة أطفال.", 9);
        fatalities("قتل تسعة مدنيين في قصف استهدف سوقا في مدينة الفاشر أمس. ومن بين الجرحى خمس نساء.", 9);
    }

    @Test
    void aBeheadingToldWithTheDoersBetweenCountsTheDead() {
        Event e = single("قطع مسلحون من حركة الشباب رؤوس أربعة رعاة في قرية قرب بلدة بارديري أمس.");
        assertThat(e.fatalities()).isEqualTo(4);
        assertThat(e.eventType()).isEqualTo("Violence against civilians");
    }

    @Test
    void twoProtestersKilledAreTwoDead() {
        // the dual of a protester is a count of people, and people shot as protesters make excessive force
        Event e = single("قتل متظاهران برصاص الشرطة أمس خلال احتجاجات في مدينة البصرة.");
        assertThat(e.fatalities()).isEqualTo(2);
        assertThat(e.subEventType()).isEqualTo("Excessive force against protesters");
    }

    @Test
    void aTollThatRoseJoinsTheIncidentWithItsDeadNotAnArrestToldBetween() {
        List<Event> events = Extracting.events("قتل متظاهران برصاص الشرطة أمس خلال احتجاجات في مدينة البصرة. واعتقلت الشرطة "
                + "عشرة من المحتجين. وقال مصدر طبي إن أحد الجرحى توفي، لترتفع حصيلة القتلى إلى ثلاثة.");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).fatalities()).isEqualTo(3);
    }

    @Test
    void theAttackersAreTheGroupJustNamed() {
        Event e = single("هاجم مسلحون من حركة الشباب قاعدة للجيش الصومالي في بلدة بولو مارير أمس. وقال ضابط إن خمسة من "
                + "المهاجمين قتلوا في الاشتباك.");
        assertThat(e.casualties()).extracting(Casualty::actor).containsExactly("Al Shabaab");
        // with no group named, the attackers stay unidentified
        Event unnamed = single("هاجم مسلحون قاعدة للجيش الصومالي في بلدة بولو مارير أمس. وقال ضابط إن خمسة من المهاجمين قتلوا "
                + "في الاشتباك.");
        assertThat(unnamed.casualties()).extracting(Casualty::actor).allMatch(a -> a.startsWith("Unidentified Armed Group"));
    }

    @Test
    void headsCutWithTheGroupNamedInQuotesBetweenAreDead() {
        Event e = single("قطع مسلحون يتبعون تنظيم «الدولة الإسلامية» رؤوس خمسة مدنيين في قرية ميتاكاني يوم الخميس.");
        assertThat(e.fatalities()).isEqualTo(5);
    }

    @Test
    void theTollOfAWarIsNoIncident() {
        Event e = single("قتل مسلحون خمسة مدنيين في قرية ميتاكاني يوم الخميس. وأسفر النزاع عن مقتل أكثر من خمسة آلاف شخص منذ "
                + "اندلاعه.");
        assertThat(e.fatalities()).isEqualTo(5);
        none("وأسفر النزاع في الإقليم عن مقتل أكثر من خمسة آلاف شخص.");
    }

    @Test
    void aKillingSomeoneIsChargedWithCountsNoDead() {
        Event arrest = single("ألقت قوات الأمن القبض مساء الأحد على رجل متهم بقتل شرطي في مدينة الرمادي.");
        assertThat(arrest.subEventType()).isEqualTo("Arrests");
        assertThat(arrest.fatalities()).isNull();
        Event charged = single("ألقت قوات الأمن القبض مساء الأحد على رجلين بتهمة محاولة اغتيال ضابط في مدينة الرمادي.");
        assertThat(charged.subEventType()).isEqualTo("Arrests");
        // the killing told, and the accused only named after it, is a death all the same
        fatalities("قتل مسلحون أمس ثلاثة من رجال الشرطة في هجوم على حاجز قرب مدينة بعقوبة، واعتقلت القوات اثنين من المتهمين.", 3);
    }

    @Test
    void inHisCapacityAsIsNoKilling() {
        // «بصفته» shares its letters with «صفّت» (liquidated)
        none("وحضر الوزير الاجتماع بصفته رئيسا للجنة الأمنية العليا في المحافظة، وناقش مع المسؤولين أوضاع النازحين.");
        none("وتحدثت السفيرتان بصفتهما امرأتين دبلوماسيتين عن ظروف عمل النساء في البلاد.");
    }

    @Test
    void aBreakdownBySideWithNamedGroupsKeepsTheWhole() {
        fatalities("قتل 20 مقاتلا، بينهم ستة من «قوات سوريا الديمقراطية» (قسد) و14 من فصائل «الجيش الوطني السوري»، "
                + "في اشتباكات عنيفة قرب بلدة دير حافر أمس.", 20);
        // a second whole after a place is no part of the first
        assertThat(Extracting.events("قتل في القصف تسعة مدنيين بينهم ثلاثة أطفال في قرية كنصفرة وأربعة مدنيين بينهم طفل في قرية البارة أمس."))
                .extracting(Event::fatalities).containsExactly(9, 4);
    }

    @Test
    void aSecondCountJoinedByAndCountsTheSameWay() {
        fatalities("تواصلت المعارك قرب بلدة دير حافر، حيث قتل أمس 11 عنصرا من الفصائل و4 من مقاتلي قسد.", 15);
    }

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

    @Test
    void theAccusativeOfAnyNounForPeopleCounts() {
        // persons.tsv lists «فلاح» and «قروي»; their accusatives follow by rule
        assertThat(single("قتل مسلحون أمس خمسة عشر فلاحا في قرية الطيبة.").fatalities()).isEqualTo(15);
        assertThat(single("ذبحت جماعة مسلحة عشرين قرويا ليلا في قرية بني سليمان.").fatalities()).isEqualTo(20);
    }

    @Test
    void aHeadlinesLastWordStillSaysWhatItCounts() {
        // no full stop after «جريحا»: the noun ends the clause, and the 34 are wounded
        Event e = single("ارتفاع حصيلة القصف على مدينة إدلب إلى 3 قتلى و34 جريحا");
        assertThat(e.fatalities()).isEqualTo(3);
    }

    @Test
    void aGirlKilledIsOneDead() {
        // the feminine singular («طفلة», «سيدة», «مسنة») counts one person like the masculine
        Event e = single("قتلت طفلة وأصيبت والدتها بجروح مساء الأحد جراء سقوط قذيفة هاون على منزلهم في حي الروضة بمدينة تعز.");
        assertThat(e.fatalities()).isEqualTo(1);
        assertThat(single("قتلت سيدة مسنة برصاص قناص أمس في حي الجحملية بمدينة تعز.").fatalities()).isEqualTo(1);
    }

    @Test
    void anotherSourcesCountAfterWhileIsARivalClaimNotAnotherSide() {
        // «فيما أفادت مصادر … بأن عدد الشهداء أربعة»: the same dead counted by another source; the lower count stands
        fatalities("استشهد ثلاثة مواطنين مساء أمس بقصف مدفعي استهدف تجمعا للمواطنين في مخيم جباليا، فيما أفادت مصادر "
                + "في المستشفى بأن عدد الشهداء أربعة.", 3);
        // without a verb of saying, a second figure is another side
        fatalities("قتل ثلاثة جنود و4 مسلحين في اشتباك في بلدة الرطبة أمس.", 7);
    }
}

package org.rasad.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rasad.core.extract.Extracting.events;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasad.core.model.Event;

/** One event per incident: restatements merge, other days and places stay apart. */
class IncidentSeparationTest {

    @Test
    void restatementsOfOneIncidentMerge() {
        List<Event> e = events("""
                قتل 4 جنود أمس في هجوم شنه مسلحون على نقطة عسكرية في بلدة المطيبيجة.
                وقال مصدر أمني إن المسلحين هاجموا النقطة العسكرية في بلدة المطيبيجة بالأسلحة الخفيفة.
                """);
        assertThat(e).hasSize(1);
    }

    @Test
    void aBlastToldWithoutPlaceOrTollSaysWhatTheAttackWas() {
        List<Event> events = Extracting.events("قتل 12 شخصا يوم الجمعة بهجوم قرب سوق في مدينة بيداوة. "
                + "وقال شرطي إن انفجارين قويين وقعا قرب مدخل السوق.");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).eventType()).isEqualTo("Explosions/Remote violence");
        assertThat(events.get(0).fatalities()).isEqualTo(12);
        // on its own such a sentence tells no incident
        Extracting.none("وقال شرطي إن انفجارين قويين وقعا قرب مدخل السوق.");
    }

    @Test
    void daysAfterWithNothingToldBeforeCountFromTheArticlesDay() {
        List<Event> e = events("أعلنت منظمة إغاثية اليوم أن ثلاثة من موظفيها ما زالوا محتجزين، بعد يومين من اختطافهم"
                + " على يد مسلحين مجهولين على الطريق قرب بلدة أنسونغو.", "2024-06-14");
        assertThat(e).extracting(x -> String.valueOf(x.date())).containsExactly("2024-06-12");
    }

    @Test
    void aDayCountedFromAnotherIncidentIsStillADay() {
        // undated: «غداة» is Wednesday, counted from Thursday; «الثلاثاء الماضي» is another day
        List<Event> events = Extracting.events("قتل شرطيان اليوم الخميس في تفجير عبوة ناسفة في مدينة عدن. "
                + "ويأتي ذلك غداة اغتيال مسلحين عنصرين من الشرطة في مدينة عدن. "
                + "كما قام مسلحون الثلاثاء الماضي باغتيال ضابط في الشرطة في مدينة عدن.", null);
        assertThat(events).extracting(Event::fatalities).containsExactly(2, 2, 1);
    }

    @Test
    void theDayOfAStatementDoesNotSeparateARetelling() {
        // undated: «في تصريح … اليوم الجمعة» dates the statement; the attack is Wednesday's in both sentences
        List<Event> events = Extracting.events("أعلن الجيش مقتل أربعة من جنوده يوم الأربعاء في هجوم للمتمردين على جزيرة في بحيرة تشاد. "
                + "وصرح قائد المنطقة العسكرية الثالثة العقيد محمد علي، في تصريح لوكالة فرانس برس اليوم الجمعة، أن المتمردين هاجموا الأربعاء قواتنا في جزيرة في بحيرة تشاد.", null);
        assertThat(events).hasSize(1);
    }

    @Test
    void anotherDayIsAnotherIncident() {
        List<Event> e = events("""
                قتل جنديان مساء أمس الأربعاء في انفجار عبوة ناسفة في قضاء الطارمية.
                وكان مسلحون قد هاجموا الاثنين الماضي نقطة تفتيش في قضاء الطارمية ما أسفر عن مقتل شرطي.
                """, "2024-05-16");
        assertThat(e).hasSize(2);
        assertThat(e).extracting(x -> x.date().toString()).containsExactlyInAnyOrder("2024-05-15", "2024-05-13");
    }

    @Test
    void daysAfterAnotherIncidentAreCounted() {
        List<Event> e = events("""
                قتل 6 مسلحين أمس الأربعاء في اشتباكات مع الجيش في بلدة تمسة.
                وتأتي هذه الاشتباكات بعد يومين من هجوم شنه مسلحون على دورية للجيش قرب بلدة الويغ أسفر عن مقتل جنديين.
                """, "2024-05-16");
        assertThat(e).extracting(x -> String.valueOf(x.date())).contains("2024-05-15", "2024-05-13");
    }

    @Test
    void relatedHeadlinesAreNotEvents() {
        List<Event> e = events("""
                قتل 3 مدنيين أمس في قصف مدفعي على بلدة سرمين.

                عناوين ذات صلة
                - مقتل 5 جنود في هجوم على حاجز في مدينة درعا
                - انفجار سيارة مفخخة في مدينة عفرين يوقع 7 قتلى
                """);
        assertThat(e).hasSize(1);
        assertThat(e.get(0).fatalities()).isEqualTo(3);
    }

    @Test
    void theSameTollJoinsProvinceAndVillage() {
        String text = "قتل 9 أشخاص على الأقل يوم الثلاثاء في هجوم على قرية في محافظة صلاح الدين شمال العراق. "
                + "واستهدف الهجوم قرية البو دور، وأسفر عن مقتل 9 أشخاص وإصابة 6 بجروح، كما قال مصدر أمني.";
        assertThat(events(text)).hasSize(1);
    }

    @Test
    void twoTownsOfOneProvinceAreTwoIncidents() {
        String text = "اغتال مسلحون مجهولون شابا مدنيا في بلدة جاسم بريف درعا الشمالي. "
                + "وفي حادثة منفصلة أطلق مسلحون النار على شابين في مدينة طفس بريف درعا الغربي ما أدى إلى مقتلهما.";
        assertThat(events(text, "2024-03-28")).hasSize(2);
    }

    @Test
    void weekdaysSeparateIncidentsEvenWithoutADate() {
        String text = "قتل خمسة جنود الأحد في انفجار عبوة ناسفة استهدفت آليتهم في مدينة رفح. "
                + "وكان شرطيان قتلا الخميس في هجوم بقنابل على سيارتهما في مدينة رفح.";
        assertThat(events(text)).hasSize(2);
    }

    @Test
    void aCommonWordAfterAPrepositionIsNoPlace() {
        Event e = Extracting.single("قتل ثلاثة مدنيين في قصف استهدف أحياء أخرى يوم الخميس.");
        assertThat(e.location() == null || e.location().nameAr() == null || !e.location().nameAr().contains("أخرى")).isTrue();
    }

    @Test
    void separateAttacksAreNotTheIncidentToldBefore() {
        List<Event> e = events("""
                قتل 12 مدنيا أمس في هجوم شنه مسلحون على قرية ساناكادوغو.
                كذلك قتل الأربعاء ثمانية أشخاص في هجومين منفصلين نفذهما مسلحون.
                """);
        // the eight died elsewhere, in no named place: the village's toll stays 12
        assertThat(e).extracting(Event::fatalities).containsExactly(12);
    }

    @Test
    void todayAndTodaySaturdayAreOneDayInAnUndatedArticle() {
        List<Event> e = events("""
                قتل اثنان وأصيب 11 آخرون خلال اشتباكات جرت بمدينة سبها اليوم السبت.
                وأكد مدير مركز سبها الطبي أنه تم استقبال قتيلين و11 جريحا جراء الاشتباكات الدامية بمدينة سبها اليوم.
                """, null);
        assertThat(e).hasSize(1);
    }

    @Test
    void twoDistrictsOfOneCityAreTwoPlaces() {
        List<Event> e = events("""
                قتل شخص أمس إثر انفجار عبوة ناسفة بمنطقة الحسينية شمالي العاصمة بغداد.
                وشهدت العاصمة بغداد أمس مقتل وإصابة 11 شخصا إثر انفجار عبوة ناسفة في قضاء المدائن جنوبي بغداد.
                """);
        assertThat(e).hasSize(2);
    }

    @Test
    void twoDaysLaterIsTwoDaysAfterTheIncidentToldBefore() {
        // «وبعد يومين،» narrates: the ambush after it came later; «بعد يومين من …» would count back
        List<Event> e = events("هاجم مسلحون قاعدة للجيش في بلدة مارتي ليل الثلاثاء ما أسفر عن مقتل تسعة جنود. "
                + "وبعد يومين، نصب مسلحون كمينا لقافلة عسكرية قرب بلدة ديكوا ما أدى إلى مقتل ضابط.", "2025-05-08");
        assertThat(e).hasSize(2);
        assertThat(e.get(0).date()).hasToString("2025-05-06");
        assertThat(e.get(1).date()).hasToString("2025-05-08");
    }

    @Test
    void theSameDayIsTheDayOfTheIncidentToldBefore() {
        // «مساء اليوم ذاته» and «بعد ساعات» date from the incident before, not from the article's day; the place, the
        // doer and the deed may stand on either side of the phrase
        List<Event> e = events("قتلت امرأة أمس الأحد في قصف مدفعي شنته جماعة الحوثي على حي الروضة شرقي مدينة تعز. "
                + "وفي محافظة مأرب، أعلن الجيش اليمني مساء اليوم ذاته إسقاط طائرة مسيرة مفخخة أطلقتها الجماعة. "
                + "وقصفت طائرات التحالف بعد ساعات مواقع للجماعة قرب مدينة صرواح.", "2025-09-22");
        assertThat(e).hasSize(3);
        assertThat(e).extracting(Event::date).allMatch(d -> d.toString().equals("2025-09-21"));
        assertThat(e.get(2).location().nameAr()).isEqualTo("صرواح");
    }

    @Test
    void theEventNamedAgainWithTheArticleInAMorePrecisePlaceIsTheSame() {
        // the strikes on the district, then «الغارات» on a village of it: no toll, no day of its own
        List<Event> e = events("""
                أعلنت الجماعة مقتل ثلاثة من مقاتليها في غارات جوية شنها الطيران على مديرية صرواح أمس.
                وأفادت مصادر محلية بأن الغارات استهدفت تجمعات للمقاتلين في منطقة الكسارة، فيما تواصلت المعارك بين الطرفين في جبهة رحبة.
                """);
        assertThat(e).hasSize(1);
        assertThat(e.get(0).fatalities()).isEqualTo(3);
        // an air strike told without the article in another place is another incident
        assertThat(events("""
                قتل ثلاثة أشخاص في غارة جوية على مديرية صرواح أمس.
                وقتل شخصان في غارة جوية أخرى على منطقة الكسارة أمس.
                """)).hasSize(2);
    }

    @Test
    void howTheAttackedSideStruckBackIsNotWhatTheIncidentWas() {
        List<Event> e = events("""
                قتل نحو ثلاثين جنديا بوركينيا في هجوم شنه جهاديون الأحد على مفرزة عسكرية قرب بلدة جيبو.
                وأضافت المصادر أن الجيش رد بغارات جوية أسفرت عن مقتل عشرات المهاجمين.
                """);
        assertThat(e).hasSize(1);
        assertThat(e.get(0).subEventType()).isEqualTo("Armed clash");
        // the soldiers' nationality in the accusative gives the army its country
        assertThat(e.get(0).actor2().name()).isEqualTo("Military Forces of Burkina Faso");
        assertThat(e.get(0).fatalities()).isEqualTo(30);
    }

    @Test
    void mostOfTheClashesToldAgainWithTheirDistrictAreTheSameIncident() {
        List<Event> e = events("""
                قتل جندي وأصيب اثنان آخران أمس خلال اشتباكات بين قوات الحكومة ومقاتلين من حركة الشباب في مدينة بيدوا.
                ووقعت معظم الاشتباكات المسلحة في أجزاء من حي ورتا نابادا، حيث سمع دوي إطلاق نار كثيف.
                """);
        assertThat(e).hasSize(1);
        assertThat(e.get(0).fatalities()).isEqualTo(1);
    }

    @Test
    void anotherTownToldWithAlsoIsOfTheSameDay() {
        List<Event> events = events("تجمع مئات المحتجين اليوم الجمعة في الساحة العامة وسط مدينة السويداء للمطالبة برحيل الحكومة. "
                + "كما خرج محتجون في مدينة شهبا شمال المحافظة ورددوا هتافات ضد رفع الأسعار. "
                + "وانطلقت الاحتجاجات في 17 أغسطس الماضي احتجاجا على رفع الدعم عن المحروقات.", "2023-09-15");
        assertThat(events).extracting(e -> e.location().nameAr()).contains("السويداء", "شهبا");
        assertThat(events).filteredOn(e -> e.location().nameAr().equals("شهبا"))
                .singleElement().satisfies(e -> assertThat(e.date()).isEqualTo(java.time.LocalDate.of(2023, 9, 15)));
    }

    @Test
    void theForceThatRepelledTheAttackTellsTheSameFight() {
        List<Event> e = events("شن مسلحون من حركة الشباب فجر الثلاثاء هجوما على قاعدة عسكرية في بلدة بلعد. "
                + "وقال الجيش الصومالي في بيان مساء الثلاثاء إن قواته صدت الهجوم وقتلت 23 من المهاجمين، مقرا بمقتل 4 جنود.");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).fatalities()).isEqualTo(27);
        // the same force attacking elsewhere on its own is another incident
        List<Event> two = events("شن مسلحون من حركة الشباب فجر الثلاثاء هجوما على قاعدة عسكرية في بلدة بلعد. "
                + "وقال الجيش الصومالي إن قواته قصفت مواقع للحركة في بلدة جلب مساء الأربعاء وقتلت 23 من عناصرها.");
        assertThat(two).hasSize(2);
    }

    @Test
    void theDayOfAStatementAfterALongNameOfTheSpeakerIsNotTheEventsDay() {
        List<Event> e = events("أعلنت وزارة الصحة في الحكومة التابعة لجماعة الحوثيين في صنعاء، غير المعترف بها دوليا، اليوم السبت، "
                + "ارتفاع حصيلة الغارات التي استهدفت ميناء الصليف مساء الخميس إلى 20 قتيلا.", "2025-04-19");
        assertThat(e).singleElement().satisfies(x -> assertThat(x.date()).isEqualTo(java.time.LocalDate.of(2025, 4, 17)));
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

    @Test
    void aTownGlossedWithItsDistanceFromTheCapitalIsItsOwnPlace() {
        List<Event> e = events("""
                قتل عشرة أشخاص أمس في تفجير سيارة مفخخة في سوق شعبي وسط بغداد.
                وفي مدينة الخالص (80 كلم شمال شرق بغداد)، هاجم مسلحون مجهولون نقطة تفتيش للشرطة ما أدى إلى مقتل خمسة من عناصرها.
                """);
        assertThat(e).hasSize(2);
        assertThat(e).extracting(Event::fatalities).containsExactly(10, 5);
    }

    @Test
    void aLeadThatSumsUpASeriesOfAttacksIsNoneOfThem() {
        List<Event> e = events("""
                قتل ستة عشر شخصا أمس في سلسلة هجمات ضربت البلاد.
                وقال مصدر أمني إن سيارة مفخخة انفجرت في حي الزهور، ما أسفر عن مقتل عشرة أشخاص.
                وفي مدينة الحويجة، هاجم مسلحون نقطة تفتيش للشرطة ما أدى إلى مقتل أربعة من عناصرها.
                """);
        assertThat(e).extracting(Event::fatalities).containsExactlyInAnyOrder(10, 4);
        List<Event> provinces = events("""
                قتل 30 شخصا في غارات ومواجهات شهدتها عدة محافظات خلال اليومين الماضيين.
                وقالت مصادر محلية إن 12 مدنيا قتلوا أمس في غارة جوية استهدفت سوقا في منطقة الحزم.
                وفي مدينة دمت، قتل تسعة من المسلحين في مواجهات مع القوات الحكومية.
                """);
        assertThat(provinces).extracting(Event::fatalities).containsExactlyInAnyOrder(12, 9);
    }

    @Test
    void scatteredClashesInOneTownAreOneIncident() {
        List<Event> e = events("""
                اندلعت أمس اشتباكات متفرقة بين الجيش ومسلحي الحركة في مدينة بلدوين.
                وقال ضابط إن جنديا قتل خلال الاشتباكات في المدينة.
                """);
        assertThat(e).hasSize(1);
    }

    @Test
    void aLeadMaySumUpTheQuartersOfItsOwnTown() {
        List<Event> e = events("""
                قتل أحد عشر شخصا في معارك وقصف شهدتها مدينة بيداوة أمس.
                وقال ضابط إن القوات الحكومية شنت هجوما على مواقع المسلحين في حي هورسيد وقتلت خمسة منهم.
                وبعد الظهر، سقطت قذائف هاون على سوق في حي بارطيري، ما أسفر عن مقتل ستة أشخاص.
                """);
        assertThat(e).extracting(Event::fatalities).containsExactlyInAnyOrder(5, 6);
    }

    @Test
    void theSameNumberOfOtherDeadIsNoRetelling() {
        List<Event> e = events("""
                هاجمت القوات الحكومية أمس مواقع المسلحين في حي هورسيد وقال ضابط إن قواته قتلت ستة من المسلحين.
                وسقطت قذائف هاون على سوق في حي بونديري، ما أسفر عن مقتل ستة أشخاص.
                """);
        assertThat(e).hasSize(2);
    }

    @Test
    void twoCountriesAreTwoIncidents() {
        // the headline tells the second incident first, by its country alone
        List<Event> e = events("انفجار عبوة ناسفة يقتل 4 جنود في النيجر\n\n"
                + "قتل 9 جنود ماليين، أمس، في هجوم شنه مسلحون على موقع عسكري في بلدة نارا وسط مالي.\n\n"
                + "وفي النيجر، قتل 4 جنود الثلاثاء في انفجار عبوة ناسفة قرب بلدة تيلابيري.");
        assertThat(e).extracting(x -> x.location().nameAr()).containsExactlyInAnyOrder("نارا", "تيلابيري");
        assertThat(e).extracting(Event::fatalities).containsExactlyInAnyOrder(9, 4);
    }

    @Test
    void aTownGlossedWithItsDistanceFromAnotherIsItsOwnPlace() {
        List<Event> e = events("قتل ثلاثة أشخاص في انفجار عبوة ناسفة في مدينة بعقوبة أمس.\n\n"
                + "وفي بلدة الخالص، على بعد 15 كيلومترا شمال بعقوبة، قتل شرطيان في هجوم مسلح أمس.");
        assertThat(e).hasSize(2);
        assertThat(e.get(1).location().nameAr()).isEqualTo("الخالص");
    }

    @Test
    void anotherCrowdAfterWhileIsAnotherProtest() {
        List<Event> e = events("تجمع مئات المعلمين أمس أمام مديرية التربية في مدينة إربد مرددين هتافات تطالب بتحسين أوضاعهم، فيما نظم معلمون في مدينة الكرك وقفة مماثلة.");
        assertThat(e).extracting(x -> x.location().nameAr()).containsExactly("إربد", "الكرك");
        assertThat(e).extracting(Event::date).containsOnly(java.time.LocalDate.of(2024, 5, 15));
    }

    @Test
    void shellsOnTwoTownsAreTwoEvents() {
        List<Event> e = events("وسجل أمس سقوط عدد من القذائف على أطراف بلدتي الضهيرة ويارين.");
        assertThat(e).extracting(x -> x.location().nameAr()).containsExactly("الضهيرة", "يارين");
        assertThat(e).allMatch(x -> x.eventType().equals("Explosions/Remote violence"));
    }

    @Test
    void deathsInScatteredAttacksAreASum() {
        Extracting.none("قتل حوالي خمسين شخصا في هجمات متفرقة في شمال البلاد.");
    }
}

package org.rasad.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rasad.core.extract.Extracting.events;
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

    @Test
    void aWordAfterAVerbOfViolenceMayMakeItFigurative() {
        // the subject may stand between the verb and the word that turns it
        none("وفي ختام اللقاء انفجر الرئيس ونائبه بالضحك أمام الصحافيين في القصر الجمهوري بالخرطوم.");
        none("وخطفت الفرقة الشعبية القادمة من مدينة حلب أنظار الجمهور في افتتاح المهرجان بدمشق.");
        none("وخطف النادي الأهلي الفوز في الدقيقة الأخيرة من مباراته في ملعب القاهرة الدولي.");
        none("وفجر النائب مفاجأة خلال جلسة البرلمان في بغداد حين كشف وثائق الصفقة.");
        none("وفجر نادي الوداد البيضاوي مفاجأة بإعلانه التعاقد مع مدرب جديد في الدار البيضاء أمس.");
    }

    @Test
    void aDrillThatSimulatesAnAttackIsNoAttack() {
        none("نفذت فرق الدفاع المدني في عمان أمس تمرينا واسعا يحاكي هجوما على مركز تجاري، بمشاركة مئات المتطوعين.");
        none("أجرت الشرطة في الرباط صباح الأحد محاكاة لاعتداء مسلح على محطة القطارات.");
        none("وشهد اليوم الأخير تمرينا بالذخيرة الحية حاكت خلاله القوات التصدي لهجوم على منشأة نفطية.");
    }

    @Test
    void theSameVerbsWithPeopleOrBombsStayReports() {
        // victims, a bomb, or a preposition before the word: the verb keeps its meaning
        single("خطف مسلحون مجهولون ثلاثة صحافيين في مدينة الموصل أمس.");
        single("وخطف مسلحون تاجرا أمام أنظار المارة في سوق مدينة الحلة أمس.");
        single("فجر انتحاري نفسه في سوق مزدحم في مدينة بعقوبة أمس فقتل 12 شخصا وزاد التوتر في المدينة.");
        assertThat(single("قتل خمسة جنود في العملية التي نفذها مسلحون في مدينة الموصل أمس.").fatalities()).isEqualTo(5);
    }

    @Test
    void anEventDatedByItsYearAloneIsHistory() {
        // news dates what it reports by the day or the month; a year and nothing else recalls the past
        none("وكان شقيقه قد قتل بالرصاص في 1998 في مدينة كراتشي.");
        none("ويتهم ناشطون الشرطة بقتل 30 متظاهرا في ساحة المدينة عام 2011.");
        // a month with the year is a date of the clause's own; a year in a relative clause is someone else's past
        assertThat(Extracting.events("وفي يناير عام 2024 أطلقت طائرة مسيرة صاروخين على منزل في قرية بيت لاهيا.", "2024-01-20"))
                .hasSize(1);
        single("ويعتصم آلاف المتظاهرين أمس أمام البرلمان في بانكوك مطالبين باستقالة الرئيس الذي أطاحه انقلاب عام 2006.");
    }

    @Test
    void whatAGroupKeepsDoingIsNoIncident() {
        none("وينفذ التنظيم، الذي تأسس في نيجيريا، هجمات في دول منطقة بحيرة تشاد يسقط فيها قتلى من قوات الأمن، كما يقوم بعمليات خطف.");
        none("وتشن الطائرات غارات على قرى ريف إدلب يسقط فيها قتلى وجرحى من المدنيين.");
        // the same words in the past, or with a number, report
        single("ونفذ التنظيم أمس هجمات على قرى قرب بلدة باغا قتل فيها 12 مدنيا.");
        single("وتجمع مئات الشبان أمس في حي التضامن بالعاصمة تونس وأحرقوا حاويات القمامة.");
    }

    @Test
    void aReportOfTheMonthIsNoIncidentWhateverDayItCameOut() {
        // the day is the report's, not a killing's
        Extracting.none("وثقت الشبكة السورية لحقوق الإنسان في تقريرها الشهري الصادر اليوم الاثنين مقتل 212 مدنيا "
                + "في سوريا خلال شهر أيار الماضي، بينهم 31 طفلا.");
        Extracting.none("قال مكتب الأمم المتحدة في تقرير نشر اليوم الثلاثاء إن أكثر من 7600 شخص قتلوا في أعمال عنف "
                + "خلال عام 2024.");
        // an anniversary that falls today recalls an attack of years ago
        Extracting.none("تحل اليوم الخميس الذكرى التاسعة لتفجير الكرادة، حين فجر انتحاري شاحنة مفخخة وسط الحي فجر الثالث "
                + "من تموز 2016، ما أسفر عن مقتل أكثر من 300 شخص.", "2025-07-03");
        // a killing told with its own day beside a word of aggregates is still reported
        assertThat(Extracting.events("قتل ثلاثة جنود أمس في هجوم على حاجز في بلدة الطارمية، في أعنف هجوم منذ بداية العام."))
                .hasSize(1);
    }

    @Test
    void severalIncidentsSummedOverARegionAreNoIncident() {
        Extracting.none("وقالت مصادر إن نحو 20 شخصا قتلوا في سلسلة غارات الخميس على قرى في شمال البلاد.");
        Extracting.none("وكانت هناك تقارير الجمعة عن مقتل 20 شخصا آخرين في هجمات منفصلة بشرق البلاد.");
        // a series on one town, or one attack in a region, is reported
        assertThat(Extracting.events("قتل 20 شخصا الخميس في سلسلة غارات على بلدة سراقب.")).hasSize(1);
        assertThat(Extracting.events("قتل خمسة جنود الخميس في هجوم في شمال البلاد.")).hasSize(1);
    }

    @Test
    void kindsOfViolenceListedSumUpAPeriod() {
        none("وقالت المنظمة إن سكان بلدة تلكيف تعرضوا للقتل والخطف والتهجير على يد عناصر تنظيم داعش.");
        // a toll after the list is the list's, not an incident's
        none("وأنهى الاتفاق سنوات من الاغتيالات والتفجيرات وأعمال الخطف التي أودت بحياة أكثر من ألفي شخص.");
    }

    @Test
    void twoKindsOfOneFightWithTheirDayAreAReport() {
        Event e = single("قتل خمسة مدنيين في الاشتباكات والقصف المدفعي على أحياء مدينة حلب أمس.");
        assertThat(e.fatalities()).isEqualTo(5);
        // an abduction and a killing told with their day and place are an incident
        assertThat(Extracting.events("خطف مسلحون مهندسا وقتلوا حارسه في بلدة الضلوعية أمس.")).isNotEmpty();
    }

    @Test
    void aBombSquadIsNoBombing() {
        none("وقال ضابط في فرقة المتفجرات إن الشرطة تواصل التحقيق في مدينة كركوك.");
    }

    @Test
    void aBombThatWentOffBeforeItCouldBeDefusedIsAReport() {
        Event e = single("انفجرت عبوة ناسفة أمس في سوق بمدينة بعقوبة قبل وصول فرق المتفجرات، ما أسفر عن مقتل شخصين.");
        assertThat(e.subEventType()).isEqualTo("Remote explosive/landmine/IED");
    }

    @Test
    void aBomberStoppedBeforeHeCouldDetonateMadeNoBombing() {
        Event e = single("اعتقلت الشرطة أمس انتحاريا قبل أن يتمكن من تفجير حزامه الناسف في سوق بمدينة بيشاور.");
        assertThat(e.subEventType()).isEqualTo("Arrests");
        none("وتبين أن الانتحاري الذي فجر نفسه الشهر الماضي في مطعم بمدينة بغداد كان قد أفرج عنه من السجن.");
    }

    @Test
    void aBomberWhoBlewHimselfUpIsASuicideBombing() {
        assertThat(single("فجر انتحاري نفسه أمس وسط سوق شعبي في مدينة الحلة، ما أسفر عن مقتل 12 شخصا.").subEventType())
                .isEqualTo("Suicide bomb");
        assertThat(single("قتل انتحاري يرتدي حزاما ناسفا 9 أشخاص أمس في مسجد بمدينة كويتا.").subEventType())
                .isEqualTo("Suicide bomb");
    }

    @Test
    void anAttackMadeWithWordsIsNoEvent() {
        none("شن زعيم المعارضة هجوما عنيفا على رئيس الوزراء خلال مؤتمر صحافي في بيروت أمس.");
        none("فتح النائب النار على وزير المالية في جلسة البرلمان أمس.");
        none("وتساءل المدرب في المؤتمر الصحافي أمس: هل خرج أحد اللاعبين ليهاجم إدارة النادي؟");
        // armed doers, or the dead, make it an attack on the official
        assertThat(single("فتح مسلحون النار على رئيس بلدية قرية المزرعة أمس فقتلوه.").eventType())
                .isEqualTo("Violence against civilians");
        assertThat(single("شن مسلحون هجوما على موكب وزير الداخلية قرب مدينة سرت أمس.").eventType()).isEqualTo("Battles");
    }

    @Test
    void newspapersAttackingAMinisterAttackWithWords() {
        none("هاجمت صحف المعارضة امس وزير الثقافة بسبب تصريحاته حول الحجاب، وطالب بعضها بإقالته فورا.");
    }

    @Test
    void attacksStoppedAreNoAttackNorArrest() {
        none("وكانت الجماعة قد أوقفت هجماتها على السفن في 19 يناير الماضي مع بدء سريان الهدنة.");
        none("وكانت الجماعة قد أوقفت هجماتها في 9 مايو الجاري.");
        // a person stopped is an arrest
        assertThat(single("أوقفت الشرطة أمس ثلاثة مشتبه بهم في مدينة سوسة.").subEventType()).isEqualTo("Arrests");
    }

    @Test
    void sportsSnatchPointsAndShellGoals() {
        none("اختطف نادي الهلال ثلاث نقاط ثمينة من ملعب منافسه في الدقيقة الأخيرة من مباراة القمة مساء امس.");
        none("قصف المهاجم الكاميروني مرمى الفريق المنافس بهدفين في الشوط الأول من مباراة امس.");
    }

    @Test
    void aYearlyTallyIsNoIncident() {
        none("وكانت وزارة الدفاع قد كشفت في حصيلتها السنوية لعام 2023 عن تحييد 40 إرهابيا وتوقيف أكثر من مئة عنصر دعم.");
        none("وأظهرت الحصيلة الشهرية للوزارة مقتل 23 مسلحا في عمليات متفرقة.");
    }

    @Test
    void whatHadHappenedBeforeIsBackground() {
        none("وسبق أن تعرض المقر لهجوم مماثل قبل نحو سبع سنوات، أسفر حينها عن مقتل عدد من الحراس.");
        // a day of its own still makes an incident
        assertThat(Extracting.events("وسبق أن تعرض المقر أمس لهجوم مماثل في مدينة كسمايو أسفر عن مقتل ثلاثة حراس.")).hasSize(1);
    }

    @Test
    void aRoadCrashIsNoViolence() {
        none("وقتل تسعة أشخاص في حادث تصادم بين حافلة ركاب وشاحنة على الطريق السريع بين كسلا والقضارف أمس.");
        // a bus hit by a roadside bomb is
        assertThat(Extracting.events("وقتل تسعة أشخاص في انفجار عبوة ناسفة استهدفت حافلة ركاب على الطريق بين كسلا والقضارف أمس."))
                .hasSize(1);
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
    void thatDayOfAnOldAttackIsNotToday() {
        none("""
                أحيت المدينة اليوم الذكرى الخامسة للهجوم الذي استهدف سوقها المركزي في 3 مايو 2020 وأودى بحياة 40 شخصا.
                وكان مسلحون قد اقتحموا السوق فجر ذلك اليوم، واحتجزوا عشرات الرهائن قبل أن تقتلهم قوات الأمن.
                """, "2025-05-03");
    }

    @Test
    void aGameInPlayIsNoViolence() {
        none("وفي الشوط الثاني شن لاعبو المنتخب هجوما كاسحا على مرمى الضيوف في ملعب مدينة وهران، وأضاف اللاعب الهدف الثاني في الدقيقة 70.");
        // a blast at a match with its dead is an attack all the same
        single("قتل خمسة أشخاص في انفجار عبوة ناسفة داخل ملعب في مدينة بعقوبة أثناء مباراة في الدوري المحلي.");
    }

    @Test
    void anEventWordInScareQuotesIsAFigure() {
        none("وشنت وزارة المالية \"هجوما\" على التجار في مدينة الزرقاء أمس، متهمة إياهم برفع الأسعار.");
    }

    @Test
    void anAccidentIsNoAttack() {
        none("لقي أربعة عمال حتفهم أمس في انفجارات داخل مستودع للوقود في مدينة الزاوية، وقال الدفاع المدني إن الحادث عرضي ناجم عن تماس كهربائي.");
        none("اندلع حريق في سوق شعبي بمدينة المفرق أمس ما أدى إلى مقتل شخصين وتدمير عشرات المحال.");
        none("لقي 12 شخصا مصرعهم أمس في تصادم بين حافلة وشاحنة على طريق مدينة الفيوم.");
        // property set on fire by a named side stays what the side did
        assertThat(single("أحرق مستوطنون منزلين في قرية المغير أمس، واندلع حريق في حقول مجاورة.").subEventType())
                .isEqualTo("Looting/property destruction");
    }

    @Test
    void aWarsWholeTollIsNoIncidentWhereverTheClauseIsPlaced() {
        none("وقعت الحكومة والمتمردون اتفاق سلام في مدينة جوبا أمس ينهي الحرب التي أودت بحياة أكثر من 300 ألف شخص.");
    }

    @Test
    void aPeriodAnIncidentIsMeasuredAgainstIsNoBackground() {
        Event e = single("قتل 12 شخصا في تفجير سيارة مفخخة في سوق مدينة بعقوبة، في أسوأ هجوم تشهده المدينة منذ سنوات.");
        assertThat(e.fatalities()).isEqualTo(12);
    }

    @Test
    void anElectoralBattleIsNoBattle() {
        none("تشهد مدينة البصرة معركة انتخابية حامية بين القوائم الكبرى قبل أسابيع من الاقتراع.");
    }

    @Test
    void sabotageRuledOutIsNoRiot() {
        none("قتل ثمانية أشخاص في انفجار أسطوانة غاز داخل مطعم في مدينة حمص، واستبعد الدفاع المدني وجود عمل تخريبي.");
    }

    @Test
    void anAnalysisOfWhatARegionSuffersIsBackground() {
        // «التي يعانيها»: a habit of the region, though told in a relative clause; only a period there («الذين تحتجزهم
        // منذ سنوات») describes someone and leaves the sentence standing
        none("ويحاول التنظيم إعادة تنظيم صفوفه مستغلا العدوان على المدينة وحالة الفوضى التي يعانيها الإقليم، "
                + "حيث سجلت المنطقة هجمات نتج عنها قتلى وجرحى.");
    }

    @Test
    void aMonthsTallyAndAComparisonWithAYearAreNoIncidents() {
        none("ووثق مكتب حقوقي خلال آذار الماضي 35 عملية اغتيال في محافظة درعا أسفرت عن مقتل 22 شخصا.", "2024-05-16");
        none("وسجلت الحصيلة تراجعا في عدد المسلحين القتلى مقارنة بسنة 2021 التي شهدت مقتل 41 مسلحا.");
    }

    @Test
    void aKillingWithNoSideAndNoPlaceInTheWholeTextIsNoEvent() {
        // a fragment of a story told elsewhere: ACLED codes no event without a side or a place
        none("وقتل أكثر من مائة منهم.");
        none("فما ان استقام له كل ذلك حتى أنشب مخالب الأسد في جسده فقتله.");
        // with a place, or with a side, it is a report
        assertThat(single("وقتل أكثر من مائة منهم في بلدة الرطبة.").fatalities()).isEqualTo(100);
        assertThat(events("وقتل مسلحون أكثر من مائة منهم.")).hasSize(1);
    }

    @Test
    void whatWasDoneLatelyIsBackground() {
        // «خلال الفترة الأخيرة», «في الآونة الأخيرة»: a habit of late, no incident
        none("وقالت المصادر إن عناصر الحوثي كثفوا خلال الفترة الأخيرة استهداف الأحياء السكنية في منطقة الحوبان.");
        none("وقصفت القوات في الآونة الأخيرة مواقع المسلحين في منطقة جبل الزاوية.");
    }

    @Test
    void aBlastRetoldAfterItsAccidentalCauseIsTheAccident() {
        none("لقي ثلاثة أشخاص حتفهم جراء انفجار وقع صباح اليوم في محطة وقود على طريق حمص طرطوس نتيجة خلل فني أثناء تفريغ "
                + "صهريج. وأوضح مدير الدفاع المدني في محافظة حمص أن انفجارا قويا دوى في المنطقة قرابة الساعة التاسعة.");
        // a bomb told after an accident elsewhere is still a bomb
        assertThat(events("انفجرت أسطوانة غاز في مطعم بمدينة حمص صباح اليوم. وفي حماة، انفجرت عبوة ناسفة بسيارة عسكرية ما "
                + "أدى إلى مقتل جنديين.")).hasSize(1);
    }

    @Test
    void whatHappensFromTimeToTimeAndKindsOfHarmCountedAreNoIncident() {
        none("ويشهد قضاء طوزخورماتو بين الحين والآخر هجمات متفرقة تتبناها خلايا التنظيم.");
        none("ووثق التقرير مئات حالات العنف الجنسي المرتبط بالنزاع، وعمليات خطف وإخفاء قسري ارتكبتها أطراف النزاع المختلفة.");
    }
}

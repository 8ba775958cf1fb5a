package org.rasad.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rasad.core.extract.Extracting.events;
import static org.rasad.core.extract.Extracting.none;
import static org.rasad.core.extract.Extracting.single;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasad.core.model.Event;

/** Protesters named as people make a protest only where they act as protesters. */
class ProtestTest {

    @Test
    void protestersGatheringIsAProtest() {
        Event e = single("تجمع مئات المتظاهرين أمس أمام مقر الولاية في مدينة قفصة رافعين شعارات تطالب بالتشغيل.");
        assertThat(e.eventType()).isEqualTo("Protests");
    }

    @Test
    void aCrowdGoingOutToTheStreetsIsAProtest() {
        Event e = single("وفي طهران، خرج عشرات الآلاف من أنصار المرشح الخاسر إلى الشوارع أمس، رافضين النتائج الرسمية للانتخابات.");
        assertThat(e.eventType()).isEqualTo("Protests");
        // troops in the streets are no crowd
        assertThat(events("وانتشرت قوات الجيش في الشوارع أمس بعد رفع حظر التجول في طهران.")).isEmpty();
    }

    @Test
    void protestersBlockingRoadsIsAProtest() {
        Event e = single("أغلق محتجون الطريق الرئيسي في مدينة صفاقس أمس احتجاجا على انقطاع المياه.");
        assertThat(e.eventType()).isEqualTo("Protests");
    }

    @Test
    void forceFiringOnProtestersWithDeathsIsExcessiveForce() {
        Event e = single("فتحت قوات الأمن النار على محتجين في مدينة الكوت أمس ما أسفر عن مقتل ثلاثة أشخاص.");
        assertThat(e.eventType()).isEqualTo("Protests");
        assertThat(e.subEventType()).isEqualTo("Excessive force against protesters");
        // gunmen firing on people who are not protesters stay an attack
        assertThat(single("فتح مسلحون النار على مدنيين في مدينة الكوت أمس ما أسفر عن مقتل ثلاثة أشخاص.").eventType())
                .isEqualTo("Violence against civilians");
    }

    @Test
    void protestersCountedAsTheDeadMakeExcessiveForce() {
        // «متظاهرا» (the accusative after a number) names the dead as protesters
        Event e = single("وأدت التظاهرات أمس إلى مقتل 12 متظاهرا في مدينة أم درمان.");
        assertThat(e.subEventType()).isEqualTo("Excessive force against protesters");
        assertThat(e.fatalities()).isEqualTo(12);
        // the one killed told after the doer, the manner and the day
        Event shot = single("وقتلت الشرطة، بالرصاص، أمس، متظاهرا في مدينة الناصرية.");
        assertThat(shot.subEventType()).isEqualTo("Excessive force against protesters");
        assertThat(shot.fatalities()).isEqualTo(1);
    }

    @Test
    void deathsAtADispersalWithLiveFireAreExcessiveForce() {
        Event e = single("واستخدمت قوات الأمن الذخيرة الحية لتفريق المحتجين في مدينة الناصرية أمس، مما أسفر عن سقوط ثلاثة قتلى.");
        assertThat(e.subEventType()).isEqualTo("Excessive force against protesters");
        assertThat(e.fatalities()).isEqualTo(3);
    }

    @Test
    void aPeacefulProtestKillsNoOne() {
        // the dead belong to the bombing the banners speak of
        Event e = single("ورفع المتظاهرون في مدينة الزرقاء أمس لافتات تندد بالتفجير الذي أسفر عن مقتل 52 شخصا في العاصمة.");
        assertThat(e.subEventType()).isEqualTo("Peaceful protest");
        assertThat(e.fatalities()).isNull();
    }

    @Test
    void protestersArrestedAreNoCountOfWounded() {
        Event e = single("وتواصلت الاحتجاجات الطلابية أمس في مدينة الخرطوم حيث اعتقل أكثر من 180 متظاهراً كما أصيب أكثر من 20 بجروح.");
        assertThat(e.subEventType()).isEqualTo("Protest with intervention");  // the arrests are the intervention
        assertThat(e.injured()).isEqualTo(20);
    }

    @Test
    void aBomberWhoTargetsProtestersIsTheEvent() {
        // «الانتحاري» is a person, not an event referred back to
        Event e = single("وأوضح أن الانتحاري استهدف صباح أمس متظاهرين في منطقة الدواسة وسط الموصل.");
        assertThat(e.subEventType()).isEqualTo("Suicide bomb");
        assertThat(e.actor2().name()).startsWith("Protesters");
    }

    @Test
    void clashesWithProtestersAreAViolentDemonstration() {
        Event e = single("وقتل شخص وأصيب عشرات آخرون أمس إثر صدامات بين قوات الشرطة ومتظاهرين في مدينة الرديف.");
        assertThat(e.subEventType()).isEqualTo("Violent demonstration");
    }

    @Test
    void aProtestThatWillBeHeldIsNoEvent() {
        Extracting.none("وأشارت المعلومات إلى أنه سيتم تقسيم المتظاهرين فرقا لإقفال الطرق بالإطارات المشتعلة في العاصمة بيروت.");
    }

    @Test
    void aSitInGoingOnIsReported() {
        // the verb before its subject is singular: «يعتصم آلاف المتظاهرين»
        Event e = single("ويعتصم آلاف المتظاهرين داخل مجمع يضم مقر الحكومة في مدينة البصرة.");
        assertThat(e.eventType()).isEqualTo("Protests");
        assertThat(single("ويتظاهر آلاف الأشخاص في مدينة البصرة احتجاجا على انقطاع الكهرباء.").eventType()).isEqualTo("Protests");
    }

    @Test
    void theDeathProtestedIsNotTheProtestsToll() {
        Event e = single("أطلقت الشرطة الغاز المسيل للدموع اليوم على محتجين تظاهروا في وسط مدينة الخرطوم احتجاجا على مقتل مدني أمس.");
        assertThat(e.eventType()).isEqualTo("Protests");
        assertThat(e.fatalities()).isNull();
        assertThat(single("خرج المئات في مسيرة وسط مدينة الخرطوم تنديدا بمقتل ثلاثة مدنيين أمس.").fatalities()).isNull();
    }

    @Test
    void aCrowdThatGathersAndBurnsIsAViolentDemonstration() {
        Event e = single("تجمع مئات الشباب مساء أمس في حي التضامن بمدينة تونس وأشعلوا النار في حاويات القمامة، ما دفع الوحدات الأمنية لتفريقهم.");
        assertThat(e.subEventType()).isEqualTo("Violent demonstration");
        assertThat(single("قام عشرات من أهالي القرية مساء أمس بإضرام النار في منازل عائلة في حي التضامن بمدينة تونس.").subEventType())
                .isEqualTo("Mob violence");
    }

    @Test
    void aProtestIsWhatItCameTo() {
        // the intervention is told in the next sentence; «أمام» (in front of) is no imam, nor any civilian side
        Event e = single("تظاهر مئات المواطنين أمس أمام مقر محافظة عدن احتجاجا على انقطاع الكهرباء. "
                + "وأغلق بعض المتظاهرين شارعا رئيسيا بالإطارات المشتعلة قبل أن تتدخل قوات الأمن وتفرقهم.");
        assertThat(e.subEventType()).isEqualTo("Protest with intervention");
        assertThat(e.actor2().name()).startsWith("Police Forces");
    }

    @Test
    void aForceThatDidNothingIsNoSideOfAPeacefulProtest() {
        Event e = single("خرج آلاف العراقيين إلى ساحة التحرير وسط بغداد اليوم رافعين صور الضحايا، وجرت التظاهرة بشكل"
                + " سلمي دون تسجيل أي احتكاك مع القوات الأمنية.");
        assertThat(e.subEventType()).isEqualTo("Peaceful protest");
        assertThat(e.actor2()).isNull();
    }

    @Test
    void stonesAgainstRiflesIsRioting() {
        Event e = single("قتل شاب برصاص الجنود خلال مواجهات اندلعت في بلدة بيتا اليوم، حيث رشق شبان الجنود بالحجارة،"
                + " فيما أطلق الجنود الرصاص الحي.");
        assertThat(e.eventType()).isEqualTo("Riots");
        // two armed sides with no stones thrown fight a battle
        assertThat(single("قتل مسلح خلال مواجهات اندلعت في بلدة بيتا اليوم بين الجنود ومسلحين أطلقوا النار على دورية.")
                .eventType()).isEqualTo("Battles");
    }

    @Test
    void tearGasCanistersAreNoBomb() {
        Event e = single("تجمع المحتجون أمس عند جسر في مدينة الناصرية، واستخدمت قوات الأمن عبوات الغاز المسيل للدموع لتفريقهم.");
        assertThat(e.eventType()).isEqualTo("Protests");
        assertThat(e.subEventType()).isEqualTo("Protest with intervention");
    }

    @Test
    void burningBinsIsRioting() {
        Event e = single("تجمع مئات الشبان مساء أمس في حي التحرير بمدينة بنزرت وأحرقوا حاويات القمامة احتجاجا على غلاء الأسعار.");
        assertThat(e.eventType()).isEqualTo("Riots");
        Event tyres = single("تجمع مئات الشبان مساء أمس في حي التحرير بمدينة بنزرت وأحرقوا الإطارات احتجاجا على غلاء الأسعار.");
        assertThat(tyres.eventType()).isEqualTo("Protests");
    }

    @Test
    void protestersOnlyNamedAsOthersSubjectIsNotAProtest() {
        assertThat(events("قالت الحكومة إنها ستفتح تحقيقا في مطالب المتظاهرين بمدينة البصرة."))
                .noneMatch(e -> e.eventType().equals("Protests"));
    }

    @Test
    void protestNounIsAProtest() {
        Event e = single("خرجت مظاهرة في مدينة الناصرية أمس تطالب بتحسين الخدمات.");
        assertThat(e.eventType()).isEqualTo("Protests");
    }

    @Test
    void peopleGatheringAndVoicingADemandAreProtesting() {
        Event e = single("تجمع عشرات الفلسطينيين أمس في ميدان المنارة وسط مدينة رام الله وهم يحملون لافتات تطالب بوقف الاستيطان.");
        assertThat(e.eventType()).isEqualTo("Protests");
    }

    @Test
    void gatheringAloneIsNotAProtest() {
        assertThat(events("تجمع الوزراء أمس في قاعة المؤتمرات بمدينة الرباط.")).isEmpty();
    }

    @Test
    void renewedProtestsAreReported() {
        // the definite noun is the subject of a verb that says it happened, not a reference back
        Event e = single("تجددت المظاهرات أمس في مدينة رانغون ضد النظام العسكري الحاكم.");
        assertThat(e.eventType()).isEqualTo("Protests");
    }

    @Test
    void neighbourhoodsAreNotCommemoration() {
        // «أحياء» (neighbourhoods) and «إحياء» (commemorating) are one word once normalised
        Event e = single("تظاهر أمس سكان أحياء وسط الخرطوم احتجاجا على إلغاء الميدان.");
        assertThat(e.eventType()).isEqualTo("Protests");
    }

    @Test
    void anOngoingSitInIsReported() {
        Event e = single("ويعتصم آلاف المتظاهرين أمس داخل مجمع يضم مقر الحكومة في مدينة بانكوك ويطالبون باستقالة رئيس الوزراء.");
        assertThat(e.eventType()).isEqualTo("Protests");
    }

    @Test
    void protestsThatSetOffAreReported() {
        Event e = single("وانطلقت مظاهرات احتجاج مماثلة في بلدة كوية بمحافظة أربيل.");
        assertThat(e.eventType()).isEqualTo("Protests");
    }

    @Test
    void aGatheringIsToldWhileAttacksAreOnlyDenied() {
        Event e = single("وتجمع أمس مئات المتظاهرين الغاضبين في الطرقات وأحرقوا الإطارات في مدينة كراتشي، في وقت نفى "
                + "فيه المتشددون مسؤوليتهم عن الهجومين الانتحاريين.");
        assertThat(e.eventType()).isEqualTo("Protests");
    }

    @Test
    void aGatheringCalledByAGroupIsNoCallForAFutureOne() {
        // «بدعوة من» names who organised it; «دعوة» alone may be a call for a protest still to come
        single("وتجمع عشرات الطلاب أمس في ساحة الجامعة بمدينة إربد بدعوة من اتحاد الطلبة وهم يرفعون لافتات تطالب بخفض الرسوم.");
    }

    @Test
    void aCrowdPouringIntoTheStreetsOfATownIsAProtest() {
        single("قال شهود إن آلاف المتظاهرين تدفقوا في شوارع مدينة الأبيض منذ الصباح يهتفون ضد الحكومة.");
    }

    @Test
    void aParamilitaryForceFacingProtestersIsTheOtherSide() {
        Event e = single("وقتل متظاهر بالرصاص أمس في مواجهات بين متظاهرين وقوات الدعم السريع في مدينة السوكي بولاية سنار.");
        assertThat(List.of(e.actor1().name(), e.actor2().name())).contains("Rapid Support Forces");
    }

    @Test
    void fightingThatWasStonesAgainstRiflesIsARiotAcrossSentences() {
        List<Event> events = events("استشهد شاب فلسطيني أمس خلال مواجهات اندلعت مع قوات الاحتلال التي اقتحمت مخيم بلاطة. "
                + "وقال سكان إن مواجهات اندلعت مع شبان رشقوا القوات بالحجارة فردت بإطلاق النار.");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).subEventType()).isEqualTo("Violent demonstration");
        assertThat(events.get(0).actor1().name()).startsWith("Rioters");
        assertThat(events.get(0).actor2().name()).isEqualTo("Military Forces of Israel");
    }

    @Test
    void anArmedGroupInTheFightingKeepsItABattle() {
        List<Event> events = events("قتل جندي إسرائيلي أمس خلال اشتباكات مع مسلحين من سرايا القدس في مخيم جنين. "
                + "وقال سكان إن شبانا رشقوا القوات بالحجارة.");
        assertThat(events).anySatisfy(e -> assertThat(e.eventType()).isEqualTo("Battles"));
    }

    @Test
    void woundedToldAloneAfterARiotAreItsWounded() {
        List<Event> events = events("اقتحم مئات المحتجين مبنى البرلمان في العاصمة بغداد اليوم وأضرموا النار في بعض مكاتبه "
                + "قبل أن تتدخل قوات الأمن وتطلق الغاز المسيل للدموع. وأصيب 25 شخصا بينهم 12 من عناصر الأمن.");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).eventType()).isEqualTo("Riots");
        assertThat(events.get(0).injured()).isEqualTo(25);
    }

    @Test
    void protestersWhoTriedToStormACordonAndWereDispersedAreAProtestWithIntervention() {
        // «حاولوا», «استخدمت»: verbs that say it happened, though neither is a word of protest or violence
        Event e = single("وحاول متظاهرون اقتحام الطوق الأمني المحيط بالسفارة مساء الثلاثاء، فاستخدمت قوات الأمن الغاز المسيل "
                + "للدموع لتفريقهم.");
        assertThat(e.subEventType()).isEqualTo("Protest with intervention");
    }

    @Test
    void protestersWhoRiotAreCodedAsRioters() {
        Event e = single("اقتحم مئات المحتجين مبنى مجلس محافظة ذي قار أمس وأضرموا النار في أجزاء منه، قبل أن تتدخل قوات "
                + "مكافحة الشغب وتعتقل عددا منهم.");
        assertThat(e.subEventType()).isEqualTo("Violent demonstration");
        assertThat(e.actor1().name()).startsWith("Rioters");
        assertThat(e.actor1().inter()).isEqualTo(5);
    }

    @Test
    void fireOnProtestersThatKilledNoOneIsAnIntervention() {
        // «الرصاص» is the object of «أطلقت», the force between them: no event referred to
        Event e = single("أطلقت قوات الأمن الرصاص على المتظاهرين في ساحة الخلاني وسط بغداد أمس.");
        assertThat(e.subEventType()).isEqualTo("Protest with intervention");
        assertThat(e.actor2().name()).startsWith("Police Forces");
    }

    @Test
    void protestersAlreadyToldVoicingTheirCauseReportNoProtestOfTheirOwn() {
        none("وهتف المتظاهرون أمس في ساحة التحرير بشعارات ضد الحكومة.");
        // a gathering in a relative clause describes the crowd
        none("وردد المتظاهرون الذين تجمعوا أمام مبنى البرلمان في مدينة الخرطوم شعارات تطالب برحيل الحكومة.");
        // after the protest is told, the detail joins it
        List<Event> both = events("تظاهر آلاف الطلاب أمس في مدينة الخرطوم احتجاجا على رفع الأسعار. "
                + "وردد المتظاهرون شعارات تطالب برحيل الحكومة أمام مبنى البرلمان.");
        assertThat(both).hasSize(1);
    }

    @Test
    void aCrowdCountedOrGatheringIsAProtestThoughItOnlyChants() {
        assertThat(single("هتف مئات المتظاهرين أمس في وسط مدينة الخرطوم ضد الحكومة.").eventType()).isEqualTo("Protests");
        assertThat(single("وتجمع المتظاهرون أمس في وسط مدينة الخرطوم وهتفوا ضد الحكومة.").eventType()).isEqualTo("Protests");
        assertThat(single("نظم مئات من أهالي الأسرى وقفة تضامنية أمس أمام مقر الصليب الأحمر في مدينة رام الله.").eventType())
                .isEqualTo("Protests");
    }

    @Test
    void aCrowdBrokenUpWhileVoicingADemandWasProtesting() {
        Event e = single("فرقت قوات الأمن بالهراوات أمس مئات الممرضين في ساحة الحرية للمطالبة بتثبيتهم في وظائفهم.");
        assertThat(e.subEventType()).isEqualTo("Protest with intervention");
        // fans dispersed after a match voiced no cause
        none("فرقت الشرطة بالغاز المسيل للدموع أمس مشجعي فريق الوداد بعد المباراة.");
    }

    @Test
    void joiningAStrikeIsAProtestThatTookPlace() {
        assertThat(single("دخل مئات الأطباء في مستشفيات العاصمة أمس في إضراب مفتوح عن العمل للمطالبة بتحسين الأجور.").eventType())
                .isEqualTo("Protests");
        none("دخل الاتفاق حيز التنفيذ أمس بعد إضراب استمر شهرا.");
    }

    @Test
    void youthsWhoWentAheadAndBlockedARoadProtested() {
        assertThat(single("أقدم عشرات الشبان مساء أمس على إغلاق الطريق الرئيسي في مدينة القصرين بالإطارات المشتعلة احتجاجا على "
                + "البطالة.").eventType()).isEqualTo("Protests");
    }

    @Test
    void inProtestAtNamesAProtestOnlyForAnActOfProtest() {
        // shops shut «احتجاجا على» is a strike; a resignation or a conversion «احتجاجا على» is no demonstration
        assertThat(single("أغلق التجار في سوق المدينة محالهم أمس احتجاجا على ضرائب جديدة فرضتها البلدية.").eventType())
                .isEqualTo("Protests");
        none("استقال وزير الصحة أمس احتجاجا على خفض موازنة وزارته.");
        none("وقد أسلم بعضهم احتجاجا على تلك الحروب التي شنت باسم الدين.");
        none("ومعروف أن بعض المسيحيين اسلموا احتجاجا على هذه الحروب وسقط منهم عشرات الآلاف من القتلى.");
    }

    @Test
    void aLongJourneyIsNoMarch() {
        none("مسيرة طويلة لم تنته الى اليوم تعرض خلالها سكان المدينة للتهجير.");
        none("وأشاد الوزير أمس بمسيرة السلام التي بدأت قبل عشرين عاما.");
        assertThat(single("خرجت أمس مسيرة حاشدة في شوارع مدينة الرباط تنديدا بغلاء الأسعار.").eventType()).isEqualTo("Protests");
    }

    @Test
    void aFilmFestivalAndASilentCoachAreNoProtests() {
        none("افتتحت امس في مكتبة الإسكندرية تظاهرة سينمائية تستمر أسبوعا وتعرض خلالها أفلام من عشرين دولة.");
        none("اعتصم المدرب بالصمت ورفض الإدلاء بأي تصريح للصحافيين عقب الهزيمة امس.");
    }

    @Test
    void aSitInOrAStrikeBegunIsAProtest() {
        assertThat(single("بدأت قوى المعارضة امس اعتصاما مفتوحا في ساحة رياض الصلح وسط بيروت للمطالبة باستقالة الحكومة.")
                .eventType()).isEqualTo("Protests");
        // who called the strike, told after it, does not make it a call
        assertThat(single("دخل أساتذة التعليم الثانوي امس في إضراب مفتوح دعت إليه نقابات مستقلة في مدينة وهران.")
                .eventType()).isEqualTo("Protests");
        none("دعت النقابات المستقلة امس إلى إضراب مفتوح في مدينة وهران.");
    }

    @Test
    void protestersWhoStormABuildingAreAViolentDemonstration() {
        Event storm = single("اقتحم آلاف المحتجين مقر الحكومة في العاصمة كولومبو أمس السبت.");
        assertThat(storm.subEventType()).isEqualTo("Violent demonstration");
        assertThat(storm.actor1().name()).isEqualTo("Rioters");
        // protesters killed are no doers: the clause stays what it was
        assertThat(single("قتل متظاهران برصاص الشرطة أمس في مدينة الناصرية.").eventType()).isNotEqualTo("Riots");
    }

    @Test
    void supportersTearGassedAfterTheyGatheredToDemandWereProtesting() {
        Event e = single("أطلقت الشرطة الغاز المسيل للدموع على مئات من أنصار الحزب المعارض في مدينة قسنطينة أمس، بعدما تجمعوا "
                + "للمطالبة بالإفراج عن قادتهم، واعتقلت العشرات منهم.");
        assertThat(e.subEventType()).isEqualTo("Protest with intervention");
        // an arrest with no crowd is an arrest
        assertThat(single("اعتقلت الشرطة أمس العشرات من أنصار الحزب المعارض في مدينة قسنطينة.").subEventType()).isEqualTo("Arrests");
    }

    @Test
    void protestersWhoWentOnToStormAndSmashRioted() {
        Event e = single("أحرق محتجون غاضبون من انقطاع المياه الإطارات أمام مبنى البلدية في مدينة الكوت مساء الأحد، قبل أن "
                + "يقتحموا باحته ويحطموا نوافذه.");
        assertThat(e.subEventType()).isEqualTo("Violent demonstration");
    }

    @Test
    void forceThatMetARiotingCrowdIsPartOfTheRiot() {
        Event e = single("تحولت احتجاجات أمس في مدينة كيسنغاني إلى أعمال عنف، إذ رشق محتجون غاضبون مقرا حكوميا بالحجارة "
                + "وأضرموا النار في سياراته، قبل أن تطلق الشرطة النار لتفريقهم، ما أدى إلى مقتل متظاهر.");
        assertThat(e.subEventType()).isEqualTo("Violent demonstration");
        assertThat(e.fatalities()).isEqualTo(1);
        Event peaceful = single("أطلقت الشرطة النار أمس على متظاهرين سلميين في مدينة كيسنغاني، ما أدى إلى مقتل متظاهر.");
        assertThat(peaceful.subEventType()).isEqualTo("Excessive force against protesters");
    }

    @Test
    void aCrowdThatGatheredForASitInIsProtesting() {
        Event e = single("احتشد آلاف من أنصار المعارضة أمس في ساحة الحرية وسط مدينة صور وأقاموا خياما للاعتصام المفتوح.");
        assertThat(e.eventType()).isEqualTo("Protests");
    }

    @Test
    void aSitInContinuedByACrowdTheLexiconDoesNotNameIsTold() {
        Event e = single("واصل مئات من أنصار المعارضة اعتصامهم أمام مبنى البرلمان في مدينة الكويت لليوم الثالث.");
        assertThat(e.eventType()).isEqualTo("Protests");
    }

    @Test
    void aMarchThatThousandsJoinedHappened() {
        Event e = single("مسيرة حاشدة في مدينة صفاقس شارك فيها الآلاف للمطالبة بالتنمية والتشغيل.");
        assertThat(e.eventType()).isEqualTo("Protests");
    }

    @Test
    void aCrowdThatStormsVoicingDemandsRiots() {
        Event e = single("اقتحم آلاف من أنصار التيار الصدري مبنى البرلمان في مدينة بغداد مطالبين بإصلاحات سياسية.");
        assertThat(e.eventType()).isEqualTo("Riots");
    }

    @Test
    void aCrowdCountedAsItDemonstratesIsAReportWithoutPlaceOrDay() {
        Event e = single("تظاهر آلاف العمال مطالبين بزيادة الأجور وتحسين ظروف العمل.");
        assertThat(e.eventType()).isEqualTo("Protests");
        // a force counted is no crowd
        none("انتشر آلاف رجال الشرطة لحراسة المطار وسط إجراءات أمنية مشددة.");
    }

    @Test
    void theViolenceAProtestIsAgainstIsOnlyReferredTo() {
        Event e = single("تظاهر آلاف من رجال القبائل أمس في مدينة ميرانشاه احتجاجا على غارة صاروخية نفذتها طائرة من دون طيار.");
        assertThat(e.eventType()).isEqualTo("Protests");
    }

    @Test
    void soldiersWhoOpenFireOnACrowdAreTold() {
        // «النار» is the object of «فتح», its subject between: the fire is told, not referred to
        Event e = single("فتح جنود بورميون النار أمس على حشد من المتظاهرين بقيادة الرهبان ما أدى إلى مقتل عدد منهم.");
        assertThat(e.eventType()).isEqualTo("Protests");
    }

    @Test
    void backgroundInARelativeClauseLeavesTheProtestStanding() {
        Event e = single("شارك الآلاف في مسيرة حاشدة في مدينة كالي للمطالبة بالإفراج عن الرهائن الذين تحتجزهم الحركة منذ سنوات.");
        assertThat(e.eventType()).isEqualTo("Protests");
    }

    @Test
    void aMarchAgainstACourtIsAMarch() {
        Event e = single("خرج آلاف في مسيرات حاشدة في مدينة الخرطوم رفضا لمذكرة التوقيف التي أصدرتها المحكمة بحق الرئيس.");
        assertThat(e.eventType()).isEqualTo("Protests");
    }

    @Test
    void womenGatheringAndVoicingDemandsProtest() {
        Event e = single("تجمعت عشرات النساء أمام مقر الحكومة في مدينة غروزني مطالبات بالكشف عن مصير أبنائهن.");
        assertThat(e.eventType()).isEqualTo("Protests");
    }

    @Test
    void processionsAreMarches() {
        Event e = single("شهدت مدينة عطبرة أمس مواكب سلمية حاشدة طالبت بعودة الحكم المدني.");
        assertThat(e.eventType()).isEqualTo("Protests");
    }

    @Test
    void aProtestThatDescribesAPersonIsNoProtest() {
        // the one abducted organised protests: the abduction is the event, the protests describe him
        Event e = single("أقدم مسلحون مجهولون مساء السبت على اختطاف الناشط المدني، أحد منظمي الاحتجاجات المطالبة بتحسين "
                + "الخدمات، من أمام منزله في حي الأصمعي وسط مدينة البصرة.", "2025-01-20");
        assertThat(e.subEventType()).isEqualTo("Abduction/forced disappearance");
    }

    @Test
    void aSitInBegunAfterTheQuotedNamesOfItsLeadersIsTold() {
        // the quotes round the parties' names are no words: the sit-in is still the object of «بدأ»
        Event e = single("بدأ مئات الآلاف من أنصار المعارضة اللبنانية بقيادة «حزب الله» و«التيار الوطني الحر» اعتصاماً مفتوحاً "
                + "في وسط بيروت أمس للمطالبة باستقالة الحكومة.");
        assertThat(e.eventType()).isEqualTo("Protests");
    }

    @Test
    void burningInProtestIsARiot() {
        Event e = single("أحرق أنصار الحزب الغاضبون مصارف ومحطات وقود وسيارات في مدينة كراتشي أمس احتجاجا على اغتيال زعيمة الحزب.");
        assertThat(e.eventType()).isEqualTo("Riots");
        assertThat(e.subEventType()).isEqualTo("Violent demonstration");
        // burning with no cause protested is destruction of property
        assertThat(single("أحرق مستوطنون منزلين وثلاث مركبات في قرية المغير أمس.").subEventType())
                .isEqualTo("Looting/property destruction");
    }

    @Test
    void thoseShotDeadByForcesFiringOnAMarchWereProtesters() {
        Event e = single("قتل شابان وأصيب خمسة آخرون مساء أمس برصاص قوات أمنية أطلقت النار على مسيرة سلمية خرجت في "
                + "مديرية المنصورة بمدينة عدن احتجاجا على انقطاع الكهرباء.");
        assertThat(e.subEventType()).isEqualTo("Excessive force against protesters");
        assertThat(e.fatalities()).isEqualTo(2);
    }

    @Test
    void aProtestThatTurnedViolentIsOneRiot() {
        List<Event> e = events("شهدت مدينة الرديف ليل الأحد احتجاجات ليلية عنيفة على خلفية نتائج مناظرة الانتداب. "
                + "وأفاد شهود بأن مجموعات من الشبان قطعوا الطرقات وأضرموا النار في إطارات مطاطية، قبل أن يرشقوا مركز الأمن "
                + "بالحجارة ويضرموا فيه النار.", "2026-04-14");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).subEventType()).isEqualTo("Violent demonstration");
    }

    @Test
    void riotPoliceAreNoRiot() {
        // «قوات مكافحة الشغب» name a police force; the protest they broke up stays a protest
        List<Event> e = events("تجمع نحو 200 متظاهر في وسط مدينة الخرطوم اليوم وهتفوا ضد الحكومة، قبل أن تفرقهم قوات مكافحة "
                + "الشغب بالغاز المسيل للدموع.");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).eventType()).isEqualTo("Protests");
        assertThat(e.get(0).subEventType()).isEqualTo("Protest with intervention");
    }

    @Test
    void aCrowdWhoseBannersDemandACondemnationStillProtests() {
        // «لافتات تطالب بوقف الاستيطان وإدانته»: the condemnation is what the crowd asks, no matter of the courts
        Event e = single("وتجمع عشرات الفلسطينيين في ميدان المنارة وسط مدينة رام الله وهم يحملون الأعلام ولافتات تطالب "
                + "بوقف الاستيطان وإدانته.");
        assertThat(e.eventType()).isEqualTo("Protests");
        // a court that condemns is still no protest
        none("وأدانت المحكمة في رام الله أمس المتهمين بتنظيم تجمع غير مرخص.");
    }

    @Test
    void aCrowdCountedBeforeWhatItDidIsAReport() {
        // «مليون متظاهر خرجوا …»: the count first, then the verb; told as a fact even with no place or day
        assertThat(events("مليون متظاهر خرجوا تحت حماية الشرطة للاحتجاج على قرار الحكومة.")).hasSize(1);
        // the dead counted are no crowd
        none("عشرون متظاهرا قتلوا في السنوات الماضية خلال الاحتجاجات.");
    }

    @Test
    void aSitInOnADayStandsThoughItsCauseGoesBackMonths() {
        // «منذ ثلاثة أشهر», «العام الماضي» describe the wages and the decree, not when the sit-in was
        Event e = single("نفذ مئات من عمال الشركة الليبية للحديد والصلب، أمس الأربعاء، اعتصاما أمام مقر الإدارة في مدينة "
                + "مصراتة، للمطالبة بصرف رواتبهم المتأخرة منذ ثلاثة أشهر وتفعيل قرار زيادة الأجور الصادر العام الماضي.",
                "2025-05-29");
        assertThat(e.eventType()).isEqualTo("Protests");
        assertThat(e.date()).hasToString("2025-05-28");
        // an anniversary told today of a day years ago is history
        none("تحل اليوم الخميس الذكرى الثانية عشرة لمجزرة الغوطة، حين استهدفت القوات فجر الحادي والعشرين من آب 2013 بلدة "
                + "زملكا بصواريخ محملة بغاز السارين، ما أدى إلى مقتل أكثر من 1400 شخص.", "2025-08-21");
    }
}

package org.rasad.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rasad.core.extract.Extracting.events;
import static org.rasad.core.extract.Extracting.none;
import static org.rasad.core.extract.Extracting.single;

import org.junit.jupiter.api.Test;
import org.rasad.core.model.Event;

/**
 * Violence a sentence names while it tells something else: in a relative clause, as what someone
 * is charged with, as the reason for a meeting. Each case has a report beside it that must stay.
 */
class BackgroundInASentenceTest {

    @Test
    void relativeClauseAboutAPersonIsBackground() {
        none("وحضر الحفل نجل الصحافي الذي اغتيل في تفجير استهدف موكبه في بيروت.");
        none("وأكد الوزير الإفراج عن الدبلوماسي الذي تم اختطافه في بغداد.");
        none("وأكد المسؤول أن الوكالتين اللتين تعرضتا لاعتداء انتحاري في العاصمة الجزائر ستبقيان في البلاد.");
    }

    @Test
    void aDeathToldInARelativeClauseIsBackground() {
        // the death word opens the relative clause; the air strike after it is part of what it tells
        none("وبرأت المحكمة المتهمين بالتعاون مع القيادي السابق في التنظيم، الذي قتل مع ستة من مرافقيه في غارة جوية قرب مدينة مأرب.");
        none("وكان المبعوث يشير إلى الوزير السابق الذي اغتيل في فبراير 2005 في العاصمة في تفجير.");
        single("قتل القيادي في التنظيم مع ستة من مرافقيه في غارة جوية قرب مدينة مأرب أمس.");
    }

    @Test
    void violenceNamedInTheAbstractIsNoReport() {
        // definite verbal nouns in a list are kinds of violence, not an incident; «القتل» is no verb of occurrence
        none("وقال إن أمام المسلحين طريقا أشرف من القتل والاختطاف والذبح في مدينة الموصل.");
        none("وأضاف أن النظام ما زال يساهم في القتل والاغتيال والاعتداء على المواطنين في مدينة طرابلس.");
        single("قتل مسلحون ثلاثة مواطنين واختطفوا رابعا أمس في مدينة الموصل.");
    }

    @Test
    void anIntentionIsNoReport() {
        // the arrest is told; the kidnapping they wanted is not
        assertThat(single("واعتقلت الشرطة أمس خمسة أشخاص يشتبه في أنهم أرادوا خطف جندي في مدينة برمنغهام.").subEventType())
                .isEqualTo("Arrests");
        none("وكشف المتحدث عن عزم عناصر التنظيم خطف أي أجنبي يصادفونه في المنطقة الحدودية.");
        single("خطف عناصر التنظيم أجنبيا أمس في المنطقة الحدودية قرب مدينة تمنراست.");
    }

    @Test
    void whatForcesManagedToDoHappened() {
        // «تمكنت … من … والقبض عليهم»: the arrest is told, with the verb well before the idiom
        single("وتمكنت قوات الأمن من ملاحقة العناصر المسلحة والقبض عليهم قرب مدينة سبها.");
    }

    @Test
    void theSameVerbInAMainClauseIsAReport() {
        single("اغتيل الصحافي أمس في تفجير استهدف موكبه في مدينة بيروت.");
    }

    @Test
    void wordsDescribingAReferredEventShareItsStatus() {
        // «في أعقاب هجوم انتحاري استهدف …»: the verb describes the attack the meeting followed
        none("عقد المسؤولون اجتماعا طارئا أمس في أعقاب هجوم انتحاري استهدف مدرسة للشرطة في مدينة بومرداس.");
    }

    @Test
    void aTollAfterTheWordThatRefersBackIsTheReferredEvents() {
        // the news is the diplomatic break and the beach left empty; the attack and its dead are why
        none("وقطعت الحكومة علاقاتها مع الجارة على خلفية هجوم شنه المتمردون على مدينة الجنينة وأسفر عن سقوط أكثر من 40 قتيلا.");
        none("وهجر المصطافون البلدة الساحلية منذ صباح أمس بسبب هجوم انتحاري استهدف مبنى خفر السواحل مخلفا ستة قتلى.");
        // a toll before the word of cause is the clause's own
        Event e = single("قتل ستة أشخاص أمس في مدينة الجنينة بعد هجوم شنه المتمردون على سوق المدينة.");
        assertThat(e.fatalities()).isEqualTo(6);
    }

    @Test
    void howAReferredEventCameAboutIsPartOfTheReference() {
        // the prize-giving is the news; the bombing says how the anniversary's assassination was done
        none("ونظمت الجريدة في بيروت أمس حفل توزيع الجائزة لمناسبة الذكرى الثانية لاغتيال رئيس تحريرها في تفجير سيارة مفخخة.");
        // the alert is the news; the march is where the referred suicide attack struck
        none("ووضعت مدن البلاد في حالة تأهب قصوى منذ هجوم انتحاري أسفر عن مقتل 28 شخصا في مسيرة سياسية ببلدة شارسادا.");
        // a verb after the comma starts what the clause tells
        Event e = single("وبعد مقتل ثلاثة جنود في هجوم انتحاري، شن الجيش أمس غارات على مواقع المسلحين في بلدة شارسادا.");
        assertThat(e.subEventType()).isEqualTo("Air/drone strike");
    }

    @Test
    void aWordyAttackIsNoViolence() {
        none("شن رئيس النادي لدى زيارته أمس مقر النادي في مدينة جدة هجوما لاذعا على بعض أعضاء الشرف.");
        none("وشنت أطراف المعارضة أمس هجوما حادا على الحكومة في العاصمة بيروت على خلفية قانون الانتخابات.");
        single("شن مسلحون أمس هجوما على نقطة أمنية في مدينة العريش.");
    }

    @Test
    void anInquiryOpenedAfterTheViolenceLeavesTheReport() {
        single("أقدم مسلحون على ذبح راعيين في منطقة جبلية قرب بلدة فريانة أمس، وأعلنت وزارة الداخلية فتح تحقيق في الحادثة.");
        // a court's ruling on a killing is about justice
        none("قضت محكمة الجنايات اليوم بالإعدام على ستة متهمين في قضية اغتيال ضابط شرطة في مدينة القاهرة.");
    }

    @Test
    void violenceToldWithItsDayBeforeAWordOfJusticeIsAReport() {
        single("وكانت وحدة من القوات الخاصة قد قتلت أمس ثلاثة من المتهمين بتفجير السوق في اشتباك قرب مدينة المكلا.");
        // the word of justice first, or violence with no day of its own: the sentence is about justice
        none("دانت المحكمة أمس ثلاثة متهمين بقتل خمسة جنود في هجوم على حاجز قرب مدينة المكلا.");
        none("وأمضى الناشط ليلة الخميس في معتقل للشرطة قبل أن تأمر المحكمة أمس بسجنه بتهمة الاعتداء على شرطي في مدينة سوسة.");
        // a march that condemns is still a march
        single("وخرجت تظاهرة في مدينة بعقوبة أمس تدين زيارة الرئيس.");
    }

    @Test
    void anArrestForAKillingIsAnArrest() {
        Event e = single("ألقت الشرطة القبض أمس على منفذ جريمة اغتيال الشيخ في مدينة النجف.");
        assertThat(e.eventType()).isEqualTo("Strategic developments");
        assertThat(e.subEventType()).isEqualTo("Arrests");
    }

    @Test
    void casualtiesOfItsOwnMakeAReport() {
        // «إثر انفجار» refers to the blast, but the clause tells its dead and wounded itself
        Event e = single("وشهدت العاصمة بغداد اليوم مقتل وإصابة 11 شخصا إثر انفجار عبوة ناسفة قرب مقهى في قضاء المدائن.");
        assertThat(e.subEventType()).isEqualTo("Remote explosive/landmine/IED");
    }

    @Test
    void datedChronologyEntryIsAReport() {
        // an undated text: the entry's own day opens the clause and says when it happened
        assertThat(Extracting.events("12 ديسمبر 2005: اغتيال الصحافي والنائب بتفجير سيارة مفخخة في مدينة بيروت.", null))
                .hasSize(1);
        none("وكان الصحافي قد تحدث مرارا عن اغتيال زملائه في مدينة بيروت.");
    }

    @Test
    void incidentCountedBackMonthsIsBackgroundEvenInAnUndatedArticle() {
        none("وقال المتحدث إن الرهينة التي خطفت قبل ثمانية أشهر في مدينة كركوك ما زالت محتجزة.");
        single("خطف مسلحون مهندسا قبل يومين في مدينة كركوك.");
    }

    @Test
    void deathSentencesAreNotKillings() {
        none("وصدر الحكم بالإعدام على 11 قياديا متمردا في العاصمة.");
    }

    @Test
    void exercisesInCaseOfAStrikeAreNotAStrike() {
        none("أجرت قوات الدفاع تدريبات ميدانية أمس في الخليج تحسبا لأي ضربة جوية.");
    }

    @Test
    void aSentenceCarriedOutIsNoKilling() {
        none("وفي الثاني من يناير 2008 أعدم 13 شخصا شنقا في سجن إيفين أيضا.");
        // a killing with no word of a sentence stays one
        assertThat(events("أعدم مسلحون 13 شخصا رميا بالرصاص في قرية قرب مدينة الرقة أمس.")).hasSize(1);
    }

    @Test
    void gasCylinderBlastIsAnAccident() {
        none("قتل شخصان أمس جراء انفجار أسطوانة غاز في مطعم بمدينة الزرقاء.");
        single("قتل شخصان أمس جراء انفجار عبوة ناسفة في سوق بمدينة الزرقاء.");
    }

    @Test
    void beatingIsTheMannerOfAnAttack() {
        Event e = single("اقتحمت قوة من الشرطة جامعا في بلدة تلعفر ليلة الخميس واعتدت على المصلين بالضرب.");
        assertThat(e.eventType()).isEqualTo("Violence against civilians");
    }

    @Test
    void theStartOfAnOngoingHuntIsBackground() {
        none("وما برحت السلطات تطارد عناصر الجماعة في جبل الشعانبي منذ ديسمبر الماضي عندما هاجموا نقطة حدودية "
                + "وقتلوا أحد أفراد الحرس الوطني.");
    }

    @Test
    void theWholeRelativeClauseIsBackground() {
        // «في تفجير» still belongs to the clause about the man
        none("وجاء ذلك في إشارة إلى رئيس الوزراء السابق الذي اغتيل قبل عامين في بيروت في تفجير.");
        single("اغتيل رئيس الوزراء السابق أمس في بيروت في تفجير استهدف موكبه.");
    }

    @Test
    void aCourtNamedAsAPlaceAfterReportedViolenceLeavesTheReport() {
        // the judge was shot on his way to the court: the verb told it; «المحكمة» is where he was going
        single("أطلق مجهولون النار على سيارة قاض أثناء توجهه إلى مقر المحكمة في مدينة سبها أمس ما أسفر عن إصابته بجروح.");
        // an execution or a list of crimes under investigation stays about justice
        none("وأعدم 13 شخصا شنقا في سجن إيفين أمس بعد إدانتهم بالقتل.");
    }

    @Test
    void aTollOfADecadeIsHistory() {
        none("ويقدر عدد ضحايا النزاع بين قوات الأمن والجماعات المسلحة في تسعينات القرن الماضي بنحو 200 ألف قتيل.");
    }

    @Test
    void fightingSinceADayLongPastIsAPeriodNotAnIncident() {
        none("وتدور معارك متقطعة في المنطقة منذ سيطرة الفصائل على مدينة منبج في 9 أبريل الماضي.", "2024-05-16");
        none("وقتل أكثر من 300 شخص في المدينة منذ مطلع الشهر الماضي.", "2024-05-16");
        // an ongoing hostage-taking dated by when it began is still told
        assertThat(events("وقال مسؤول إن مسلحين احتجزوا أربعة من رجال الشرطة رهائن في مدينة الصدر منذ مساء أول من أمس.", "2024-05-16"))
                .hasSize(1);
    }

    @Test
    void aTallyOfAttacksIsNoIncident() {
        none("وقد نفذت الجماعة منذ نوفمبر الماضي أكثر من مئة هجوم على سفن تجارية.", "2024-05-16");
        none("وكانت الجماعة قد أعلنت في 9 مايو الجاري أنها نفذت أكثر من مئة هجوم على سفن تجارية.", "2024-05-16");
        // rockets counted are the weapons of one attack
        assertThat(events("وقال شهود إن الطائرات أطلقت صباح امس خمسة صواريخ على موقع في بلدة عيتا الشعب.", "2024-05-16"))
                .hasSize(1);
    }

    @Test
    void whatWasCountedOverAWholeYearIsATally() {
        none("وأفاد تقرير نشر هذا الأسبوع بأن نحو 300 هجوم سجلت في الإقليم خلال 2023، وأن عدد القتلى تجاوز 900 شخص.",
                "2024-01-20");
        none("وقال المرصد في تقريره أمس إن أكثر من 1200 مدني قتلوا في ولاية كادونا طوال عام 2022.", "2023-01-10");
    }

    @Test
    void anIncidentToldInThePluperfectWeeksBeforeIsRecalled() {
        none("وكانت الجماعة نفسها قد هاجمت قرية تونغا في 2 مارس الماضي، في هجوم أودى بحياة 30 مدنيا.", "2025-04-05");
        // a few days before, the same form is news
        assertThat(events("وكانت الجماعة نفسها قد هاجمت قرية تونغا يوم الثلاثاء، في هجوم أودى بحياة 30 مدنيا.", "2025-04-05"))
                .hasSize(1);
    }

    @Test
    void aYearWrittenInWordsDatesHistoryToo() {
        none("وقتل آلاف المدنيين في مدينة حماة عام ألف وتسعمئة واثنين وثمانين خلال حملة عسكرية.");
        none("وقتل آلاف المدنيين في مدينة حماة عام 1982 خلال حملة عسكرية.");
    }

    @Test
    void aDayWordInANewspapersNameIsNoDate() {
        // «"المصري اليوم"»: the paper's name, not «today»; the Monday told after it is the day
        Event e = single("المنيا – «المصري اليوم»: أعلنت المطرانية أن العشرات من أهالي قرية العزيب هاجموا، مساء الاثنين، "
                + "منازل عدد من الأقباط ورشقوها بالحجارة.", "2026-02-26");
        assertThat(e.date()).hasToString("2026-02-23");
        // a day in brackets stays a date
        assertThat(single("قتل شرطيان اليوم (الخميس) في تفجير عبوة ناسفة استهدفت سيارتهما في مدينة عدن.", "2016-02-04")
                .date()).hasToString("2016-02-04");
    }

    @Test
    void aDatelinesDayIsWhenTheNewsWasFiledNotTheEvent() {
        // «الدلنج 2 فبراير 2026 — … الأحد»: Sunday is the shelling's day; the dateline's Monday only the report's
        Event e = single("الدلنج 2 فبراير 2026 — قتل 9 مدنيين وأصيب أكثر من 20 آخرين، الأحد، جراء قصف مدفعي شنته قوات الدعم "
                + "السريع على مدينة الدلنج.", "2026-02-02");
        assertThat(e.date()).hasToString("2026-02-01");
        // with no other day told, the dateline's day stands
        assertThat(single("الدلنج 2 فبراير 2026 — قتل 9 مدنيين جراء قصف مدفعي شنته قوات الدعم السريع على مدينة الدلنج.",
                "2026-02-02").date()).hasToString("2026-02-02");
    }

    @Test
    void sinceTheEarlyHoursIsNoDayOfAnAnnouncedSeizure() {
        // «استمرت منذ ساعات الصباح الأولى»: how long the fight went on; Monday, the day announced, is the nearest
        Event e = single("أعلنت قوات الدعم السريع، يوم الإثنين، بسط سيطرتها الكاملة على بلدة أم صميمة غرب مدينة الأبيض، عقب "
                + "معارك ضارية مع الجيش السوداني استمرت منذ ساعات الصباح الأولى.", "2025-11-05");
        assertThat(e.date()).hasToString("2025-11-03");
    }
}

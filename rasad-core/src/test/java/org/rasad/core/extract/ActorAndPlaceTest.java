package org.rasad.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rasad.core.extract.Extracting.events;
import static org.rasad.core.extract.Extracting.none;
import static org.rasad.core.extract.Extracting.single;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasad.core.model.Event;

/** Who did it to whom, and where, with evidence that quotes the original text. */
class ActorAndPlaceTest {

    @Test
    void aliasesResolveToOneCanonicalActor() {
        Event e = single("شن تنظيم الدولة الإسلامية أمس هجوما على دورية للجيش العراقي قرب بلدة الطارمية أسفر عن مقتل جنديين.");
        assertThat(e.actor1().name()).isEqualTo("Islamic State (Iraq)");
        assertThat(e.actor2().name()).isEqualTo("Military Forces of Iraq");
    }

    @Test
    void theOrganisationMeansTheGroupInFocus() {
        Event e = single("أعلن تنظيم داعش في ليبيا مسؤوليته عن الهجوم. وكان التنظيم قد هاجم أمس حاجزا للشرطة الليبية في مدينة سبها ما أسفر عن مقتل شرطي.");
        assertThat(e.actor1().name()).isEqualTo("Islamic State (Libya)");
    }

    @Test
    void countryAdjectivePinsAGenericForce() {
        Event e = single("قتل سبعة جنود من الجيش المصري أمس في انفجار عبوة ناسفة استهدفت مدرعة في مدينة العريش.");
        assertThat(e.actor2().name()).isEqualTo("Military Forces of Egypt");
    }

    @Test
    void unnamedAttackersAreUnidentified() {
        Event e = single("قتل مدني أمس برصاص مسلحين مجهولين في بلدة الشحيل.");
        assertThat(e.actor1().name()).startsWith("Unidentified Armed Group");
    }

    @Test
    void thePoliceThatGivesABombsTollIsNotItsTarget() {
        Event e = single("ارتفعت حصيلة ضحايا الهجوم الانتحاري الذي استهدف سوقا شعبيا في مدينة مايدوغوري أمس إلى 18 قتيلا"
                + " و40 جريحا، بحسب ما أعلنت الشرطة النيجيرية اليوم.");
        assertThat(e.actor2().name()).startsWith("Civilians");
    }

    @Test
    void aBombWithNoDoerNamedIsAnUnidentifiedGroupsAmongPeople() {
        Event e = single("قتل وأصيب 11 شخصا أمس إثر انفجار عبوة ناسفة قرب مقهى في بلدة المدائن.");
        assertThat(e.actor1().name()).startsWith("Unidentified Armed Group");
        assertThat(e.actor2().name()).startsWith("Civilians");
        // shells are fired by a force the text may not name: no doer is made up for them
        Event shelled = single("سقطت قذيفة هاون أمس على سوق في بلدة المدائن ما أدى إلى مقتل وإصابة 11 شخصا.");
        assertThat(shelled.actor1() == null || !shelled.actor1().name().startsWith("Unidentified")).isTrue();
    }

    @Test
    void gunmenOfTheOrganisationAreItsMenAndTheOrganisationIsTheGroupCalledSo() {
        // «التنظيم» is the group called «تنظيم …», not the militia named as often
        Event e = single("ويتهم الحشد الشعبي تنظيم الدولة الإسلامية بالهجوم. وشن مسلحون من التنظيم أمس هجوما على نقطة"
                + " تفتيش تابعة للحشد الشعبي في بلدة المطيبيجة أدى إلى مقتل أحد عناصر الحشد.");
        assertThat(e.actor1().name()).startsWith("Islamic State");
        assertThat(e.actor2().name()).isEqualTo("Popular Mobilization Forces");
    }

    @Test
    void thePlainArmyIsTheOneFactionNamedAndBetweenNamesBothSides() {
        Event e = single("اندلعت اشتباكات عنيفة فجر اليوم بين قوات الجيش الوطني الليبي ومجموعة مسلحة في منطقة الحمادة،"
                + " أسفرت عن مقتل ثلاثة من عناصر الجيش وسبعة من المسلحين.");
        assertThat(e.actor1().name()).isEqualTo("Military Forces of Libya (Libyan National Army)");
        assertThat(e.actor2().name()).startsWith("Unidentified Armed Group");
        assertThat(e.fatalities()).isEqualTo(10);
        // two factions named: the plain army stays plain
        Event two = single("قتل ثلاثة من عناصر الجيش أمس في اشتباكات بين قوات الجيش الوطني الليبي وقوات حكومة الوحدة"
                + " الوطنية في منطقة الحمادة.");
        assertThat(two.actor1().name()).isEqualTo("Military Forces of Libya (Libyan National Army)");
        assertThat(two.actor2().name()).isEqualTo("Military Forces of Libya (Government of National Unity)");
    }

    @Test
    void twoTribesAreBothSides() {
        Event e = single("اندلعت اشتباكات مسلحة أمس بين قبيلتين في منطقة الجوف على خلفية نزاع على أرض، أسفرت عن سقوط"
                + " قتيلين.");
        assertThat(e.actor1().name()).startsWith("Unidentified Tribal Militia");
        assertThat(e.actor2().name()).isEqualTo(e.actor1().name());
    }

    @Test
    void whoFoundTheDeadDidNotKillThem() {
        Event e = single("عثرت الشرطة على ثلاث جثث مجهولة الهوية مقتولة بالرصاص وعليها آثار تعذيب في قضاء المقدادية أمس.");
        assertThat(e.actor1().name()).startsWith("Unidentified Armed Group");
        assertThat(e.actor2().name()).startsWith("Civilians");
    }

    @Test
    void residentsWhoTellWhatHappenedAreNoVictims() {
        Event e = single("وقال سكان إن مسلحين أطلقوا النار على حاجز للجيش شمال مدينة الرمادي أمس.");
        assertThat(e.eventType()).isEqualTo("Battles");
        assertThat(e.actor2() == null || !e.actor2().name().startsWith("Civilians")).isTrue();
    }

    @Test
    void counterTerrorismForcesAreAStateForceAndTheirDeadCountedWithMin() {
        Event e = single("وقتلت قوات مكافحة الإرهاب أول من أمس أربعة من أعضاء الخلية في مدينة مأرب.");
        assertThat(e.actor1().inter()).isEqualTo(1);
        assertThat(e.fatalities()).isEqualTo(4);
    }

    @Test
    void aNewsAgencysCountryIsNotWhereTheNewsIs() {
        Event e = single("وقال مسؤول لوكالة الأنباء الألمانية إن مسلحين قتلوا ثلاثة جنود عراقيين أمس في محافظة ديالى.");
        assertThat(e.actor2().name()).isEqualTo("Military Forces of Iraq");
    }

    @Test
    void anAccusativeAdjectiveIsNoActorButACountedNounIs() {
        // «هجوما مسلحا» is an armed attack, not gunmen; «20 إرهابيا» are people of the other side
        Annotations a = new Annotations(new TextIndex("وأكد الجيش أمس أنه صد هجوما مسلحا على موقع في منطقة موبتي وقتل 20 إرهابيا."),
                Lexicon.bundled(), null);
        assertThat(a.actors.stream().map(m -> a.ix.word(m.start()))).contains("ارهابيا").doesNotContain("مسلحا");
        Event both = single("هاجم مسلحون موقعا للجيش المالي في منطقة موبتي الثلاثاء وقتلوا 11 جنديا، "
                + "وأكد الجيش أنه صد الهجوم وقتل 20 إرهابيا.");
        assertThat(both.fatalities()).isEqualTo(31);
    }

    @Test
    void theTownTheArticleNamedIsWhereATollAtTheTownWasTold() {
        // the denial names Nyala; the report of the dead says only «the town»
        Event e = single("نفى الجيش، اليوم، أن تكون طائراته قد قصفت سوقا في مدينة نيالا. "
                + "وكانت مصادر محلية قد أفادت بمقتل 23 مدنيا في غارة جوية على سوق المدينة الثلاثاء.");
        assertThat(e.location().nameAr()).isEqualTo("نيالا");
        assertThat(e.fatalities()).isEqualTo(23);
    }

    @Test
    void theDesertOfATownIsNearTheTownAndApartFromAnotherTown() {
        List<Event> events = Extracting.events("وثق المرصد اليوم مقتل ثلاثة عناصر من قوات النظام جراء استهدافهم بعبوة ناسفة في بادية حمص الشرقية. "
                + "كما قتل مدني برصاص مجهولين في بلدة الصنمين بريف درعا الشمالي.", "2026-04-02");
        assertThat(events).hasSize(2);
        assertThat(events.get(0).location().nameAr()).isEqualTo("حمص");
    }

    @Test
    void aBombNobodyClaimedBesideAPoliceStationIsNotThePolices() {
        // the force named in brackets is the one the words before it mean
        Event e = single("انفجرت سيارة مفخخة أمام مقر للشرطة في مدينة القامشلي مساء أمس، ما أسفر عن مقتل عنصرين "
                + "من قوى الأمن الداخلي (الأسايش) وإصابة خمسة مدنيين.");
        assertThat(e.actor1().name()).startsWith("Unidentified Armed Group");
        assertThat(e.actor2().name()).isEqualTo("Asayish (Syria)");
    }

    @Test
    void theForcesOfASomaliRegionAreASideOfTheirOwn() {
        Event e = single("قتل سبعة أشخاص في تبادل لإطلاق النار بين عناصر من الجيش الوطني وقوات بونتلاند في بلدة جالكعيو يوم الأحد.");
        assertThat(e.actor2().name()).isEqualTo("Puntland Security Forces");
    }

    @Test
    void theDatelineIsWhereTheNewsWasFiledNotWhereItHappened() {
        // a series of strikes the army says it carried out is reported; the terrorists own the gatherings it hit
        Event e = single("باماكو - أعلنت القوات المسلحة المالية، في بيان أمس، أنها نفذت سلسلة ضربات جوية استهدفت "
                + "تجمعات لإرهابيين في منطقة سيغو وسط البلاد.");
        assertThat(e.location().nameAr()).isEqualTo("سيغو");
        assertThat(e.subEventType()).isEqualTo("Air/drone strike");
        assertThat(e.actor1().name()).startsWith("Military Forces");
    }

    @Test
    void theCapitalInAppositionIsTheCity() {
        Event e = single("نظم عشرات الصحفيين اليوم وقفة احتجاجية أمام مقر النقابة بالعاصمة تونس للمطالبة بالإفراج عن زملائهم.");
        assertThat(e.location().nameAr()).isEqualTo("تونس");
    }

    @Test
    void anOperationsCommandAnnouncesArrests() {
        Event e = single("أعلنت قيادة عمليات الأنبار اعتقال خمسة إرهابيين في قضاء الرطبة.");
        assertThat(e.subEventType()).isEqualTo("Arrests");
        assertThat(e.actor1().name()).startsWith("Military Forces");
    }

    @Test
    void artilleryIsAForceAndTakesItsCountry() {
        Event e = single("قصفت المدفعية التركية، مساء أمس، قرى في ريف منبج الشمالي، ما أدى إلى إصابة ثلاثة مدنيين،"
                + " وفق ما أفاد مجلس منبج العسكري.");
        assertThat(e.actor1().name()).isEqualTo("Military Forces of Turkey");
    }

    @Test
    void whoSupportsTheSideFightingIsNotASide() {
        Event e = single("أعلن الجيش الصومالي مقتل 30 عنصرا من حركة الشباب في عملية عسكرية نفذها بدعم من القوات"
                + " الأمريكية في منطقة مدق وسط البلاد.");
        assertThat(e.actor1().name()).startsWith("Military Forces of Somalia");
        assertThat(e.actor2().name()).isEqualTo("Al Shabaab");
    }

    @Test
    void aRankServesInTheForceNamedAfterIt() {
        Event e = single("اغتال مسلحون مجهولون أمس ضابطا في الشرطة قرب منزله في مدينة عدن.");
        assertThat(e.actor2().name()).startsWith("Police Forces");
        assertThat(e.actor1().name()).startsWith("Unidentified Armed Group");
    }

    @Test
    void whoeverIsAssassinatedIsTheTarget() {
        // «قام مسلحون … باغتيال ضابط»: the officer after the act is its object, the gunmen its doers
        Event e = single("قام مسلحون أمس باغتيال ضابط في الجيش قرب منزله في مدينة عدن.");
        assertThat(e.actor1().name()).startsWith("Unidentified Armed Group");
        assertThat(e.actor2().name()).startsWith("Military Forces");
    }

    @Test
    void placeWithItsTypeWord() {
        Event e = single("قتل 3 مدنيين أمس في قصف مدفعي على بلدة النيرب.");
        assertThat(e.location().nameAr()).isEqualTo("النيرب");
        assertThat(e.location().geoPrecision()).isEqualTo(1);
    }

    @Test
    void nearAPlaceIsPrecisionTwo() {
        Event e = single("قتل جنديان أمس في انفجار لغم بالقرب من مدينة مرزق.");
        assertThat(e.location().nameAr()).isEqualTo("مرزق");
        assertThat(e.location().relation()).isEqualTo("near");
        assertThat(e.location().geoPrecision()).isEqualTo(2);
    }

    @Test
    void aRegionOfTheCountryIsARegionEvenWhenTheCountryIsNotKnown() {
        // no actor or place says which country «البلاد» is: still a region, never a place called «البلاد»
        Event e = single("قتل نحو 20 شخصا الخميس في غارات على قرى في شمال البلاد.");
        assertThat(e.location()).satisfiesAnyOf(
                l -> assertThat(l).isNull(),
                l -> assertThat(l.relation()).isEqualTo("region"));
    }

    @Test
    void gunmenSuspectedOfBelongingToAGroupAreThatGroup() {
        Event e = single("هاجم مسلحون يشتبه بأنهم من جماعة بوكو حرام قرية قرب مدينة مايدوغوري أمس فقتلوا سبعة مدنيين.");
        assertThat(e.actor1().name()).isEqualTo("Boko Haram");
        // unknown gunmen stay unknown, whatever group the article goes on to name
        Event unknown = single("هاجم مسلحون مجهولون قرية قرب مدينة مايدوغوري أمس فقتلوا سبعة مدنيين من جماعة الصيادين.");
        assertThat(unknown.actor1().name()).startsWith("Unidentified Armed Group");
    }

    @Test
    void anAirStrikeWithNoDoerNamedIsTheAirForceTheArticleNames() {
        List<Event> events = Extracting.events("قتل خمسة مدنيين أمس في غارة لطيران التحالف العربي على منزل في محافظة مأرب. "
                + "وأشار الموقع إلى مقتل مدنيين اثنين في غارة جوية اليوم في محافظة الحديدة.");
        assertThat(events).hasSize(2);
        assertThat(events).allSatisfy(e -> assertThat(e.actor1().name()).contains("Saudi-led Coalition"));
        // two air forces named: a strike told without its doer stays unattributed
        List<Event> two = Extracting.events("قتل خمسة مدنيين أمس في غارة لطائرات روسية على منزل في مدينة إدلب شمال غربي سوريا. "
                + "وقصفت طائرات النظام السوري أمس بلدة سراقب ما أدى إلى مقتل طفلين. "
                + "وقتل ثلاثة مدنيين اليوم في غارة جوية على بلدة أريحا.");
        assertThat(two.get(0).actor1().name()).isEqualTo("Military Forces of Russia");
        assertThat(two.get(two.size() - 1).actor1()).satisfiesAnyOf(
                a -> assertThat(a).isNull(), a -> assertThat(a.name()).startsWith("Unidentified"));
    }

    @Test
    void whoeverDidAnEarlierEventReferredToIsNoSide() {
        // the rebels of the ambush days before are no side of the bombing the sentence reports
        Event e = single("ودمر هجوم مزدوج أمس تبنته حركة الشباب موقفا للسيارات في مدينة مقديشو وأوقع 18 قتيلا، "
                + "وذلك بعد أيام من كمين نصبه متمردون ضد موكب الرئيس.");
        assertThat(e.actor1().name()).isEqualTo("Al Shabaab");
        assertThat(e.actor2()).satisfiesAnyOf(
                a -> assertThat(a).isNull(), a -> assertThat(a.name()).doesNotStartWith("Unidentified"));
    }

    @Test
    void aGenericForceOfACountryNamedWithTheTakesTheArticle() {
        // ACLED writes «Military Forces of the United States», and «Civilians (United States)»
        Event e = single("قتل ثلاثة جنود أمريكيين أمس في هجوم بطائرة مسيرة على قاعدة عسكرية في محافظة الأنبار.");
        assertThat(List.of(e.actor1() == null ? "" : e.actor1().name(), e.actor2() == null ? "" : e.actor2().name()))
                .contains("Military Forces of the United States");
    }

    @Test
    void anAliasOfTwoGroupsIsTheOneOfTheArticlesCountry() {
        Event sahel = single("خطف مسلحون ينتمون إلى جماعة أنصار الإسلام ثلاثة معلمين من مدرسة في قرية شمال بوركينا فاسو أمس.");
        assertThat(sahel.actor1().name()).isEqualTo("Ansaroul Islam");
        Event iraq = single("هاجم مسلحون من جماعة أنصار الإسلام أمس نقطة للشرطة العراقية في قضاء طوزخورماتو ما أدى إلى مقتل شرطيين.");
        assertThat(iraq.actor1().name()).isEqualTo("Ansar al-Islam");
    }

    @Test
    void thoseAVehicleCarriedAreWhomTheStrikeHit() {
        Event e = single("استهدفت طائرة مسيرة مجهولة أمس سيارة تقل قياديين في الحشد الشعبي قرب مدينة القائم ما أدى إلى مقتلهما.");
        assertThat(e.actor2().name()).isEqualTo("Popular Mobilization Forces");
        assertThat(e.actor1()).satisfiesAnyOf(a -> assertThat(a).isNull(),
                a -> assertThat(a.name()).isNotEqualTo("Popular Mobilization Forces"));
    }

    @Test
    void anAnchorBeginningWithTheLetterOfACliticKeepsIt() {
        // «بغداد», «بنغازي», «بيروت» begin with «ب», which is no clitic there (it was dropped: «غداد» matched nothing)
        assertThat(single("قتل خمسة أشخاص أمس في انفجار سيارة مفخخة في منطقة البلديات شرقي بغداد.").location().anchorAr())
                .isEqualTo("بغداد");
        assertThat(single("قتل جنديان أمس في هجوم على حاجز في منطقة القوارشة غرب بنغازي.").location().anchorAr())
                .isEqualTo("بنغازي");
    }

    @Test
    void aCountedForceTakesTheAdjectiveWrittenLikeItsCountrysName() {
        // «15 جنديا إثيوبيا»: Ethiopian soldiers, and no place called Ethiopia
        Event e = single("أعلنت حركة الشباب أمس قتل 15 جنديا إثيوبيا في هجوم على قاعدة في بلدة بولو برتي.");
        assertThat(e.casualties()).extracting(c -> c.actor()).containsExactly("Military Forces of Ethiopia");
        assertThat(e.location().nameAr()).isEqualTo("بولو برتي");
    }

    @Test
    void theAttackersAreNeverTheOtherSide() {
        Event e = single("هاجم مقاتلو حركة الشباب فجر أمس قاعدة تتمركز فيها قوات إثيوبية في بلدة بولو برتي، "
                + "واستمرت المعارك ساعتين قبل أن ينسحب المهاجمون.");
        assertThat(e.actor1().name()).isEqualTo("Al Shabaab");
        assertThat(e.actor2()).satisfiesAnyOf(a -> assertThat(a).isNull(),
                a -> assertThat(a.name()).doesNotStartWith("Unidentified"));
    }

    @Test
    void aStrikeNamedWithANationalityWasThatCountrysForces() {
        assertThat(single("ارتفعت حصيلة القصف الإسرائيلي على مدينة خان يونس اليوم إلى 27 قتيلا بينهم تسعة أطفال.").actor1().name())
                .isEqualTo("Military Forces of Israel");
        assertThat(single("قتل صحفي أمس في غارة أمريكية استهدفت سيارة قرب مدينة مأرب.").actor1().name())
                .isEqualTo("Military Forces of the United States");
        // a nationality after other words stays with the people it describes: Egyptian soldiers are the target
        Event e = single("قتل خمسة جنود مصريين أمس في هجوم شنه مسلحون على حاجز قرب مدينة العريش.");
        assertThat(e.actor1().name()).startsWith("Unidentified Armed Group");
        assertThat(e.actor2().name()).isEqualTo("Military Forces of Egypt");
    }

    @Test
    void offsetFromAPlaceKeepsAnchorBearingAndDistance() {
        Event e = single("قتل 3 جنود أمس في هجوم على دورية في جبل عصيدة غرب القطرون بحوالي 80 كيلومترا.");
        assertThat(e.location().relation()).isEqualTo("offset");
        assertThat(e.location().anchorAr()).isEqualTo("القطرون");
        assertThat(e.location().bearing()).isEqualTo(270);
        assertThat(e.location().distanceKm()).isEqualTo(80.0);
    }

    @Test
    void evidenceQuotesTheOriginalCharacters() {
        String text = "قتل جنديـان أمس في انفجار عبوة ناسفة في قضاء الطارمية.";
        Event e = single(text);
        e.evidence().forEach(ev -> assertThat(text.substring(ev.start(), ev.end())).isEqualTo(ev.text()));
        e.claims().forEach(c -> assertThat(text.substring(c.evidence().start(), c.evidence().end())).isEqualTo(c.evidence().text()));
    }

    @Test
    void dateResolvedAgainstTheArticlesOwnDateline() {
        Event e = Extracting.events("""
                القاهرة - وكالة الأنباء الأحد 12 يناير 2025, 10:30 صباحا
                قتل 4 جنود أمس السبت في هجوم على حاجز عسكري في مدينة درنة.
                """, null).get(0);
        assertThat(e.date()).hasToString("2025-01-11");
        assertThat(e.timePrecision()).isEqualTo(1);
    }

    @Test
    void attributedToNamesTheDoer() {
        Event e = single("قتل 11 شخصا أمس في هجوم على قرية في محافظة ديالى، نسب إلى تنظيم داعش.");
        assertThat(e.actor1().name()).startsWith("Islamic State");
    }

    @Test
    void aClaimOrAttributionToldApartNamesTheDoer() {
        // the official who attributes it is neither doer nor target
        Event blamed = single("قتل 11 شخصا أمس في هجوم على سوق في بلدة بعقوبة. ونسب مسؤول في الشرطة الهجوم إلى تنظيم داعش.");
        assertThat(blamed.actor1().name()).startsWith("Islamic State");
        assertThat(blamed.actor2().name()).startsWith("Civilians");
        Event claimed = single("قتل ستة جنود أمس في كمين نصبه مسلحون لقافلة عسكرية قرب مدينة جيبو. "
                + "وأعلنت جماعة نصرة الإسلام والمسلمين مسؤوليتها عن الهجوم.");
        assertThat(claimed.actor1().name()).startsWith("JNIM");
        // a claim alone reports nothing
        Extracting.none("وأعلنت جماعة نصرة الإسلام والمسلمين مسؤوليتها عن الهجوم.");
    }

    @Test
    void theBombIsTheSubjectOfTheVerbAfterIt() {
        // «عبوة ناسفة استهدفت دورية للجيش»: the army is hit, not the doer
        Event e = single("قتل جنديان أمس بانفجار عبوة ناسفة استهدفت دورية للجيش في بلدة الطارمية.");
        assertThat(e.actor1().name()).startsWith("Unidentified Armed Group");
        assertThat(e.actor2().name()).startsWith("Military Forces");
    }

    @Test
    void aBorderCountryIsNotWhereTheNewsIs() {
        Event e = single("أعلنت وزارة دفاع النيجر أن مسلحين قتلوا 11 جنديا أمس قرب الحدود مع مالي، "
                + "وأن المهاجمين فروا نحو الحدود مع مالي.");
        assertThat(e.actor1().name()).isEqualTo("Unidentified Armed Group (Niger)");
    }

    @Test
    void aRoadBetweenTwoTownsIsMorePreciseThanTheProvince() {
        Event e = single("اختطف مسلحون مجهولون أمس ثلاثة عمال إغاثة على الطريق بين مدينتي نيالا والفاشر في إقليم دارفور.");
        assertThat(e.location().relation()).isEqualTo("between");
    }

    @Test
    void aForceAttackedByNoOneNamedFacesAnUnidentifiedGroup() {
        Event e = single("أسفر هجوم استهدف نقطة تفتيش في مدينة رفح أمس عن مقتل ثلاثة من رجال الشرطة.");
        assertThat(e.actor1().name()).startsWith("Unidentified Armed Group");
        assertThat(e.actor2().name()).startsWith("Police Forces");
    }

    @Test
    void aForceWordThatIsAnAdjectiveOfTheNounBeforeItIsNoActor() {
        // «الصواريخ البحرية» are naval missiles, not the navy
        Event e = single("أعلنت جماعة الحوثي أمس استهداف سفينة تجارية في خليج عدن بالصواريخ البحرية.");
        assertThat(e.actor1().name()).startsWith("Houthi");
        assertThat(e.actor2()).satisfiesAnyOf(a -> assertThat(a).isNull(),
                a -> assertThat(a.name()).doesNotStartWith("Military Forces"));
        // «أعلنت البحرية الأمريكية»: the navy itself
        Event navy = single("أعلنت البحرية الأمريكية أمس اعتراض صاروخين أطلقهما الحوثيون على سفينة في البحر الأحمر.");
        assertThat(navy.actor1().name()).isEqualTo("Military Forces of the United States");
    }

    @Test
    void aForceThatTookPartAlongsideIsNoSide() {
        // «بالتعاون مع قوات الاتحاد الأفريقي»: the army that announces its own operation fought; its partner only helped
        Event e = single("أعلن الجيش الصومالي أمس مقتل 40 عنصرا من حركة الشباب في عملية عسكرية نفذها بالتعاون مع قوات "
                + "الاتحاد الأفريقي في منطقة جوهر.");
        assertThat(e.actor1().name()).isEqualTo("Military Forces of Somalia");
        assertThat(e.actor2().name()).isEqualTo("Al Shabaab");
    }

    @Test
    void travellersAndShepherdsAreCivilians() {
        assertThat(single("اختطف مسلحون مجهولون مساء السبت 20 مسافرا على الطريق قرب مدينة كادونا.").actor2().name())
                .startsWith("Civilians");
        Event shepherd = single("قتل راعي أغنام أمس بانفجار لغم من مخلفات الحرب قرب مدينة تدمر.");
        assertThat(shepherd.fatalities()).isEqualTo(1);
        assertThat(shepherd.actor2().name()).startsWith("Civilians");
    }

    @Test
    void aGroupThatClaimsAMissileIsItsDoer() {
        // «صاروخا» in the accusative is the event word; «وتبنت جماعة الحوثي» says who fired it
        java.util.List<Event> e = Extracting.events("أعلنت هيئة البث الإسرائيلية أن صاروخا أطلق من اليمن سقط أمس في منطقة "
                + "مفتوحة قرب مدينة إيلات، دون أن يسفر عن إصابات. وتبنت جماعة الحوثي في بيان إطلاق صاروخ على أهداف في إيلات.");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).subEventType()).isEqualTo("Shelling/artillery/missile attack");
        assertThat(e.get(0).actor1().name()).startsWith("Houthi");
        assertThat(e.get(0).fatalities()).isNull();
    }

    @Test
    void twoUnnamedArmedGroupsAreBothSidesUntilTheArticleNamesThem() {
        Event two = single("اندلعت اشتباكات مسلحة ليل الثلاثاء بين مجموعتين مسلحتين في منطقة أبو سليم جنوب العاصمة طرابلس.");
        assertThat(two.actor1().name()).startsWith("Unidentified Armed Group");
        assertThat(two.actor2().name()).startsWith("Unidentified Armed Group");
        Event named = single("ارتفعت حصيلة الاشتباكات التي اندلعت ليل الإثنين بين مجموعتين مسلحتين في طرابلس إلى 27 قتيلا. "
                + "وأكد مركز طب الطوارئ سقوط 27 قتيلا في الاشتباكات بين اللواء 444 وقوة الردع الخاصة.");
        assertThat(java.util.Set.of(named.actor1().name(), named.actor2().name()))
                .containsExactlyInAnyOrder("444 Combat Brigade (Libya)", "Special Deterrence Force (Radaa)");
    }

    @Test
    void aHouthiSniperAndAJournalistAreNamedAsTheirSides() {
        Event sniper = single("قتل طفلان أمس برصاص قناص حوثي في حي الروضة شرقي مدينة تعز.");
        assertThat(sniper.actor1().name()).startsWith("Houthi");
        assertThat(sniper.actor2().name()).startsWith("Civilians");
        Event journalist = single("اختطف مسلحون مجهولون الصحافي محمد العلي من أمام منزله في مدينة الحسكة مساء الثلاثاء.");
        assertThat(journalist.actor2().name()).startsWith("Civilians");
    }

    @Test
    void aPluralInTheAccusativeRightAfterTheVerbIsItsObject() {
        Event target = single("أعلن الجيش الإسرائيلي أمس أنه استهدف مسلحين من حركة حماس في مبنى بمخيم النصيرات ما أدى إلى "
                + "مقتل خمسة منهم.");
        assertThat(target.actor1().name()).isEqualTo("Military Forces of Israel");
        assertThat(target.actor2().name()).isEqualTo("Hamas");
        // in the nominative they are the doers
        Event doers = single("استهدف مسلحون من حركة الشباب أمس دورية للجيش قرب مدينة بلدوين وقتلوا ثلاثة جنود.");
        assertThat(doers.actor1().name()).isEqualTo("Al Shabaab");
    }

    @Test
    void aCountryNamedAcrossTheBorderIsNotWhereTheNewsIs() {
        Event e = single("أعلنت القيادة العامة للقوات المسلحة الليبية أمس مقتل ثلاثة من عناصرها في اشتباكات مع مهربين مسلحين "
                + "قرب الحدود الجنوبية مع تشاد.");
        assertThat(e.actor1().name() + " / " + e.actor2().name()).doesNotContain("Chad");
    }

    @Test
    void tuaregRebelsAreMalisRebelsInMaliAndTuaregMilitiaInLibya() {
        assertThat(single("قال متمردون من الطوارق إنهم قتلوا أمس 12 جنديا ماليا خلال معارك قرب بلدة تينزاواتن.")
                .actor1().name()).startsWith("CMA");
        assertThat(single("قتل ثلاثة أشخاص في اشتباكات بين مسلحين من الطوارق ومسلحين من التبو في مدينة أوباري الليبية أمس.")
                .actor1().name()).isEqualTo("Tuareg Ethnic Militia (Libya)");
    }

    @Test
    void theGroupSaidToStandBehindAnAttackIsItsDoerAndTheSourceIsNoSide() {
        java.util.List<Event> e = Extracting.events("قتل أربعة جنود من قوات المجلس الانتقالي الجنوبي أمس في هجوم بطائرة مسيرة "
                + "مفخخة استهدف موقعا عسكريا في مديرية مودية، وفق مصدر عسكري. واتهم المصدر تنظيم القاعدة بالوقوف وراء الهجوم. "
                + "اقرأ أيضا: مقتل قيادي في القاعدة بغارة أمريكية في مأرب");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).actor1().name()).startsWith("Al Qaeda");
        assertThat(e.get(0).actor2().name()).isEqualTo("Southern Transitional Council");
        assertThat(e.get(0).fatalities()).isEqualTo(4);
    }

    @Test
    void aGroupsNameCarriesNoModality() {
        // «طالبان» is part of the name, not «they demand»: the claim names the doer
        java.util.List<Event> e = Extracting.events("قتل 11 شخصا في هجوم انتحاري استهدف سوقا في مدينة بانو أمس. "
                + "وأعلنت حركة طالبان باكستان مسؤوليتها عن الهجوم.");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).actor1().name()).startsWith("TTP");
    }

    @Test
    void suspectedMembersAndTheAuthoritiesOwnOperation() {
        // «يشتبه بانتمائهم إلى بوكو حرام»: the group they are thought to belong to
        Event kidnap = single("خطف مسلحون يشتبه بانتمائهم إلى بوكو حرام أكثر من مئتي تلميذ من مدرسة في بلدة كوريغا فجر الخميس.");
        assertThat(kidnap.actor1().name()).isEqualTo("Boko Haram");
        assertThat(kidnap.actor2().name()).startsWith("Civilians");
        // the authorities that announce an operation carried it out
        Event op = single("أعلنت السلطات الأفغانية مقتل مسلحين اثنين من تنظيم داعش في عملية أمنية بمدينة جلال آباد مساء الإثنين.");
        assertThat(op.actor1().name()).endsWith("of Afghanistan");
        assertThat(op.actor2().name()).startsWith("Islamic State");
    }

    @Test
    void aDatelineWithItsAgencyIsWhereTheNewsWasFiled() {
        assertThat(single("باماكو (أ ف ب) - قتل خمسة جنود أمس في كمين قرب بلدة دوينتزا في منطقة موبتي وسط مالي.")
                .location().nameAr()).isEqualTo("دوينتزا");
    }

    @Test
    void anOfficeOfAProvinceIsNoPlaceButItsProvinceIs() {
        assertThat(single("قتل شخصان في انفجار عبوة ناسفة أمس، بحسب مصدر في دائرة صحة كركوك.").location().nameAr())
                .isEqualTo("كركوك");
    }

    @Test
    void whereTheAttackersFledIsNoPlaceOfTheFight() {
        List<Event> events = Extracting.events("قتل جنديان في هجوم شنه مسلحون من تنظيم داعش على نقطة للجيش في ناحية العباسي أمس. "
                + "وأوضح مصدر أن القوة اشتبكت مع المهاجمين قرابة ساعة، ما أسفر عن مقتل ثلاثة منهم وفرار الباقين باتجاه وادي زغيتون.");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).location().nameAr()).isEqualTo("العباسي");
        assertThat(events.get(0).fatalities()).isEqualTo(5);
    }

    @Test
    void whereTheAttackersRetreatedIsNoSecondPlace() {
        List<Event> events = events("قتل أربعة جنود أمس في هجوم شنه مسلحون على قاعدة عسكرية في بلدة كوندوغا. وقال ضابط إن "
                + "المهاجمين خاضوا مع الجنود اشتباكات استمرت ساعتين قبل أن يتراجعوا باتجاه غابة سامبيسا.");
        assertThat(events).singleElement().satisfies(e -> assertThat(e.location().nameAr()).isEqualTo("كوندوغا"));
    }

    @Test
    void whereTheAbductedWereTakenIsNoPlaceOfTheAbduction() {
        Event e = single("خطف مسلحون أمس ثلاثة مزارعين قرب قرية كوريا. وقال شاهد إن المسلحين طوقوا المزارعين في الحقول "
                + "واقتادوهم نحو بلدة غوزا القريبة.");
        assertThat(e.location().nameAr()).isEqualTo("كوريا");
    }

    @Test
    void whoPlantedTheBombToldAfterTheBlastIsItsDoer() {
        Event e = single("قتل ثلاثة مدنيين أمس عندما انفجرت عبوة ناسفة بحافلة ركاب قرب بلدة دامبوا. وقال متحدث باسم الشرطة "
                + "إن عناصر من بوكو حرام زرعوا العبوة خلال الليل.");
        assertThat(e.actor1().name()).isEqualTo("Boko Haram");
        // with no one named, the bomb stays unattributed
        assertThat(single("قتل ثلاثة مدنيين أمس عندما انفجرت عبوة ناسفة بحافلة ركاب قرب بلدة دامبوا.").actor1().name())
                .startsWith("Unidentified Armed Group");
    }

    @Test
    void aDamIsAPlaceWord() {
        Event e = single("تجددت الاشتباكات أمس بين فصائل الجيش الوطني وقوات سوريا الديمقراطية في محيط سد تشرين بريف منبج.");
        assertThat(e.location().nameAr()).contains("تشرين");
    }

    @Test
    void peopleCountedByTheirNationalitySayWhereTheNewsIs() {
        List<Event> events = events("استشهد خمسة عشر فلسطينيا أمس في غارة جوية إسرائيلية على منزل في مدينة دير البلح. وقال الجيش "
                + "الإسرائيلي إن طائراته «استهدفت مسلحا من حركة حماس» في المنطقة. وترتفع بذلك حصيلة الحرب الإسرائيلية على القطاع.");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.location().country()).isEqualTo("PS");
            assertThat(e.actor1().name()).isEqualTo("Military Forces of Israel");
        });
    }

    @Test
    void theSeatOfTheOfficeASpokesmanSpeaksForIsNoPlaceOfTheEvent() {
        List<Event> events = events("قتل سبعة مدنيين أمس في قصف مدفعي على سوق بلدة الخيام. وقال المتحدث باسم الدفاع المدني في "
                + "محافظة النبطية إن طواقمه انتشلت تسع جثث من تحت الأنقاض.");
        assertThat(events).singleElement().satisfies(e -> assertThat(e.location().nameAr()).isEqualTo("الخيام"));
    }

    @Test
    void theWhiteArmyIsAMilitiaNotAnArmy() {
        Event e = single("قال متحدث باسم الجيش إن مسلحين من الجيش الأبيض سيطروا أمس على ثكنة عسكرية في بلدة أولانق بعد "
                + "اشتباكات مع القوات الحكومية.");
        assertThat(e.subEventType()).isEqualTo("Non-state actor overtakes territory");
        assertThat(e.actor1().name()).isEqualTo("White Army (South Sudan)");
    }

    @Test
    void aCountryNamedAsWhereSomethingIsOutweighsAStateThatActs() {
        Event e = single("قتل شخصان أمس في غارة نفذتها مسيرة إسرائيلية على سيارة في بلدة عيناثا جنوب لبنان، وفق وزارة الصحة "
                + "اللبنانية. وتقول السلطات اللبنانية إن إسرائيل تخرق الاتفاق بشكل شبه يومي، ودعا الرئيس الدول إلى الضغط على "
                + "إسرائيل.");
        assertThat(e.location().country()).isEqualTo("LB");
        assertThat(e.actor1().name()).isEqualTo("Military Forces of Israel");
    }

    @Test
    void aTreatyNamedAfterAPlaceIsNoPlaceOfTheEvent() {
        List<Event> events = events("فرقت قوات الأمن مساء أمس بالغاز مئات المتظاهرين في منطقة الرابية. وقال شهود إن المحتجين "
                + "رددوا هتافات تطالب بإلغاء اتفاقية وادي عربة قبل أن تتدخل قوات الدرك وتوقف عددا منهم.");
        assertThat(events).singleElement().satisfies(e -> assertThat(e.location().nameAr()).isEqualTo("الرابية"));
    }

    @Test
    void aCrowdedMarketIsNoPlaceName() {
        Event e = single("وقال المسؤول إن الانتحاري فجر نفسه في سوق مزدحمة أمس، ما أسفر عن مقتل ثمانية أشخاص.");
        assertThat(e.location()).isNull();
    }

    @Test
    void whereCaptivesWereLedWithTheirNameBetweenIsNoPlaceOfTheAbduction() {
        List<Event> e = events("خطف مسلحون خمسة مزارعين من قرية غوزا أمس. وقال شاهد إن المسلحين اقتادوا المزارعين نحو غابة سامبيسا.",
                "2024-05-02");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).location().nameAr()).isEqualTo("غوزا");
    }

    @Test
    void anAdjectiveMadeFromAPlaceNounIntroducesNoName() {
        // «مدنية» (civil) and «جبلية» (mountainous) share their stem with «مدن» (towns) and «جبل» (mountain)
        assertThat(single("قتل ثلاثة عناصر من ميليشيا مدنية موالية للجيش في كمين نصبه مسلحون قرب بلدة تيلابيري أمس.")
                .location().nameAr()).isEqualTo("تيلابيري");
        assertThat(single("قتل جنديان في اشتباك مع مسلحين في منطقة جبلية وعرة قرب بلدة تيلابيري أمس.").location().nameAr())
                .isEqualTo("تيلابيري");
        // a direction keeps its adjective
        assertThat(single("قتل جنديان في اشتباك مع مسلحين في الأحياء الجنوبية لمدينة تيلابيري أمس.").location().nameAr())
                .isEqualTo("تيلابيري");
    }

    @Test
    void theGroupAGroupIsLinkedToIsNoSide() {
        Event e = single("قتل عشرات الأشخاص في هجوم شنه مسلحون من جماعة نصرة الإسلام والمسلمين المرتبطة بتنظيم القاعدة على بلدة دجيبو أمس.");
        assertThat(e.actor1().name()).startsWith("JNIM");
        assertThat(e.actor2().name()).startsWith("Civilians");
    }

    @Test
    void aRelativeClauseOnTheEventWordTellsWhereItWas() {
        Event e = single("وفي ولاية شمال كردفان، أعلنت لجان المقاومة ارتفاع حصيلة القصف الذي شنته قوات الدعم السريع يوم الاثنين "
                + "على مخيم زمزم للنازحين إلى 12 قتيلا.");
        assertThat(e.location().nameAr()).isEqualTo("زمزم");
    }

    @Test
    void theTownOfABodyThatSpeaksGivesWayToTheEventsOwnTown() {
        Event e = single("أعلنت لجان المقاومة في مدينة الأبيض ارتفاع حصيلة القصف المدفعي على مخيم زمزم للنازحين أمس إلى 12 قتيلا.");
        assertThat(e.location().nameAr()).isEqualTo("زمزم");
        // with no town of its own, «the town» is the speaker's
        Event town = single("قالت لجان المقاومة في مدينة الأبيض إن 13 مدنيا قتلوا أمس جراء قصف مدفعي على السوق الكبير بالمدينة.");
        assertThat(town.location().nameAr()).isEqualTo("الأبيض");
    }

    @Test
    void aCapitalNamedWithItsCountrysAdjectiveAnchorsADirection() {
        assertThat(single("قتل خمسة أشخاص أمس في انفجار سيارة مفخخة في منطقة البلديات شرقي العاصمة العراقية بغداد.")
                .location().anchorAr()).isEqualTo("بغداد");
    }

    @Test
    void aCrowdIsNoPlace() {
        Event e = single("فجر انتحاري نفسه أمس وسط حشد من المصلين في مدينة بيشاور ما أسفر عن مقتل سبعة أشخاص.");
        assertThat(e.location().nameAr()).isEqualTo("بيشاور");
        assertThat(events("فجر انتحاري نفسه أمس وسط حشد من المصلين ما أسفر عن مقتل سبعة أشخاص."))
                .singleElement().satisfies(x -> assertThat(x.location()).isNull());
    }

    @Test
    void aFeatureDescribedIsNotNamed() {
        // the hostages taken «to a nearby forest» are the same abduction, not another at a place called «مجاورة»
        List<Event> e = events("اختطف مسلحون 23 مدنيا مساء الأحد في هجوم على قرية دانكو في ولاية كاتسينا. وقال أحد الأهالي، "
                + "طالبا عدم كشف اسمه، إن نحو خمسين مسلحا وصلوا على دراجات نارية قرابة السابعة مساء، وأطلقوا النار في الهواء "
                + "لترويع السكان، ثم اقتادوا الرهائن سيرا على الأقدام إلى غابة مجاورة، مضيفا أن شخصين أصيبا بالرصاص.");
        assertThat(e).singleElement().satisfies(x -> assertThat(x.location().nameAr()).isEqualTo("دانكو"));
    }

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

    @Test
    void aFrontNamedAfterInIsThePlaceOfTheFighting() {
        Event e = single("وفي جبهة الملاحيط، قال الجيش إن قواته صدت أمس هجوما شنته جماعة الحوثي على مواقعه، "
                + "ما أدى إلى مقتل خمسة جنود.");
        assertThat(e.location().nameAr()).isEqualTo("الملاحيط");
        // a group named «جبهة …» is no front line: the town is the place
        Event group = single("قتل ثلاثة من عناصر جبهة الإنقاذ أمس في اشتباك مع الجيش في مدينة الزاوية.");
        assertThat(group.location().nameAr()).isEqualTo("الزاوية");
    }

    @Test
    void aQuarterWithAShortPrepositionIsStillAQuarter() {
        Event e = single("انفجرت سيارة مفخخة صباح أمس في سوق شعبي بحي الفرقان، ما أسفر عن مقتل سبعة أشخاص.");
        assertThat(e.location().nameAr()).isEqualTo("الفرقان");
    }

    @Test
    void aLongQuarterNameInYaIsANameNotAnAdjective() {
        Event e = single("سقطت قذائف هاون أمس على سوق للماشية في حي بونديري، ما أسفر عن مقتل ستة أشخاص.");
        assertThat(e.location().nameAr()).isEqualTo("بونديري");
        Event described = single("سقطت قذائف هاون أمس على حي سكني في مدينة حلب، ما أسفر عن مقتل ستة أشخاص.");
        assertThat(described.location().nameAr()).isEqualTo("حلب");
    }

    @Test
    void onTheOneHandOnTheOtherPairsTheSidesOfOneClash() {
        Event e = single("تجددت أمس المواجهات بين مسلحي العشائر من جهة، ومسلحي الجماعة من جهة أخرى، في حي الروضة.");
        assertThat(e.location().nameAr()).isEqualTo("الروضة");
    }

    @Test
    void whileHeWasTellsWhereAndWhenTheVictimWas() {
        Event e = single("قتل معلم برصاص مسلحين مجهولين بينما كان في طريقه إلى عمله في مدينة الرمادي صباح اليوم.");
        assertThat(e.location().nameAr()).isEqualTo("الرمادي");
        assertThat(e.date()).hasToString("2024-05-16");
        assertThat(e.eventType()).isEqualTo("Violence against civilians");
        assertThat(e.fatalities()).isEqualTo(1);
    }

    @Test
    void anAttackNamedWithANationalityWasThatCountrysForces() {
        Event e = single("أسفر العدوان الإسرائيلي على مبنى وزارة الدفاع في مدينة دمشق أمس عن مقتل 3 أشخاص.");
        assertThat(e.actor1().name()).isEqualTo("Military Forces of Israel");
    }

    @Test
    void aForceThatSaysWhatItDidItselfIsItsDoer() {
        // «أنه» after the speaker: the force tells its own deed, it is no mere source
        Event e = single("أعلن الجيش الإثيوبي أنه استعاد، أمس، السيطرة على مدينة ولديا بعد معارك مع ميليشيا فانو.");
        assertThat(e.subEventType()).isEqualTo("Government regains territory");
        assertThat(e.actor1().name()).isEqualTo("Military Forces of Ethiopia");
    }

    @Test
    void whereTheVictimWasBeingTakenIsNoPlaceOfTheIncident() {
        List<Event> e = events("قتل طفل برصاص قناص أمس في حي الروضة بمدينة تعز. "
                + "وقالت المصادر إن القناص أطلق رصاصة أصابت الطفل، وفارق الحياة قبل وصوله إلى مستشفى الثورة.");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).location().nameAr()).isIn("الروضة", "تعز");
    }

    @Test
    void aMedicalCentreIsNoPlace() {
        List<Event> e = events("تجددت الاشتباكات مساء أمس في مدينة الزاوية بين مجموعتين مسلحتين. "
                + "وأعلن مركز طب الطوارئ مقتل 6 أشخاص وإصابة 19 آخرين.");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).fatalities()).isEqualTo(6);
    }

    @Test
    void aVerbAfterAPlaceWordIsNoName() {
        // «في منطقة تقع نحو 110 كلم جنوب غربي الموصل»: the area is placed by the town it lies from, «تقع» is no name
        Event e = single("قتل قيادي في التنظيم إثر ضربة جوية في منطقة تقع نحو 110 كلم جنوب غربي الموصل.");
        assertThat(e.location().nameAr()).isEqualTo("الموصل");
        assertThat(e.location().relation()).isEqualTo("offset");
        // «معسكر يتبع الجيش»: a camp that belongs to the army, no camp named «يتبع»
        Event camp = single("قتل 15 جنديا فجر أمس في هجوم شنه مسلحون على معسكر يتبع الجيش في بلدة ديورا.");
        assertThat(camp.location().nameAr()).isEqualTo("ديورا");
    }

    @Test
    void aMansByNameIsNoPlace() {
        // «المعروف بأبو جاسم»: what a man is called, though «أبو» begins the names of towns
        Event e = single("قتل القيادي أبو محمد المعروف بأبو جاسم في اشتباك مع القوات الحكومية في بلدة الرطبة أمس.");
        assertThat(e.location().nameAr()).isEqualTo("الرطبة");
        none("وكشف المصدر أن القيادي المعروف بأبو جاسم قتل.");
    }

    @Test
    void whatProtestersCallSomeoneIsNoPlace() {
        List<Event> e = events("وخرجت تظاهرة في مدينة بعقوبة أمس تدين زيارة الرئيس الذي وصفه المتظاهرون بـ«السفاح».");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).location().nameAr()).isEqualTo("بعقوبة");
    }

    @Test
    void aVerbAfterAndIsNoValley() {
        // «وأدى»: «و» then a verb with hamza, which normalisation writes like «وادي»
        List<Event> e = events("وأدى المتظاهرون صلاة الظهر عند مدخل بلدة كفركلا، ثم رشقوا الجنود بالحجارة.");
        assertThat(e).isNotEmpty();
        assertThat(e).allSatisfy(x -> assertThat(x.location().nameAr()).isEqualTo("كفركلا"));
    }

    @Test
    void thePartOfTheCountryGlossedAfterATownNamesNothingAfterIt() {
        // «في فان (شرق) انتهت …»: «(شرق)» says where the town lies; the verb after the bracket is no place
        Event e = single("أصيب سبعة من عناصر الشرطة السبت بجروح خلال صدامات مع متظاهرين في فان (شرق) انتهت بتوقيف سبعة متظاهرين.");
        assertThat(e.location() == null ? null : e.location().nameAr()).isNotEqualTo("انتهت");
    }

    @Test
    void theOneTheAuthoritiesBlameIsTheDoer() {
        // the first report names no attacker; the side the government blames for it is the doer
        List<Event> e = events("قتل 11 مدنيا أمس إثر قصف بطائرة مسيرة استهدف السوق الكبير في مدينة الأبيض. "
                + "واتهمت حكومة الولاية قوات الدعم السريع بتنفيذ الهجوم، فيما لم يصدر تعليق من الدعم السريع.", "2025-03-12");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).actor1().name()).isEqualTo("Rapid Support Forces");
        // blamed for something else («بدعم»), it is no doer
        List<Event> other = events("قتل 11 مدنيا أمس إثر قصف بطائرة مسيرة استهدف السوق الكبير في مدينة الأبيض. "
                + "واتهمت حكومة الولاية الإمارات بدعم قوات الدعم السريع.", "2025-03-12");
        assertThat(other).hasSize(1);
        assertThat(other.get(0).actor1().name()).doesNotContain("Rapid Support");
    }

    @Test
    void whereTheKidnappersDroveOffToIsNoPlaceOfTheKidnapping() {
        List<Event> e = events("اختطف مسلحون مجهولون مساء السبت الناشط المدني من أمام منزله في حي الأصمعي وسط مدينة البصرة. "
                + "وقال شقيقه إن أربعة مسلحين اقتادوا أخي بالقوة ثم انطلقوا باتجاه طريق الزبير.", "2025-01-20");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).location().nameAr()).isIn("الأصمعي", "البصرة");
    }

    @Test
    void whereFamiliesFledToIsNoPlaceOfTheAttack() {
        List<Event> e = events("قتل 38 مدنيا في هجوم شنته قوات الدعم السريع يوم السبت على قرية الهشابة بمحلية بارا. "
                + "وقال المدير التنفيذي للمحلية إن السلطات وثقت مقتل 25 شخصا، مرجحا ارتفاع العدد بسبب فرار مئات الأسر نحو "
                + "مدينة الأبيض.", "2026-01-12");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).location().nameAr()).isEqualTo("الهشابة");
        assertThat(e.get(0).fatalities()).isEqualTo(25);
    }

    @Test
    void aDistrictWhoseNameBeginsWithAPlaceWordIsWhole() {
        Event e = single("اندلعت اشتباكات مسلحة مساء أمس في منطقة سوق الجمعة شرقي العاصمة طرابلس بين مجموعتين مسلحتين.");
        assertThat(e.location().nameAr()).isEqualTo("سوق الجمعة");
    }

    @Test
    void theSecondTownOfADoubleDatelineIsNoPlaceOfTheEvent() {
        Event e = single("واغادوغو - باماكو (وكالات) - قتل ما لا يقل عن عشرين جنديا يوم السبت في هجوم شنه مسلحون على مفرزة "
                + "للجيش في مدينة جيبو بشمال بوركينا فاسو.", "2025-10-20");
        assertThat(e.location().nameAr()).isEqualTo("جيبو");
    }

    @Test
    void thoseKilledInTheRanksOfAForceAreTheTarget() {
        // «سقوط قتلى في صفوف قوات الدعم السريع»: the force the strike hit, the army's drones the doer
        Event e = single("استهدفت طائرات مسيرة تابعة للجيش السوداني فجر اليوم مطار نيالا، ما أدى إلى تدمير منظومة دفاع جوي "
                + "وسقوط قتلى في صفوف قوات الدعم السريع.", "2026-01-12");
        assertThat(e.actor1().name()).isEqualTo("Military Forces of Sudan");
        assertThat(e.actor2().name()).isEqualTo("Rapid Support Forces");
    }
}

package org.rasad.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rasad.core.extract.Extracting.events;
import static org.rasad.core.extract.Extracting.none;
import static org.rasad.core.extract.Extracting.single;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasad.core.model.Event;

/** ACLED type and sub-type from the words of the report. */
class EventTypeTest {

    private static void check(String text, String type, String subType) {
        Event e = single(text);
        assertThat(e.eventType() + " / " + e.subEventType()).isEqualTo(type + " / " + subType);
    }

    @Test
    void aBombDefusedOrADroneInterceptedIsDisruptedWeaponsUse() {
        Event e = single("تمكنت فرق الهندسة التابعة للجيش اليوم من تفكيك عبوة ناسفة زرعت على جانب طريق في قضاء الطارمية.");
        assertThat(e.subEventType()).isEqualTo("Disrupted weapons use");
        assertThat(e.eventType()).isEqualTo("Strategic developments");  // no explosion: ACLED files it there
        assertThat(e.actor1().name()).startsWith("Military Forces");
        Event drone = single("أعلنت قوات التحالف اعتراض طائرة مسيرة مفخخة أطلقها الحوثيون باتجاه مدينة جازان صباح اليوم.");
        assertThat(drone.subEventType()).isEqualTo("Disrupted weapons use");
        // gunmen who block someone's way intercept no weapon
        assertThat(single("اعترض مسلحون طريق ثلاثة موظفين قرب مدينة غاو أمس واقتادوهم إلى جهة مجهولة.").subEventType())
                .isEqualTo("Abduction/forced disappearance");
        // a bomb that went off is no disrupted weapon
        assertThat(single("انفجرت عبوة ناسفة أمس على جانب طريق في قضاء الطارمية.").subEventType())
                .isEqualTo("Remote explosive/landmine/IED");
    }

    @Test
    void territoryTakenWithoutAFightIsANonViolentTransfer() {
        Event e = single("سيطر مقاتلو حركة الشباب فجر اليوم على بلدة عيل بور بعد انسحاب القوات الحكومية منها دون قتال.");
        assertThat(e.subEventType()).isEqualTo("Non-violent transfer of territory");
        assertThat(e.actor1().name()).isEqualTo("Al Shabaab");
        assertThat(e.actor2().name()).startsWith("Military Forces");
    }

    @Test
    void aPlaceTakenByForceIsATerritorialBattle() {
        // the attack that won the town is referred to after «إثر», yet the town changed hands: one event, with its toll
        Event taken = single("قالت مصادر أمنية إن مقاتلي جماعة نصرة الإسلام والمسلمين سيطروا الأحد على بلدة ديابو، "
                + "إثر هجوم واسع على مواقع الجيش البوركينابي أسفر عن مقتل 12 جنديا وتسعة من المتطوعين.");
        assertThat(taken.eventType() + " / " + taken.subEventType()).isEqualTo("Battles / Non-state actor overtakes territory");
        assertThat(taken.actor1().name()).startsWith("JNIM");
        assertThat(taken.actor2().name()).startsWith("Military Forces");
        assertThat(taken.fatalities()).isEqualTo(21);
        // a state force that retakes it, told by a source after «أن»
        Event back = single("غير أن مصدرا عسكريا أكد أن الجيش استعاد السيطرة على البلدة مساء الاثنين بعد معارك مع المسلحين.");
        assertThat(back.subEventType()).isEqualTo("Government regains territory");
        assertThat(back.actor1().name()).startsWith("Military Forces");
    }

    @Test
    void whatIsSeizedBesidesAPlaceIsNoTerritory() {
        // vehicles taken are booty; calm that returns and a fire brought under control are no seizure at all
        assertThat(events("وأكدت القوات أنها أسرت عددا كبيرا من الجنود واستولت على 170 عربة مسلحة أمس.")).noneMatch(
                e -> e.subEventType().endsWith("territory"));
        none("وسيطر الهدوء الحذر على المدينة أمس بعد أيام من التوتر.");
        none("وسيطرت فرق الدفاع المدني على الحريق الذي اندلع في سوق المدينة أمس.");
    }

    @Test
    void peopleTakenInAnAttackThatKilledArePartOfTheAttack() {
        List<Event> e = events("قال سكان إن مسلحين قتلوا أربعة مدنيين وأحرقوا منازل مساء امس الثلاثاء في قرية نانغوندو. "
                + "وأفاد أحد الناجين بأن المهاجمين خطفوا أيضا امرأتين قبل أن يتوجهوا نحو الغابة.", "2025-10-22");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).subEventType()).isEqualTo("Attack");
        assertThat(e.get(0).fatalities()).isEqualTo(4);
    }

    @Test
    void aDatelineIsNoPlaceBeforeARelativeClauseThatPlacesTheEvent() {
        Event e = single("بورتسودان - ارتفعت حصيلة الهجوم الذي شنته قوات الدعم السريع يوم السبت على قرية أم شديدة "
                + "بولاية شمال كردفان إلى 47 قتيلا، بحسب ما أعلنت شبكة أطباء السودان امس الاثنين.");
        assertThat(e.location().nameAr()).isEqualTo("أم شديدة");
        assertThat(e.fatalities()).isEqualTo(47);
    }

    @Test
    void propertySetOnFireIsPropertyDestruction() {
        // the doer and the time stand between the verb and the property
        Event e = single("أحرق مستوطنون إسرائيليون، الليلة الماضية، منزلين وثلاث مركبات في قرية دوما جنوب نابلس.");
        assertThat(e.subEventType()).isEqualTo("Looting/property destruction");
        assertThat(e.actor1().name()).isEqualTo("Settlers (Israel)");
    }

    @Test
    void takingHostagesIsAnAbductionButHostagesNamedAreNot() {
        Event e = single("وقال مسؤول إن مسلحين احتجزوا أربعة من رجال الشرطة رهائن منذ مساء أمس في مدينة الفلوجة.");
        assertThat(e.subEventType()).isEqualTo("Abduction/forced disappearance");
        // people held before, and a country called «hostage» of a crisis, tell no kidnapping
        Extracting.none("وطالب الوزير أمس في العاصمة بغداد بالإفراج عن الرهائن المحتجزين منذ أشهر.");
        Extracting.none("وقال رئيس الحكومة أمس في بيروت إن الحملة تهدف إلى إبقاء البلاد رهينة التوتر السياسي.");
    }

    @Test
    void aMartyrdomSeekerIsASuicideBomber() {
        Event e = single("وقالت الكتائب إن العملية تمت أمس عندما فجر استشهادي نفسه عند حاجز عسكري قرب مدينة نابلس.");
        assertThat(e.subEventType()).isEqualTo("Suicide bomb");
    }

    @Test
    void clashBetweenTwoForces() {
        check("اندلعت اشتباكات عنيفة أمس بين الجيش السوداني وقوات الدعم السريع في مدينة الأبيض أسفرت عن مقتل 6 جنود.",
                "Battles", "Armed clash");
    }

    @Test
    void airStrike() {
        check("قتل 4 أشخاص في غارة جوية شنتها طائرة مسيرة على بلدة سراقب أمس.",
                "Explosions/Remote violence", "Air/drone strike");
    }

    @Test
    void roadsideBomb() {
        check("انفجرت عبوة ناسفة مزروعة على جانب الطريق في قضاء الطارمية مساء أمس ما أسفر عن مقتل جنديين.",
                "Explosions/Remote violence", "Remote explosive/landmine/IED");
    }

    @Test
    void suicideBomber() {
        check("فجر انتحاري نفسه أمس في سوق بلدة كوندوغا ما أدى إلى مقتل خمسة مدنيين.",
                "Explosions/Remote violence", "Suicide bomb");
    }

    @Test
    void shelling() {
        check("قتل ثلاثة مدنيين أمس جراء قصف مدفعي لقوات النظام على بلدة النيرب.",
                "Explosions/Remote violence", "Shelling/artillery/missile attack");
    }

    @Test
    void kidnapping() {
        check("اختطف مسلحون مجهولون أمس ثلاثة من موظفي منظمة إغاثة على الطريق قرب مدينة غاو.",
                "Violence against civilians", "Abduction/forced disappearance");
    }

    @Test
    void gunmenKillingCivilians() {
        check("قتل مسلحون مجهولون أمس خمسة مدنيين في قرية بالقرب من مدينة كوسي.",
                "Violence against civilians", "Attack");
    }

    @Test
    void peacefulProtest() {
        check("نظم عشرات الخريجين العاطلين عن العمل صباح اليوم وقفة احتجاجية أمام مقر ولاية قفصة.",
                "Protests", "Peaceful protest");
    }

    @Test
    void protestDispersedWithTearGas() {
        check("فرقت قوات الأمن مساء أمس بالغاز المسيل للدموع مظاهرة في مدينة الناصرية واعتقلت عددا من المحتجين.",
                "Protests", "Protest with intervention");
    }

    @Test
    void riotWithStones() {
        check("رشق شبان غاضبون أمس قوات الأمن بالحجارة خلال احتجاجات في مدينة القصرين وأضرموا النار في مقر المعتمدية.",
                "Riots", "Violent demonstration");
    }

    @Test
    void arrests() {
        check("ألقت قوات الأمن القبض أمس على 12 شخصا في حملة مداهمات بمدينة إب.",
                "Strategic developments", "Arrests");
    }

    @Test
    void peopleKilledInAnAttackAreCivilians() {
        check("قتل 11 شخصا أمس في هجوم مسلح على قرية في محافظة ديالى نسب إلى تنظيم داعش.",
                "Violence against civilians", "Attack");
    }

    @Test
    void peopleKilledInAFightAreNotTakenForCivilians() {
        Event e = single("قتل شخصان وأصيب 24 آخرون أمس في اشتباكات ضارية في مدينة الزاوية.");
        assertThat(e.eventType()).isEqualTo("Battles");
        assertThat(e.actor1().name()).startsWith("Unidentified Armed Group");
    }

    @Test
    void soldiersKilledInAnAttackAreABattle() {
        check("قتل خمسة جنود أمس في هجوم مسلح على حاجز للجيش في محافظة ديالى.", "Battles", "Armed clash");
    }

    @Test
    void aBombFollowedByGunfireIsAnAmbushFought() {
        Event e = single("فجر مسلحون عبوة ناسفة على الطريق ثم فتحوا النار على قافلة للجيش قرب بلدة جيبو أمس ما أدى إلى مقتل ستة جنود.");
        assertThat(e.eventType()).isEqualTo("Battles");
        assertThat(single("انفجرت عبوة ناسفة على الطريق بقافلة للجيش قرب بلدة جيبو أمس ما أدى إلى مقتل ستة جنود.").subEventType())
                .isEqualTo("Remote explosive/landmine/IED");
        assertThat(single("فتح مسلحون النار من أسلحة رشاشة على حاجز للجيش قرب بلدة البصيرة أمس قبل أن يلقوا قنبلة يدوية"
                + " على غرفة الحراسة، ما أدى إلى مقتل ثلاثة جنود.").eventType()).isEqualTo("Battles");
    }

    @Test
    void anArrestAnnouncedIsReportedThoughThoseArrestedAreAccused() {
        Event e = single("أعلنت وزارة الداخلية، اليوم الأربعاء، اعتقال ثلاثة متهمين بالانتماء إلى تنظيم داعش في عملية أمنية"
                + " بقضاء الحويجة جنوب غرب كركوك.");
        assertThat(e.subEventType()).isEqualTo("Arrests");
        // a warrant, and the arrests behind a trial, are not arrests reported
        Extracting.none("طالب المدعي العام أمس قضاة المحكمة بإصدار أمر قبض على الرئيس السابق في مدينة الخرطوم.");
        Extracting.none("وأصدرت المحكمة الحكم ليل الخميس بعد محاكمة 38 متهما كانوا اعتقلوا إثر احتجاجات في مدينة الرديف.");
    }

    @Test
    void dualEventNounsAreEventWords() {
        // «غارتين» is two air strikes, not a number with no event
        assertThat(single("شن الطيران الحربي الإسرائيلي غارتين على أطراف بلدة الخيام جنوبي لبنان فجر اليوم.").subEventType())
                .isEqualTo("Air/drone strike");
        assertThat(single("وقع انفجاران في سوق شعبي بمدينة بعقوبة أمس ما أدى إلى مقتل ثلاثة أشخاص.").eventType())
                .isEqualTo("Explosions/Remote violence");
    }

    @Test
    void arsonWithTheTimeBetweenVerbAndHousesIsDestruction() {
        assertThat(single("أضرم مستوطنون النار، فجر اليوم، في ثلاثة منازل ومركبتين في قرية ترمسعيا شمال رام الله.").subEventType())
                .isEqualTo("Looting/property destruction");
    }

    @Test
    void dismantlingACellIsAnArrestAndDefusingABombIsDisruptedWeaponsUse() {
        assertThat(single("أعلنت الشرطة المغربية أمس تفكيك خلية إرهابية في مدينة فاس واعتقال أربعة من أعضائها.").subEventType())
                .isEqualTo("Arrests");
        // the attack was foiled, the car bomb really defused
        assertThat(single("أعلنت الشرطة الصومالية أمس إحباط هجوم انتحاري وتفكيك سيارة مفخخة قرب مقر الحكومة المحلية في مدينة بيدوا.")
                .subEventType()).isEqualTo("Disrupted weapons use");
        // protesters dismantling tyres defuse nothing
        assertThat(events("وعمد المتظاهرون أمس إلى تفكيك إطارات سيارات مركونة في شارع رئيسي بمدينة بعلبك."))
                .noneMatch(e -> e.subEventType().equals("Disrupted weapons use"));
    }

    @Test
    void anEventNounInTheAccusativeIsAnEventWord() {
        // «خاضوا قتالا»: the indefinite accusative of the noun, the object of a verb of occurrence
        Event fight = single("وخاض مسلحون من قبيلتين قتالا عنيفا أمس في بلدة الشويرف استمر ساعات.");
        assertThat(fight.subEventType()).isEqualTo("Armed clash");
        assertThat(single("نفذت قوة من الجيش اقتحاما لحي الزهور في مدينة درنة فجر اليوم.").eventType()).isNotNull();
        // the same noun with nothing saying it happened stays talk about fighting
        Extracting.none("ويرفض الأهالي أي قتال جديد في المدينة.");
    }

    @Test
    void soldiersAmongTheDeadOfAnAttackMakeItABattleWithTheirForce() {
        Event e = single("قتل 25 شخصا، بينهم جنود ومدنيون، في هجوم نفذه مسلحون من حركة الشباب على قافلة قرب بلدة جوهر أمس.");
        assertThat(e.subEventType()).isEqualTo("Armed clash");
        assertThat(e.actor2().name()).startsWith("Military Forces");
        // civilians alone among the dead: violence against civilians
        Event c = single("قتل 25 شخصا، بينهم نساء وأطفال، في هجوم نفذه مسلحون من حركة الشباب على قرية قرب بلدة جوهر أمس.");
        assertThat(c.subEventType()).isEqualTo("Attack");
        assertThat(c.actor2().name()).startsWith("Civilians");
    }

    @Test
    void anAttackRepelledIsABattleOfItsOwnWhenNoneWasToldBefore() {
        Event e = single("أعلن الجيش السوداني، الاثنين، أنه صد هجوما واسعا لقوات الدعم السريع على مدينة الفاشر، وكبد المهاجمين "
                + "خسائر كبيرة.");
        assertThat(e.subEventType()).isEqualTo("Armed clash");
        assertThat(e.actor1().name()).isEqualTo("Military Forces of Sudan");
        assertThat(e.actor2().name()).isEqualTo("Rapid Support Forces");
    }

    @Test
    void roundsFiredAreShooting() {
        // «أعيرة نارية»: the shots told, and the arrest after them is part of the attack, not the event
        Event e = single("أطلق مسلح عدة أعيرة نارية أمس على مجموعة من السياح في حي المدرج بمدينة عمان، فأصاب ستة بجروح قبل إلقاء القبض عليه.");
        assertThat(e.eventType()).isEqualTo("Violence against civilians");
        assertThat(e.actor2().name()).startsWith("Civilians");
    }

    @Test
    void aBombDefusedWithTheSappersBetweenIsDisruptedWeaponsUse() {
        // «فككت» begins with the letter of the conjunction «ف»
        Event e = single("فككت وحدات الهندسة في الجيش الجزائري أمس قنبلة تقليدية الصنع زرعت على جانب طريق في ولاية تيزي وزو.");
        assertThat(e.subEventType()).isEqualTo("Disrupted weapons use");
    }

    @Test
    void explosionsHeardInAFirefightAreTheBattle() {
        Event e = single("قتل ثلاثة أشخاص مساء أمس في اشتباكات مسلحة بين جهاز الردع واللواء 444 قتال في منطقة عين زارة. وتحدث "
                + "سكان عن دوي انفجارات وإطلاق نار كثيف استمر حتى ساعة متأخرة من الليل.");
        assertThat(e.subEventType()).isEqualTo("Armed clash");
        // a bomb named is a bomb
        assertThat(single("قتل ثلاثة أشخاص مساء أمس في انفجار عبوة ناسفة في منطقة عين زارة.").subEventType())
                .isEqualTo("Remote explosive/landmine/IED");
    }

    @Test
    void gunmenKilledInClashesWithSecurityForcesFoughtABattle() {
        Event e = single("وقال الناطق باسم الجيش إن 25 مسلحا على الأقل قتلوا في اشتباكات مع قوات الأمن في وادي سوات امس، بينما "
                + "قتل جنديان.");
        assertThat(e.eventType()).isEqualTo("Battles");
        assertThat(e.fatalities()).isEqualTo(27);
        // protesters who clash with the police riot
        assertThat(single("اشتبك متظاهرون غاضبون امس مع قوات الأمن في وسط مدينة الكوت.").eventType()).isEqualTo("Riots");
    }

    @Test
    void aBombFoundIsDisruptedWeaponsUse() {
        Event e = single("عثرت الشرطة العراقية امس على سيارة مفخخة مركونة قرب جامع في حي الأعظمية ببغداد.");
        assertThat(e.subEventType()).isEqualTo("Disrupted weapons use");
        // a bomb that went off where the police found it did harm
        assertThat(single("انفجرت امس عبوة ناسفة عثرت عليها الشرطة قرب جامع في حي الأعظمية ببغداد ما أدى إلى مقتل شرطيين.")
                .eventType()).isEqualTo("Explosions/Remote violence");
    }

    @Test
    void aPlaceTakenByAGroupWithALongNameIsStillTaken() {
        Event taken = single("سيطر متمردو حركة «إم 23» المدعومة من رواندا، أمس الأحد، على بلدة روبايا في إقليم ماسيسي.");
        assertThat(taken.subEventType()).isEqualTo("Non-state actor overtakes territory");
    }

    @Test
    void anAttackOnASiteOfTheArmedForcesIsABattle() {
        Event e = single("قتل عشرات الأشخاص في هجوم شنه مسلحون فجر الأحد على ثكنة في مدينة منغو شرقي البلاد.");
        assertThat(e.subEventType()).isEqualTo("Armed clash");
        assertThat(single("قتل عشرات الأشخاص في هجوم شنه مسلحون فجر الأحد على قاعدة عسكرية في مدينة منغو.").subEventType())
                .isEqualTo("Armed clash");
        // a base that is not a military one leaves the dead civilians
        assertThat(single("قتل عشرات الأشخاص في هجوم شنه مسلحون فجر الأحد على قاعدة الانطلاق للحافلات في مدينة منغو.")
                .subEventType()).isEqualTo("Attack");
    }

    @Test
    void shellsThatFellDuringTheFightingAreWeaponsOfTheBattle() {
        List<Event> e = events("قتل شخصان في اشتباكات عنيفة اندلعت أمس بين مجموعتين مسلحتين في منطقة الحرشة غرب مدينة الزاوية. "
                + "وأوضح المركز أن بين المصابين امرأة وطفلين أصيبوا بشظايا قذائف سقطت على منازلهم.");
        assertThat(e).singleElement().satisfies(x -> assertThat(x.subEventType()).isEqualTo("Armed clash"));
        // shelling a named side carried out is what happened
        assertThat(single("قصفت قوات الجيش بالمدفعية أمس مواقع للمسلحين في منطقة الحرشة غرب مدينة الزاوية ما أدى إلى مقتل شخصين.")
                .subEventType()).isEqualTo("Shelling/artillery/missile attack");
    }

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
    void aDayInAGroupsNameIsNotTheDayOfTheEvent() {
        Event e = single("سيطر مقاتلو حركة \"23 مارس\"، أمس الأحد، على مدينة ماسيسي بعد معارك مع الجيش.", "2024-03-05");
        assertThat(e.subEventType()).isEqualTo("Non-state actor overtakes territory");
        assertThat(e.date()).hasToString("2024-03-04");
    }

    @Test
    void theTakerAndThePlaceMayStandFarApartAcrossBracketsAndQuotes() {
        Event e = single("سيطر مقاتلو \"حركة الشباب المجاهدين\" المرتبطة بتنظيم \"القاعدة\"، يوم أمس الأحد، على مدينة بولو بردي.");
        assertThat(e.subEventType()).isEqualTo("Non-state actor overtakes territory");
    }

    @Test
    void aVerbThatReportsTheClashesMayHaveTheDayBeforeItsSubject() {
        Event e = single("وفي مدينة تعز، تجددت اليوم الاثنين الاشتباكات بين مسلحي المقاومة ومسلحي الجماعة.");
        assertThat(e.subEventType()).isEqualTo("Armed clash");
    }

    @Test
    void aRetakingAnnouncedAsANounIsGovernmentRegainsTerritory() {
        // «استعادة» ends in «ة», which is no possessive «ه»: the retaking is told, not referred to
        Event e = single("أعلن الجيش الصومالي، أمس، استعادة السيطرة على بلدة بارديرا بعد معارك مع مقاتلي حركة الشباب.");
        assertThat(e.eventType()).isEqualTo("Battles");
        assertThat(e.subEventType()).isEqualTo("Government regains territory");
        assertThat(e.date()).isEqualTo(java.time.LocalDate.of(2024, 5, 15));
        // the start of what went on before is no day of the retaking
        Event since = single("أعلن الجيش الصومالي، أمس، استعادة السيطرة على بلدة بارديرا التي ظل المقاتلون يسيطرون عليها منذ مارس الماضي.");
        assertThat(since.date()).isEqualTo(java.time.LocalDate.of(2024, 5, 15));
    }

    @Test
    void aRaidThatHurtNoOneIsLooting() {
        Event e = single("اقتحم مسلحون أمس متاجر في سوق مدينة الجنينة ونهبوا محتوياتها، من دون أن تسجل إصابات.");
        assertThat(e.subEventType()).isEqualTo("Looting/property destruction");
    }

    @Test
    void protestersWhoStormAndBurnRiotEvenWhenForceKills() {
        Event e = single("اقتحم مئات المحتجين مقر المحافظة في مدينة البصرة أمس وأضرموا النار فيه، فأطلقت الشرطة النار عليهم ما أدى إلى مقتل متظاهرين اثنين.");
        assertThat(e.eventType()).isEqualTo("Riots");
        assertThat(e.subEventType()).isEqualTo("Violent demonstration");
        assertThat(e.fatalities()).isEqualTo(2);
    }

    @Test
    void aSeriesOfStrikesToldWithTheDaySetOffByCommasIsReported() {
        Event e = single("شنت الطائرات الأميركية، فجر اليوم، سلسلة غارات على قاعدة الحديدة الجوية.");
        assertThat(e.subEventType()).isEqualTo("Air/drone strike");
    }

    @Test
    void shotDeadIsAKilling() {
        Event e = single("أردى مسلحون مجهولون ضابطا في الشرطة قتيلا صباح أمس أمام منزله في مدينة الرمادي.");
        assertThat(e.eventType()).isIn("Violence against civilians", "Battles");
    }

    @Test
    void howAStrikeWasDoneJoinsItThoughItSaysSeveral() {
        // «عدة غارات» on one site, with no toll and no place of its own, tells how the strike told before was done
        List<Event> e = events("ارتفعت حصيلة العدوان الإسرائيلي على مبنى الأركان في مدينة دمشق أمس إلى 3 قتلى. "
                + "وأوضحت الوزارة أن الموقع تعرض لعدة غارات متتالية نفذها طيران الاحتلال الإسرائيلي.");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).subEventType()).isEqualTo("Air/drone strike");
    }

    @Test
    void aFightToldAnywhereMakesTheIncidentABattle() {
        // the headline calls it an attack on men the lexicon does not know; the report tells the fight
        List<Event> e = events("هجوم لمسلحي داعش يوقع قتيلين جنوب غربي كركوك\n\n"
                + "قال مصدر أمني إن عنصرين قتلا مساء أمس بهجوم شنه مسلحو داعش على نقطة مرابطة قرب قرية الشيخ صالح، "
                + "مضيفا أن الاشتباك استمر نحو ساعة.");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).eventType()).isEqualTo("Battles");
    }

    @Test
    void aTribalFeudIsAnArmedClash() {
        assertThat(single("قتل شخصان في نزاع عشائري اندلع أمس في ناحية الدير شمالي البصرة.").eventType()).isEqualTo("Battles");
    }

    @Test
    void marchesLaunchedAtATargetAreDrones() {
        // «مسيرات» is both; launched and striking, they are drones
        Event e = single("استهدفت مسيرات أطلقتها قوات الدعم السريع مساء أمس مقر قيادة الفرقة السادسة في مدينة الفاشر.");
        assertThat(e.subEventType()).isEqualTo("Air/drone strike");
    }

    @Test
    void aTownEnteredWithoutAFightChangesHandsPeacefully() {
        Event e = single("دخل مقاتلو حركة الشباب، أمس، بلدة تييغلو دون قتال بعد انسحاب القوات الحكومية منها.");
        assertThat(e.eventType()).isEqualTo("Strategic developments");
        assertThat(e.subEventType()).isEqualTo("Non-violent transfer of territory");
    }

    @Test
    void civiliansWhoAttackAreAMob() {
        Event e = single("هاجم سكان غاضبون مركز الشرطة في مدينة الحسيمة أمس وأحرقوا سيارتين.");
        assertThat(e.eventType()).isEqualTo("Riots");
        assertThat(e.subEventType()).isEqualTo("Mob violence");
        // civilians attacked are the victims
        assertThat(single("هاجم مسلحون سكان قرية الكرم أمس.").eventType()).isEqualTo("Violence against civilians");
    }

    @Test
    void protestersWhoStormRiotThoughGuardsFireOnThem() {
        Event e = single("اقتحم محتجون غاضبون أمس مقار عدد من الأحزاب في مدينة العمارة وأضرموا فيها النار، "
                + "ما دفع حراس أحد المقار إلى إطلاق الرصاص، ما أدى إلى مقتل ثلاثة محتجين.");
        assertThat(e.eventType()).isEqualTo("Riots");
        assertThat(e.subEventType()).isEqualTo("Violent demonstration");
    }

    @Test
    void propertyTakenInARaidIsLooting() {
        Event e = single("اقتحم مسلحون أمس مستشفى مدينة سنار واستولوا على سيارات الإسعاف.");
        assertThat(e.subEventType()).isEqualTo("Looting/property destruction");
    }

    @Test
    void dronesFlyingOverAFightStrikeNothing() {
        // «وسط تحليق مكثف للطائرات المسيرة»: drones overhead are no air strike; the fight is a battle, placed where the
        // raiders went in
        Event e = single("استشهد شابان خلال اشتباكات مسلحة اندلعت فجر اليوم بين مقاومين من كتيبة جنين وقوات الاحتلال التي "
                + "اقتحمت مخيم جنين بعشرات الآليات العسكرية، وسط تحليق مكثف للطائرات المسيرة.");
        assertThat(e.eventType()).isEqualTo("Battles");
        assertThat(e.location().nameAr()).isEqualTo("جنين");
    }

    @Test
    void aPoliticalBombIsNoBomb() {
        none("تعرض وزير الداخلية لقصف سياسي مركز من نواب المعارضة خلال جلسة المساءلة البرلمانية أمس.");
        none("وكشف الوزير عن قنبلة سياسية عندما أعلن استقالته خلال مقابلة تلفزيونية مساء أمس.");
    }

    @Test
    void combatVehiclesAreNoCombat() {
        // «على متن عشرات العربات القتالية»: how the attackers came, no fight with anyone
        Event e = single("اقتحم عناصر الدعم السريع قرية الهشابة يوم السبت على متن عشرات العربات القتالية، وأطلقوا النار "
                + "عشوائيا على السكان، ما أدى إلى مقتل 25 مدنيا.", "2026-01-12");
        assertThat(e.eventType()).isEqualTo("Violence against civilians");
    }

    @Test
    void villagersWhoAttackHomesWithStonesAndFireAreAMob() {
        Event e = single("هاجم العشرات من أهالي قرية العزيب مساء الاثنين منازل عدد من الأقباط، ورشقوها بالحجارة وأضرموا النار "
                + "في منزلين.", "2026-02-26");
        assertThat(e.eventType()).isEqualTo("Riots");
        assertThat(e.subEventType()).isEqualTo("Mob violence");
        // gunmen who attack and burn are no mob
        assertThat(single("هاجم مسلحون مجهولون قرية العزيب مساء الاثنين وأضرموا النار في منزلين.", "2026-02-26").eventType())
                .isNotEqualTo("Riots");
    }

    @Test
    void burningThatHurtPeopleIsAnAttackOnThem() {
        Event e = single("أصيب ثلاثة مواطنين بجروح مساء الثلاثاء إثر هجوم شنه مستوطنون على قرية دوما، أحرقوا خلاله منزلين "
                + "ومركبة.", "2026-01-22");
        assertThat(e.eventType()).isEqualTo("Violence against civilians");
        assertThat(e.subEventType()).isEqualTo("Attack");
    }
}

package org.rasad.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rasad.core.model.Article;
import org.rasad.core.model.Event;

/** Town names with no place word before them, read as places when the gazetteer knows the town. */
class BareTownNameTest {

    /** A stand-in for the gazetteer: these names are towns (as written, with clitics, like the index's lookup). */
    private static final Set<String> TOWNS = Set.of("بغداد", "ببنغازي", "بنغازي", "الموصل", "الدار البيضاء", "لبنان", "بيروت", "اللاذقيه");
    private static final Extractor WITH_TOWNS = new Extractor().withKnownPlaces((name, country) -> TOWNS.contains(name));

    private static List<Event> events(Extractor extractor, String text) {
        return extractor.extract(new Article("t.txt", text, LocalDate.of(2024, 5, 16), null, null, null)).events();
    }

    private static String placeOf(String text) {
        List<Event> events = events(WITH_TOWNS, text);
        assertThat(events).as("events of «%s»", text).hasSize(1);
        return events.get(0).location() == null ? null : events.get(0).location().nameAr();
    }

    @Test
    void townAfterAPrepositionIsThePlace() {
        assertThat(placeOf("انفجرت سيارة مفخخة أمس في بغداد ما أدى إلى مقتل ثلاثة أشخاص.")).isEqualTo("بغداد");
        assertThat(placeOf("قتل ثلاثة أشخاص أمس قرب الموصل في هجوم مسلح.")).isEqualTo("الموصل");
    }

    @Test
    void aTownARelativeClauseDescribesIsStillATown() {
        // «التي» begins with the article but is no noun in construct with the town («في إطار التعاون» is not a town)
        assertThat(placeOf("وسقطت قذائف هاون أمس على حي سكني في بغداد التي تشهد توترا أمنيا منذ أسابيع.")).isEqualTo("بغداد");
    }

    @Test
    void townWithAClitic() {
        assertThat(placeOf("قتل جنديان أمس في هجوم ببنغازي.")).isEqualTo("بنغازي");
    }

    @Test
    void twoWordTown() {
        assertThat(placeOf("فجر انتحاري نفسه أمس في الدار البيضاء وقتل شخصين.")).isEqualTo("الدار البيضاء");
    }

    @Test
    void withoutAGazetteerABareNameIsNotRead() {
        List<Event> events = events(new Extractor(), "انفجرت سيارة مفخخة أمس في بغداد ما أدى إلى مقتل ثلاثة أشخاص.");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).location()).isNull();
    }

    @Test
    void aCountryStaysACountry() {
        // «لبنان» is also a town's name somewhere: named as a country, it is never read as that town
        List<Event> events = events(WITH_TOWNS, "قتل ثلاثة أشخاص أمس في غارة جوية في لبنان.");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).location()).satisfiesAnyOf(
                l -> assertThat(l).isNull(),
                l -> assertThat(l.geoPrecision()).isNotEqualTo(1));
    }

    @Test
    void placeOfARelativeClauseIsNotTheEventsPlace() {
        // the unrest «began weeks ago in Baghdad»; the shooting happened in the south
        String place = placeOf("فتحت قوات الأمن النار على محتجين في جنوب البلاد أمس، مع استمرار الاضطرابات التي بدأت "
                + "قبل أسابيع في بغداد، مما أسفر عن مقتل خمسة أشخاص.");
        assertThat(place).isNotEqualTo("بغداد");
    }

    @Test
    void aSideOfATownIsPlacedAtTheTown() {
        // «الضاحية الجنوبية لبيروت»: the town in «ل» after the direction, its name without the «ل»
        Event e = events(WITH_TOWNS, "قتل ثلاثة أشخاص أمس في غارة على الضاحية الجنوبية لبيروت.").get(0);
        assertThat(e.location().nameAr()).isEqualTo("بيروت");
        assertThat(e.location().relation()).isEqualTo("offset");
        // «للاذقية» is «ل» + «اللاذقية»
        assertThat(placeOf("قتل مدنيان أمس في قصف على الريف الشمالي للاذقية.")).isEqualTo("اللاذقية");
        assertThat(placeOf("قتل مدنيان أمس في قصف على الأحياء الشرقية لمدينة حلب.")).isEqualTo("حلب");
        // a word in «ل» that is no town leaves the direction a region of the country
        assertThat(placeOf("قتل مدنيان أمس في قصف على المناطق الجنوبية لها.")).isNotEqualTo("ها");
    }

    @Test
    void aDirectionThatIsPartOfAProvincesNameStaysInTheName() {
        // with the gazetteer's provinces: «جنوب دارفور» is a state, not somewhere south of Darfur
        Set<String> provinces = Set.of(org.rasad.core.text.Normalizer.normalize("جنوب دارفور"),
                org.rasad.core.text.Normalizer.normalize("شبيلي الوسطى"), org.rasad.core.text.Normalizer.normalize("كابو ديلغادو"));
        Extractor withProvinces = new Extractor().withKnownPlaces((name, country) -> provinces.contains(name));
        Event darfur = events(withProvinces, "قتل خمسة مدنيين أمس في هجوم على قرية في ولاية جنوب دارفور.").get(0);
        assertThat(darfur.location().nameAr()).isEqualTo("جنوب دارفور");
        assertThat(darfur.location().relation()).isEqualTo("in");
        Event shabelle = events(withProvinces, "قتل الجيش أمس 40 عنصرا من حركة الشباب في منطقة شبيلي الوسطى.").get(0);
        assertThat(shabelle.location().nameAr()).isEqualTo("شبيلي الوسطى");
        // a province of two words the gazetteer knows, after its generic word
        assertThat(events(withProvinces, "هاجم مسلحون أمس قرية في محافظة كابو ديلغادو وقتلوا خمسة مدنيين.").get(0)
                .location().nameAr()).isEqualTo("كابو ديلغادو");
        // an unknown name after the direction is still somewhere that way from it
        Event south = events(withProvinces, "قتل خمسة مدنيين أمس في هجوم جنوب القطرون.").get(0);
        assertThat(south.location().relation()).isEqualTo("offset");
    }

    @Test
    void theTownAfterABuildingThatIsNoNameIsThePlace() {
        // «مقر البرلمان» names no place the gazetteer could hold; «ببغداد» after it is where it was
        assertThat(placeOf("نظم المئات وقفة احتجاجية أمام مقر البرلمان ببغداد أمس.")).isEqualTo("بغداد");
    }

    @Test
    void aProvinceNamedBareIsAnAreaThatATownOfItPlacesMorePrecisely() {
        KnownPlaces hiran = new KnownPlaces() {
            @Override
            public boolean isPlace(String written, String country) {
                return written.equals("هيران");
            }

            @Override
            public boolean isProvinceOnly(String written, String country) {
                return written.equals("هيران");
            }
        };
        List<Event> e = events(new Extractor().withKnownPlaces(hiran), "قتل 15 جنديا في هجوم في هيران.\n"
                + "وهاجم مقاتلو حركة الشباب، فجر الأحد، قاعدة عسكرية في بلدة بولو برتي بإقليم هيران وقتلوا 15 جنديا.");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).location().nameAr()).isEqualTo("بولو برتي");
    }

    @Test
    void theTownAfterANamedPlaceAnchorsIt() {
        // «ساحة الخلاني ببغداد»: the square is the place; the town that holds it goes with it for the gazetteer
        Event e = events(WITH_TOWNS, "أطلقت قوات الأمن الرصاص على المتظاهرين في ساحة الخلاني ببغداد أمس، ما أدى إلى مقتل متظاهرين اثنين.").get(0);
        assertThat(e.location().nameAr()).isEqualTo("الخلاني");
        assertThat(e.location().anchorAr()).isEqualTo("بغداد");
    }

    @Test
    void theFirstKnownTownOfAListAfterAPluralWordIsThePlace() {
        assertThat(placeOf("قتل ستة أشخاص أمس في غارات على بلدات الموصل والحضر وتلعفر.")).isEqualTo("الموصل");
        // «قرى عدة», «قرى المسيحيين» name no town
        assertThat(placeOf("قتل ستة أشخاص أمس في غارات على قرى عدة.")).isNull();
        assertThat(placeOf("قتل ستة أشخاص أمس في هجمات على قرى المسيحيين.")).isNull();
    }

    @Test
    void aProtestInSeveralListedTownsIsOneEventPerTown() {
        List<Event> events = events(WITH_TOWNS, "خرج آلاف المحتجين أمس في بغداد والموصل للمطالبة بتوفير فرص العمل.");
        assertThat(events).extracting(e -> e.location().nameAr()).containsExactly("بغداد", "الموصل");
        assertThat(events(WITH_TOWNS, "نظمت نقابات المعلمين وقفات احتجاجية أمس في كل من بيروت والدار البيضاء."))
                .extracting(e -> e.location().nameAr()).containsExactly("بيروت", "الدار البيضاء");
        // «مدينتي … و…» names the two towns, not somewhere between them
        assertThat(events(WITH_TOWNS, "اعتصم مئات العمال أمس في مدينتي الكوت والعمارة احتجاجا على تأخر الرواتب."))
                .extracting(e -> e.location().nameAr()).containsExactly("الكوت", "العمارة");
    }

    @Test
    void violenceInListedTownsStaysOneEvent() {
        // one toll for both towns cannot be shared out: the clause stays one incident
        assertThat(events(WITH_TOWNS, "قتل ثلاثة أشخاص أمس في انفجارات هزت بغداد والموصل.")).hasSize(1);
    }

    @Test
    void aTwoWordTownWithAClitic() {
        assertThat(placeOf("قتل شخصان أمس في هجوم مسلح بالدار البيضاء.")).isEqualTo("الدار البيضاء");
    }

    @Test
    void aCapitalsNameOfTwoWordsIsWhole() {
        Extractor withCapital = new Extractor().withKnownPlaces((name, country) -> name.equals("اسلام اباد"));
        List<Event> e = events(withCapital, "قتل ثلاثة أشخاص أمس في انفجار سيارة مفخخة في العاصمة إسلام آباد.");
        assertThat(e).hasSize(1);
        assertThat(e.get(0).location().nameAr()).isEqualTo("إسلام آباد");
    }
}

package org.rasad.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasad.core.text.Normalizer;

/** How {@link PlaceFinder} delimits place names: one test per rule, on fictional news sentences. */
class PlaceNameFormingTest {

    /** The names PlaceFinder reads in a sentence, in matching form. */
    private static List<String> names(String text) {
        Annotations a = new Annotations(new TextIndex(text), Lexicon.bundled(), null);
        return PlaceFinder.find(a, 0, a.ix.tokens.size()).stream().map(PlaceMention::name).toList();
    }

    private static void check(String text, String... expected) {
        assertThat(names(text)).as("places in «%s»", text)
                .containsAll(List.of(expected).stream().map(Normalizer::normalize).toList());
    }

    private static void noPlaceStartsWith(String text, String word) {
        assertThat(names(text)).as("places in «%s»", text).noneMatch(n -> n.startsWith(Normalizer.normalize(word)));
    }

    @Test
    void nameFormingWordAfterAPlaceWordStaysInTheName() {
        check("انفجرت عبوة ناسفة في مقر بلدة أم الخيل فجر الأحد.", "ام الخيل");
        check("قصفت الطائرات مدينة بني وليد أمس.", "بني وليد");
    }

    @Test
    void aNounWithTheArticleGoesOnAOneWordName() {
        check("استهدفت غارة منزلا في بلدة عيتا الشعب فجر اليوم.", "عيتا الشعب");
        // an adjective, a day or a participle does not
        check("سقطت قذائف على مدينة غزة المحاصرة أمس.", "غزة");
        noPlaceStartsWith("سقطت قذائف على مدينة غزة المحاصرة أمس.", "غزة المحاصرة");
        noPlaceStartsWith("قصفت الطائرات قرية كفرنبودة الخميس.", "كفرنبودة الخميس");
    }

    @Test
    void godsNameIsTheSecondWordOfAPlace() {
        // «الله» is too short for the rule above, and the commonest second word of all
        check("تظاهر العشرات أمس في مدينة رام الله.", "رام الله");
        // after a place given by its centre, the anchor keeps both words too
        assertThat(new Extractor().extract(new org.rasad.core.model.Article("t.txt",
                        "تظاهر العشرات أمس في ميدان المنارة وسط مدينة رام الله.", null, null, null, null))
                .events().get(0).location().anchorAr()).isEqualTo("رام الله");
    }

    @Test
    void aPlainSecondWordThatEndsThePhraseIsPartOfATownsName() {
        check("قتل جنود في هجوم على قاعدتهم في بلدة بولو برتي بإقليم هيران.", "بولو برتي");
        check("قصفت القوات أمس مدينة الخرطوم بحري، ما أدى إلى مقتل خمسة مدنيين.", "الخرطوم بحري");
        // a word after the name that is no end of the phrase, a date or an adjective says the name was one word
        check("قتل خمسة مدنيين في قصف على مدينة غزة أمس.", "غزة");
        noPlaceStartsWith("قتل خمسة مدنيين في قصف على مدينة غزة أمس.", "غزة امس");
        noPlaceStartsWith("سقطت قذائف على مدينة تعز اليمنية أمس.", "تعز اليمنيه");
    }

    @Test
    void streetsOfATownNameTheTown() {
        check("تدفق آلاف المتظاهرين في شوارع كادقلي منذ الصباح الباكر.", "كادقلي");
    }

    @Test
    void anAreaNamedByAPhraseKeepsItsLastWord() {
        // «الغربية» in «الضفة الغربية» is no direction; «قطاع غزة» needs no place word
        check("اعتقلت القوات فجر اليوم 15 شابا في مناطق متفرقة من الضفة الغربية.", "الضفة الغربية");
        check("قتل ثلاثة في غارة على قطاع غزة أمس.", "قطاع غزة");
        check("واعتقل الجيش عشرة شبان وبالضفة الغربية اقتحم بلدات عدة.", "الضفة الغربية");
        noPlaceStartsWith("اعتقلت القوات فجر اليوم 15 شابا في مناطق متفرقة من الضفة الغربية.", "الغربية");
    }

    @Test
    void aTownWhoseNameBeginsWithAPlaceWordKeepsIt() {
        check("شنت طائرات حربية غارات على أطراف مدينة جسر الشغور أمس.", "جسر الشغور");
        check("هاجمت القوات قرية ود النورة بولاية الجزيرة أمس.", "ود النورة");
        // a preposition written apart («لـ») is no name after a place word
        noPlaceStartsWith("قال الجيش إن طيرانه استهدف مقرات لـ\"الإرهابيين\" في المنطقة.", "ل");
    }

    @Test
    void aRoadBetweenTwoTownsRunsByTheFirst() {
        check("انفجرت عبوة ناسفة على الطريق الرابط بين مدينتي أفجوي ومقديشو أمس.", "افجوي");
        check("انفجرت عبوة ناسفة على الطريق الدولي بين حلب ودمشق أمس.", "حلب");
        // a road's own verb is no name
        noPlaceStartsWith("انفجرت عبوة ناسفة على طريق يربط مدينتي أفجوي ومقديشو أمس.", "يربط");
    }

    @Test
    void anUnnamedVillageNearATownIsNearTheTown() {
        check("اختطف مسلحون 25 مزارعا في قرية قرب مدينة مايدوغوري أمس.", "مايدوغوري");
        noPlaceStartsWith("اختطف مسلحون 25 مزارعا في قرية قرب مدينة مايدوغوري أمس.", "قرب");
    }

    @Test
    void nameFormingWordAfterAPrepositionStartsANameWithoutAPlaceWord() {
        check("قتل جنديان في هجوم مسلح في أم الخيل أمس.", "ام الخيل");
        check("سقطت قذائف على سيدي بوزيد ليلا.", "سيدي بوزيد");
        check("اندلعت اشتباكات قرب بئر الغنم صباح اليوم.", "بئر الغنم");
    }

    @Test
    void cliticOnANameFormingWordStillStartsAName() {
        check("وقع انفجار بأم الخيل مساء الجمعة.", "بام الخيل");
    }

    @Test
    void idiomWithANameFormingWordIsNoPlace() {
        noPlaceStartsWith("قتل ثلاثة أشخاص في انفجار وقع في رأس السنة بمدينة درنة.", "راس");
        noPlaceStartsWith("قال شاهد إن المسلحين أعدموا الأسرى في عين المكان.", "عين");
    }

    @Test
    void personalNameAfterAlaIsNoPlace() {
        noPlaceStartsWith("ألقت قوات الأمن القبض على أبو بكر الليبي في مدينة درنة.", "ابو");
        check("ألقت قوات الأمن القبض على أبو بكر الليبي في مدينة درنة.", "درنة");
    }

    @Test
    void naturalFeatureKeepsItsWordAsGeoNamesWritesIt() {
        check("قتل جنديان في هجوم في وادي عتبة أمس.", "وادي عتبة");
        check("اشتباكات عنيفة في منطقة جبل النسر.", "جبل النسر");
        check("هجوم لبوكو حرام في منطقة بحيرة تشاد.", "بحيرة تشاد");
    }

    @Test
    void cliticOnAFeatureWordIsNoPartOfTheName() {
        check("انفجرت عبوة بالقرب من قرية الدغرة بجبل الشعانبي.", "جبل الشعانبي");
        check("وقع هجوم بوادي عتبة ليلا.", "وادي عتبة");
    }

    @Test
    void compoundNameEndsBeforeADefiniteAdjective() {
        check("قصف على مدينة رأس لانوف النفطية.", "راس لانوف");
        assertThat(names("قصف على مدينة رأس لانوف النفطية.")).doesNotContain(Normalizer.normalize("راس لانوف النفطية"));
    }

    @Test
    void plainWordAfterAPrepositionIsNoPlace() {
        assertThat(names("قتل جنديان في الهجوم أمس.")).isEmpty();
    }

    @Test
    void anUnnamedNeighbouringVillageHasNoName() {
        noPlaceStartsWith("ويأتي الهجوم بعد أسبوع من هجوم مماثل على قرية مجاورة أسفر عن مقتل 20 مدنيا.", "مجاوره");
    }

    @Test
    void aTownNameInIyaIsANameAndAMarketInIIsDescribed() {
        check("أصيب ثلاثة شبان أمس في بلدة قباطية جنوب جنين.", "قباطيه");
        check("قتل جندي في ناحية سنوني شمال قضاء سنجار.", "سنوني");
        noPlaceStartsWith("قتل خمسة أشخاص قرب سوق شعبي في منطقة البلديات شرقي بغداد.", "شعبي");
        noPlaceStartsWith("سقطت قذيفة على حي سكني في مدينة حلب.", "سكني");
    }

    @Test
    void theSecondOfTwoTownsMayHaveTwoWords() {
        assertThat(new Extractor().extract(new org.rasad.core.model.Article("t.txt",
                        "انفجرت عبوة أمس على الطريق بين مدينتي بلدوين وبولو برتي، ما أدى إلى مقتل جندي.", null, null, null, null))
                .events().get(0).location().anchorAr()).isEqualTo("بولو برتي");
    }

    @Test
    void aWordOfTimeOrCauseIsNoSecondWordOfAName() {
        noPlaceStartsWith("ارتفعت حصيلة القصف على مدينة خان يونس منذ فجر اليوم إلى 27 قتيلا.", "خان يونس منذ");
        check("ارتفعت حصيلة القصف على مدينة خان يونس منذ فجر اليوم إلى 27 قتيلا.", "خان يونس");
    }
}

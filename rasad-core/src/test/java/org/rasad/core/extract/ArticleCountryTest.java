package org.rasad.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasad.core.model.Article;
import org.rasad.core.model.Event;

/** Which country an article is about, when its text names foreign states more often than its own. */
class ArticleCountryTest {

    /** A gazetteer that knows two capitals: Amman and Beirut. */
    private static final KnownPlaces AMMAN = new KnownPlaces() {
        @Override
        public boolean isPlace(String written, String country) {
            return false;
        }

        @Override
        public String countryOfCity(String written) {
            return written.equals("عمان") ? "JO" : written.equals("بيروت") ? "LB" : null;
        }
    };

    private static final String PROTEST = "عمّان - الأناضول: فرقت قوات الأمن، مساء أمس، بالغاز مئات المتظاهرين الذين حاولوا "
            + "الوصول إلى مقر السفارة الإسرائيلية في منطقة الرابية، احتجاجا على القصف الإسرائيلي على قطاع غزة ومطالبين بطرد "
            + "السفير الإسرائيلي.";

    private static List<Event> events(Extractor extractor, String text) {
        return extractor.extract(new Article("a.txt", text, LocalDate.of(2023, 10, 21), null, null, null)).events();
    }

    @Test
    void aCapitalInTheDatelineSaysWhereTheNewsIs() {
        List<Event> events = events(new Extractor().withKnownPlaces(AMMAN), PROTEST);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.actor1().name()).isEqualTo("Protesters (Jordan)");
            // a crowd counted and broken up was protesting
            assertThat(e.subEventType()).isEqualTo("Protest with intervention");
        });
    }

    @Test
    void withoutAGazetteerTheDatelineIsOnlyAName() {
        assertThat(events(new Extractor(), PROTEST)).singleElement()
                .satisfies(e -> assertThat(e.actor1().name()).isNotEqualTo("Protesters (Jordan)"));
    }

    @Test
    void aStoryFiledFromAnotherCapitalStaysWhereItHappened() {
        List<Event> events = events(new Extractor().withKnownPlaces(AMMAN),
                "بيروت - أ ف ب: قتل خمسة مدنيين أمس في قصف على بلدة سرمين في سوريا.");
        assertThat(events).singleElement().satisfies(e -> assertThat(e.actor2().name()).isEqualTo("Civilians (Syria)"));
    }
}

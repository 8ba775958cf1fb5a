package org.rasad.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.rasad.core.model.Article;
import org.rasad.core.model.DocumentResult;

/** Any text in, a result out: no exception, and every offset quotes the original exactly. */
class ExtractorRobustnessTest {

    private static final String[] WORDS = {"قتل", "مقتل", "3", "جنود", "هجوم", "داعش", "في", "مدينة", "سبها", "أمس",
            "الخميس", "بين", "و", "غرب", "80", "كيلومترا", "اشتباكات", "الجيش", "الليبي", "«", "»", ".", "،", "\n", "ـ",
            "عبوة", "ناسفة", "اغتال", "مسلحون", "مجهولون", "متظاهرا", "جميعا", "نفى", "منهم", "ارتفعت", "حصيلة", "إلى", "قتيلا", "بعد", "يومين", "من", "x", "\u200f", "٣"};

    @Provide
    Arbitrary<String> newsLike() {
        return Arbitraries.of(WORDS).list().ofMaxSize(120).map(l -> String.join(" ", l));
    }

    @Property(tries = 300)
    void offsetsQuoteTheOriginal(@ForAll("newsLike") String text) {
        DocumentResult r = new Extractor().extract(Article.of("p", text));
        assertThat(r.error()).isNull();
        r.events().forEach(e -> {
            e.evidence().forEach(ev -> assertThat(text.substring(ev.start(), ev.end())).isEqualTo(ev.text()));
            e.claims().forEach(c -> assertThat(text.substring(c.evidence().start(), c.evidence().end())).isEqualTo(c.evidence().text()));
            if (e.location() != null && e.location().evidence() != null) {
                var ev = e.location().evidence();
                assertThat(text.substring(ev.start(), ev.end())).isEqualTo(ev.text());
            }
        });
    }

    @Property(tries = 200)
    void arbitraryTextNeverFails(@ForAll String text) {
        assertThat(new Extractor().extract(Article.of("p", text)).error()).isNull();
    }

    @Test
    void emptyAndJunkGiveNoEvents() {
        Extractor x = new Extractor();
        assertThat(x.extract(Article.of("e", "")).events()).isEmpty();
        assertThat(x.extract(Article.of("j", "\u0000\u0001\uFFFD\uD800 ##")).events()).isEmpty();
        assertThat(x.extract(Article.of("en", "Gunmen killed five soldiers in Sabha yesterday.")).events()).isEmpty();
    }

    @Test
    void aKillingWhoseDoerEndsTheTextIsNoFailure() {
        // the one killed is looked for after the doer, which here runs to the last word
        assertThat(new Extractor().extract(Article.of("p", "اغتال مسلحون مجهولون")).error()).isNull();
        DocumentResult r = new Extractor().extract(Article.of("p", "وقال إن الضابط اغتاله مسلحون مجهولون"));
        assertThat(r.error()).isNull();
        assertThat(r.events()).singleElement().satisfies(e -> assertThat(e.fatalities()).isEqualTo(1));
    }
}

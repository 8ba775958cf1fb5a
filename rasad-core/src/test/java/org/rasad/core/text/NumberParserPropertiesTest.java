package org.rasad.core.text;

import static org.rasad.core.text.NumberParserChecks.assertInvariants;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class NumberParserPropertiesTest {

    /** Pieces that exercise every rule, so random joins hit the interesting boundaries. */
    private static final String[] PIECES = {"ثلاثة", "وعشرين", "عشر", "إحدى", "أحد", "اثنا", "مئة", "ثلاث",
        "آلاف", "ألف", "مليون", "عشرات", "الآلاف", "عدة", "عدد", "من", "كبير", "نحو", "ما", "يزيد", "عن",
        "على", "الأقل", "تقريبا", "جنديين", "شرطيان", "اثنين", "الاثنين", "لم", "و", "12,000", "1.5", "3",
        "09:41", "2023/08/16", "f16", "50%", "في", "المئة", "،", ".", "-", " ", "\n"};

    @Property(tries = 300)
    void invariantsHoldOnNewsLikeText(@ForAll("newsLike") String raw) {
        String text = Normalizer.normalize(raw);
        assertInvariants(text, NumberParser.instance().find(text));
    }

    @Property(tries = 300)
    void invariantsHoldOnAnyString(@ForAll String raw) {
        String text = Normalizer.normalize(raw);
        assertInvariants(text, NumberParser.instance().find(text));
    }

    @Provide
    Arbitrary<String> newsLike() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(PIECES),
                Arbitraries.strings().withCharRange('\u0621', '\u064A').ofMaxLength(6),
                Arbitraries.strings().numeric().ofMaxLength(5));
        Arbitrary<String> separator = Arbitraries.of(" ", " ", " ", "", ",", ".", ":", "/", "-");
        return Arbitraries.lazy(() -> piece).list().ofMaxSize(25)
                .flatMap(pieces -> separator.list().ofSize(pieces.size()).map(seps -> {
                    StringBuilder b = new StringBuilder();
                    for (int k = 0; k < pieces.size(); k++) {
                        b.append(pieces.get(k)).append(seps.get(k));
                    }
                    return b.toString();
                }));
    }
}

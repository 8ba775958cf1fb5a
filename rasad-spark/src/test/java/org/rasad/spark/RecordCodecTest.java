package org.rasad.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rasad.core.extract.Extractor;
import org.rasad.core.model.Article;
import org.rasad.core.model.DocumentResult;

class RecordCodecTest {

    @Test
    void everySampleDocumentSurvivesTheShuffleUnchanged() throws IOException {
        Extractor extractor = new Extractor();
        int events = 0;
        try (Stream<Path> files = Files.list(Path.of("../samples/articles"))) {
            for (Path f : files.sorted().toList()) {
                Article article = Article.of(f.getFileName().toString(), Files.readString(f));
                DocumentResult r = extractor.extract(article);
                Extraction.SourcedDocument d = new Extraction.SourcedDocument(r, "مصدر", article);
                assertThat(roundTrip(d)).isEqualTo(d);
                events += r.events().size();
            }
        }
        assertThat(events).isGreaterThan(12);
    }

    @Test
    void nullsEmptyListsAndUnicodeSurvive() {
        Extraction.SourcedDocument d = new Extraction.SourcedDocument(
                new DocumentResult("وثيقة \uD83D\uDE00", LocalDate.of(2024, 2, 29), List.of(), "خطأ"), null, null);
        assertThat(roundTrip(d)).isEqualTo(d);
    }

    @Test
    void aTypeTheCodecDoesNotKnowFailsWithItsName() {
        assertThatThrownBy(() -> RecordCodec.encode(new WithMap(Map.of("a", 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.util.Map");
    }

    record WithMap(Map<String, Integer> values) {
    }

    private static Extraction.SourcedDocument roundTrip(Extraction.SourcedDocument d) {
        return RecordCodec.decode(RecordCodec.encode(d), Extraction.SourcedDocument.class);
    }
}

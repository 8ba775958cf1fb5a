package org.rasad.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasad.core.dict.DictionaryException;
import org.rasad.core.model.Article;

/** The bundled dictionaries load, and an analyst's own files extend them or fail with file and line. */
class LexiconTest {

    @Test
    void bundledDictionariesLoad() {
        Lexicon lex = Lexicon.bundled();
        assertThat(lex.country("LY").name()).isEqualTo("Libya");
        assertThat(lex.byCanonical).containsKey("Islamic State ({country})");
        assertThat(lex.persons).contains("جندي", "جنود");
    }

    @Test
    void bundledDictionariesRepeatNoRow() throws IOException {
        // a row written twice is harmless to the program but hides the file's structure from the analyst who edits it
        for (String file : java.util.List.of("actors", "countries", "cues", "persons", "places", "units", "words")) {
            String name = "org/rasad/core/dict/" + file + ".tsv";
            try (var in = getClass().getClassLoader().getResourceAsStream(name)) {
                assertThat(in).as(name).isNotNull();
                var seen = new java.util.HashSet<String>();
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        assertThat(seen.add(line)).as("%s repeats the row «%.60s»", name, line).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void wordListsLoadNormalised() {
        // compared with the text's normalised words, whatever spelling the file uses
        assertThat(WordLists.of("REFERENCE_GOVERNORS")).contains("بعد", "اثر");
        assertThat(WordLists.of("RELATIVE_PRONOUNS")).contains("الذي", "التي");
        assertThatThrownBy(() -> WordLists.of("NO_SUCH_LIST"))
                .isInstanceOf(DictionaryException.class).hasMessageContaining("NO_SUCH_LIST");
    }

    @Test
    void userActorIsRecognised(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("actors.tsv"),
                "# canonical\tinter\tcountry\tparent\taliases\nKatibat al-Nour (Libya)\t3\tLY\t\tكتيبة النور|سرايا النور\n",
                StandardCharsets.UTF_8);
        Extractor extractor = new Extractor(Lexicon.withUserDictionaries(dir));
        var events = extractor.extract(Article.of("t", "هاجمت سرايا النور أمس حاجزا للجيش الليبي في مدينة غريان ما أسفر عن مقتل جنديين."))
                .events();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).actor1().name()).isEqualTo("Katibat al-Nour (Libya)");
    }

    @Test
    void badUserLineNamesFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("cues.tsv"), "# comment\nCLASH\tعراك\nNO_SUCH_CUE\tكلمة\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Lexicon.withUserDictionaries(dir))
                .isInstanceOf(DictionaryException.class)
                .hasMessageContaining("cues.tsv:3")
                .hasMessageContaining("NO_SUCH_CUE");
    }

    @Test
    void spacesInsteadOfTabsAreExplained(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("actors.tsv"), "Some Group 3 LY  alias\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Lexicon.withUserDictionaries(dir)).hasMessageContaining("actors.tsv:1").hasMessageContaining("tabs");
    }

    @Test
    void missingDirectoryIsAClearError() {
        assertThatThrownBy(() -> Lexicon.withUserDictionaries(Path.of("/no/such/dir"))).hasMessageContaining("/no/such/dir");
    }
}

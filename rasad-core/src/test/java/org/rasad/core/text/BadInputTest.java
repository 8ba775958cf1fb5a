package org.rasad.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The text layer survives whatever a crawler hands it, and keeps its contracts. */
class BadInputTest {

    private static void survives(String text) {
        TextLayerInvariants.checkAll(text);
    }

    @Test
    void emptyText() {
        survives("");
        assertThat(Normalizer.normalize("")).isEmpty();
        assertThat(Tokenizer.instance().tokenize("")).isEmpty();
        assertThat(SentenceSplitter.instance().split("")).isEmpty();
        assertThat(PageFurniture.find("")).isEmpty();
    }

    @Test
    void whiteSpaceOnly() {
        String blank = " \t\n\r\n\u00A0\u2003\u2029 ";
        survives(blank);
        assertThat(Tokenizer.instance().tokenize(Normalizer.normalize(blank))).isEmpty();
        assertThat(SentenceSplitter.instance().split(Normalizer.normalize(blank))).isEmpty();
    }

    @Test
    void englishText() {
        String text = "Gunmen attacked a checkpoint near the town. Two guards were killed, officials said.";
        survives(text);
        assertThat(SentenceSplitter.instance().split(Normalizer.normalize(text))).hasSize(2);
    }

    @Test
    void chineseText() {
        String text = "武装分子袭击了检查站。两名警卫死亡。";
        survives(text);
        assertThat(Tokenizer.instance().tokenize(Normalizer.normalize(text))).isNotEmpty();
    }

    @Test
    void randomBytesDecodedWithReplacementCharacters() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            byte[] junk = new byte[random.nextInt(2000)];
            random.nextBytes(junk);
            survives(new String(junk, StandardCharsets.UTF_8));
        }
    }

    @Test
    void nulCharacters() {
        survives("\u0000\u0000قتل\u0000 جنديان\u0000.");
        assertThat(Normalizer.normalize("قتل\u0000جنديان")).isEqualTo("قتل جنديان");
    }

    @Test
    void invalidSurrogateSequences() {
        for (String s : List.of("\uD800", "\uDC00", "\uDC00\uD800", "\uD800\uD800\uDC00", "ب\uDBFFا", "\uD83D", "😀\uDE00")) {
            survives(s);
        }
        assertThat(Normalizer.normalize("ب\uDC00\uD800ا")).isEqualTo("با");
    }

    @Test
    void fiftyMegabytesInLinearTime() {
        String big = bigText(50 * 1024 * 1024);
        assertTimeoutPreemptively(Duration.ofSeconds(90), () -> {
            NormalizedText text = Normalizer.instance().apply(big);
            assertThat(Tokenizer.instance().tokenize(text.normalized())).isNotEmpty();
            assertThat(SentenceSplitter.instance().split(text.normalized())).isNotEmpty();
            assertThat(PageFurniture.find(text.normalized())).isNotNull();
        });
    }

    /** About {@code chars} characters of news-like text, including one very long line and a long run of dots. */
    private static String bigText(int chars) {
        String paragraph = "قُتل جنديان وأُصيب ٣ آخرون في هجومٍ على بوابة «الواحة» الساعة 09:41، وفق AFP.\n";
        StringBuilder b = new StringBuilder(chars + paragraph.length());
        b.append(".".repeat(100_000)).append("x ");
        while (b.length() < chars / 2) {
            b.append(paragraph);
        }
        String line = paragraph.replace('\n', ' ');
        while (b.length() < chars) {
            b.append(line);
        }
        return b.toString();
    }
}

package org.rasad.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class DualNounsTest {

    private static DualNouns parse(String text) throws IOException {
        return DualNouns.parse(new BufferedReader(new StringReader(text)), "test.tsv");
    }

    @Test
    void bundledResourceLoads() {
        DualNouns nouns = DualNouns.load(DualNouns.RESOURCE);
        assertThat(nouns.size()).isGreaterThan(60);
        assertThat(nouns.singularOf("جنديين")).isEqualTo("جندي");
        assertThat(nouns.singularOf("ضحيتين")).isEqualTo("ضحيه");
        assertThat(nouns.isDual("مدنيين")).isFalse();
    }

    @Test
    void entriesAreNormalisedOnLoad() throws IOException {
        DualNouns nouns = parse("# comment\n\nامرأة\tامرأتين|امرأتان\n");
        assertThat(nouns.singularOf("امراتين")).isEqualTo("امراه");
        assertThat(nouns.isDual("امرأتين")).isFalse();
    }

    @Test
    void missingResourceFailsLoudly() {
        assertThatThrownBy(() -> DualNouns.load("no-such-file.tsv"))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("no-such-file.tsv");
    }

    @Test
    void lineWithoutTabFailsWithFileAndLine() {
        assertThatThrownBy(() -> parse("# header\nجندي جنديين\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("test.tsv line 2");
    }

    @Test
    void emptyDualFormFails() {
        assertThatThrownBy(() -> parse("جندي\tجنديين||جنديان\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("line 1");
    }

    @Test
    void dualFormWithSpaceFails() {
        assertThatThrownBy(() -> parse("جندي\tجنديين اثنين\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("one Arabic word");
    }

    @Test
    void dualFormClaimedByTwoNounsFails() {
        assertThatThrownBy(() -> parse("جندي\tجنديين\nعسكري\tجنديين\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("جندي");
    }
}

package org.rasad.core.text;

import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The dual forms of counted nouns («جنديين», «ضحيتان»), each meaning two of the singular.
 *
 * <p>Loaded from an analyst-editable UTF-8 file, one noun a line: {@code singular<TAB>dual|dual},
 * {@code #} starts a comment line, blank lines are ignored. Entries are written in normal Arabic
 * spelling and normalised here, the same way as the text. The file lists dual forms explicitly
 * rather than deriving them, because for many nouns the oblique dual «ين» is spelled like the
 * sound plural («مدنيين» is usually "civilians"), and only the unambiguous form may be listed.
 *
 * <p>Fails loudly: a missing file is an {@link UncheckedIOException}, a malformed line an
 * {@link IllegalStateException} naming the file and line. Immutable, thread-safe.
 */
final class DualNouns {

    static final String RESOURCE = "dual-nouns.tsv";

    private final Map<String, String> singularByDual;
    private final WordEndings endings;

    private DualNouns(Map<String, String> singularByDual) {
        this.singularByDual = Map.copyOf(singularByDual);
        this.endings = WordEndings.of(singularByDual.keySet());
    }

    /** Loads a resource next to this class. */
    static DualNouns load(String resource) {
        try (InputStream in = DualNouns.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new UncheckedIOException(new FileNotFoundException("resource org/rasad/core/text/" + resource
                        + " is missing from the classpath; it belongs in rasad-core/src/main/resources"));
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
    }

    static DualNouns parse(BufferedReader reader, String name) throws IOException {
        Map<String, String> map = new HashMap<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            String text = line.replace("\uFEFF", "").strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String[] fields = text.split("\t", -1);
            if (fields.length != 2 || fields[0].isBlank() || fields[1].isBlank()) {
                throw malformed(name, number, line, "expected «singular<TAB>dual|dual»");
            }
            String singular = Normalizer.normalize(fields[0].strip());
            for (String form : fields[1].split("\\|", -1)) {
                String dual = Normalizer.normalize(form.strip());
                if (dual.isEmpty() || !dual.chars().allMatch(c -> QuantityTokens.isArabicLetter((char) c))) {
                    throw malformed(name, number, line, "dual form «" + form + "» must be one Arabic word");
                }
                String previous = map.put(dual, singular);
                if (previous != null && !previous.equals(singular)) {
                    throw malformed(name, number, line,
                            "dual form «" + form + "» already belongs to «" + previous + "»");
                }
            }
        }
        return new DualNouns(map);
    }

    private static IllegalStateException malformed(String name, int number, String line, String problem) {
        return new IllegalStateException(name + " line " + number + ": " + problem + ", got «" + line + "»");
    }

    /** The normalised singular of a normalised dual form, or null when the word is not a listed dual. */
    String singularOf(String dual) {
        return singularByDual.get(dual);
    }

    /** False when no listed dual, with or without a proclitic, can be {@code word}. */
    boolean mayBeDual(String word) {
        return endings.mayEnd(word);
    }

    boolean isDual(String word) {
        return singularByDual.containsKey(word);
    }

    int size() {
        return singularByDual.size();
    }
}

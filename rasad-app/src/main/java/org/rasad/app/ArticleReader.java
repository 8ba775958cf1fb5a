package org.rasad.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.rasad.core.model.Article;

/**
 * Reads articles from the inputs the CLI is given, in order (see ../shared/eval/CONTRACT.md):
 * a {@code .txt} file is one article (id = file name), a {@code .html} page one article (main text
 * extracted), a {@code .jsonl} file one article per line (id = its {@code id}), a directory every
 * such file below it in path order.
 *
 * <p>Problems are reported per document and never stop the batch: an unreadable file, text that
 * is not UTF-8, a line that is not JSON or lacks {@code id}/{@code text}, a bad date.
 */
final class ArticleReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    private ArticleReader() {
    }

    /** Fails with a one-line message for the first input that does not exist, before any work starts. */
    static void requireExisting(List<Path> inputs) {
        for (Path p : inputs) {
            if (!Files.exists(p)) {
                throw new IllegalArgumentException("input " + p + " does not exist");
            }
        }
    }

    /** Feeds every document of the inputs to {@code sink}; throws only for an input that does not exist. */
    static void read(List<Path> inputs, Consumer<InputItem> sink) {
        requireExisting(inputs);
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.walk(p)) {
                    files.filter(Files::isRegularFile).filter(ArticleReader::isArticleFile).sorted()
                            .forEach(f -> readFile(f, sink));
                } catch (IOException | UncheckedIOException e) {
                    sink.accept(InputItem.failed(p.toString(), "cannot list directory " + p + ": " + e.getMessage()));
                }
            } else {
                readFile(p, sink);
            }
        }
    }

    static boolean isArticleFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".jsonl");
    }

    private static void readFile(Path f, Consumer<InputItem> sink) {
        String name = f.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        try {
            if (Files.size(f) > MAX_FILE_BYTES) {
                sink.accept(InputItem.failed(name, "file " + f + " is larger than 256 MB; split it"));
                return;
            }
            if (lower.endsWith(".jsonl")) {
                readJsonl(f, sink);
            } else if (lower.endsWith(".txt")) {
                sink.accept(InputItem.ok(Article.of(name, utf8(f))));
            } else if (lower.endsWith(".html") || lower.endsWith(".htm")) {
                sink.accept(InputItem.ok(HtmlText.article(name, Files.readAllBytes(f))));
            } else {
                sink.accept(InputItem.failed(name, "unknown input type for " + f + ": expected .txt, .html or .jsonl"));
            }
        } catch (CharacterCodingException e) {
            sink.accept(InputItem.failed(name, "file " + f + " is not valid UTF-8 text"));
        } catch (IOException | UncheckedIOException e) {
            sink.accept(InputItem.failed(name, "cannot read " + f + ": " + e.getMessage()));
        }
    }

    private static String utf8(Path f) throws IOException {
        byte[] bytes = Files.readAllBytes(f);
        String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        if (s.indexOf('\0') >= 0) {
            throw new CharacterCodingException();
        }
        return s;
    }

    private static void readJsonl(Path f, Consumer<InputItem> sink) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                sink.accept(jsonLine(f, n, line));
            }
        }
    }

    static InputItem jsonLine(Path f, int n, String line) {
        String where = f.getFileName() + ":" + n;
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return InputItem.failed(where, where + ": not a JSON object: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return InputItem.failed(where, where + ": not a JSON object");
        }
        String id = text(node, "id");
        String text = text(node, "text");
        if (id == null || id.isBlank()) {
            return InputItem.failed(where, where + ": missing \"id\"");
        }
        if (text == null) {
            return InputItem.failed(id, where + ": article " + id + " has no \"text\"");
        }
        LocalDate published = null;
        String date = text(node, "published");
        if (date != null && !date.isBlank()) {
            try {
                published = LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date);
            } catch (DateTimeParseException e) {
                return InputItem.failed(id, where + ": \"published\" is not a YYYY-MM-DD date: " + date);
            }
        }
        return InputItem.ok(new Article(id, text, published, text(node, "source"), text(node, "url"), text(node, "title")));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}

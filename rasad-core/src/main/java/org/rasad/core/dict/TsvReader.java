package org.rasad.core.dict;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the analyst-editable dictionary files: UTF-8, tab-separated, {@code #} comments and blank
 * lines ignored. Every row remembers its file and line so that a bad entry can be named.
 */
public final class TsvReader {

    /** One data row. */
    public record Row(String file, int line, List<String> cells) {
        public String cell(int i) {
            return i < cells.size() ? cells.get(i).strip() : "";
        }

        public DictionaryException error(String problem) {
            return new DictionaryException(file + ":" + line + ": " + problem);
        }
    }

    private TsvReader() {
    }

    /** Reads a bundled resource; a missing resource is a packaging bug and fails loudly. */
    public static List<Row> resource(String path, int minColumns) {
        InputStream in = TsvReader.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new DictionaryException("bundled dictionary " + path + " is missing from the classpath");
        }
        try (in) {
            return read(path, in, minColumns);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled dictionary " + path, e);
        }
    }

    /** Reads a user's file (from {@code --dict DIR}). */
    public static List<Row> file(Path path, int minColumns) {
        try (InputStream in = Files.newInputStream(path)) {
            return read(path.toString(), in, minColumns);
        } catch (IOException e) {
            throw new DictionaryException("cannot read dictionary file " + path + ": " + e.getMessage());
        }
    }

    static List<Row> read(String name, InputStream in, int minColumns) throws IOException {
        List<Row> rows = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (n == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            List<String> cells = List.of(line.split("\t", -1));
            Row row = new Row(name, n, cells);
            if (cells.size() < minColumns) {
                throw row.error("expected at least " + minColumns + " tab-separated columns, found " + cells.size()
                        + " (are the columns separated by spaces instead of tabs?)");
            }
            rows.add(row);
        }
        return rows;
    }

    /** Splits a {@code |}-separated cell into trimmed, non-empty values. */
    public static List<String> values(String cell) {
        List<String> out = new ArrayList<>();
        for (String v : cell.split("\\|")) {
            if (!v.isBlank()) {
                out.add(v.strip());
            }
        }
        return out;
    }
}

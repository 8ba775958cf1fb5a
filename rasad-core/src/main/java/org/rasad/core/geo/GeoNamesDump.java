package org.rasad.core.geo;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads GeoNames dump files strictly, line by line, into a {@link GazetteerBuilder}.
 *
 * <p>Formats, told apart by the file name as GeoNames names them:
 * <ul>
 *   <li>{@code admin1CodesASCII.txt}: code («LY.73»), name, ASCII name, geonameid: 4 columns;</li>
 *   <li>{@code alternateNames*.txt}: id, geonameid, language, name, then 4 (old) or 6 (V2) flag columns;</li>
 *   <li>anything else ({@code cities500.txt}, {@code LY.txt}, {@code allCountries.txt}, or a {@code .zip}
 *       holding one): the main table, exactly 19 tab-separated columns.</li>
 * </ul>
 * A line with the wrong number of columns, a bad number or date, or bytes that are not UTF-8 stops the
 * import with a {@link GazetteerFormatException} naming the file and the line: a truncated download
 * must not silently become a smaller gazetteer.
 */
public final class GeoNamesDump {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private GeoNamesDump() {
    }

    public static void read(Path file, GazetteerBuilder into) throws IOException {
        String name = file.getFileName().toString();
        try (InputStream raw = Files.newInputStream(file)) {
            if (name.endsWith(".zip")) {
                ZipInputStream zip = new ZipInputStream(raw);
                for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    if (e.getName().endsWith(".txt") && !e.getName().startsWith("readme")) {
                        read(name + "!" + e.getName(), e.getName(), zip, into);
                        return;
                    }
                }
                throw new GazetteerFormatException(name + ": the zip holds no GeoNames .txt table");
            }
            read(name, name, raw, into);
        }
    }

    private static void read(String label, String name, InputStream in, GazetteerBuilder into) throws IOException {
        // lines are cut as bytes and decoded one by one, so that bad UTF-8 is reported at its own line
        BufferedInputStream bytes = new BufferedInputStream(in, 1 << 16);
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(512);
        long n = 0;
        for (int b = bytes.read(); b >= 0 || buffer.size() > 0; b = bytes.read()) {
            if (b >= 0 && b != '\n') {
                buffer.write(b);
                continue;
            }
            n++;
            String line;
            try {
                line = utf8.decode(ByteBuffer.wrap(buffer.toByteArray())).toString();
            } catch (CharacterCodingException e) {
                throw GazetteerFormatException.atLine(label, n, "not UTF-8");
            }
            buffer.reset();
            if (!line.isEmpty() && !line.startsWith("#")) {
                String[] c = line.split("\t", -1);
                if (name.startsWith("admin1Codes")) {
                    admin1(label, n, c, into);
                } else if (name.startsWith("alternateNames")) {
                    alternateName(label, n, c, into);
                } else {
                    place(label, n, c, into);
                }
            }
            if (b < 0) {
                return;
            }
        }
    }

    private static void place(String label, long n, String[] c, GazetteerBuilder into) {
        columns(label, n, c, 19, 19);
        long id = number(label, n, c[0], "geonameid");
        double lat = coordinate(label, n, c[4], "latitude", 90);
        double lon = coordinate(label, n, c[5], "longitude", 180);
        if (c[6].length() > 1 || (!c[8].isEmpty() && c[8].length() != 2)) {
            throw GazetteerFormatException.atLine(label, n, "bad feature class «" + c[6] + "» or country code «" + c[8] + "»");
        }
        long population = c[14].isEmpty() ? 0 : number(label, n, c[14], "population");
        if (!DATE.matcher(c[18]).matches()) {
            throw GazetteerFormatException.atLine(label, n, "bad modification date «" + c[18] + "»");
        }
        List<String> names = new java.util.ArrayList<>(List.of(c[1], c[2]));
        if (!c[3].isEmpty()) {
            names.addAll(List.of(c[3].split(",")));
        }
        into.place(new Place(id, c[1], null, lat, lon, c[6].isEmpty() ? ' ' : c[6].charAt(0), c[7], c[8], c[10], null,
                population), names);
    }

    private static void alternateName(String label, long n, String[] c, GazetteerBuilder into) {
        columns(label, n, c, 8, 10);
        into.alternateName(number(label, n, c[1], "geonameid"), c[2], c[3], "1".equals(c[4]), "1".equals(c[7]));
    }

    private static void admin1(String label, long n, String[] c, GazetteerBuilder into) {
        columns(label, n, c, 4, 4);
        number(label, n, c[3], "geonameid");
        into.admin1(c[0], c[1]);
    }

    private static void columns(String label, long n, String[] c, int min, int max) {
        if (c.length < min || c.length > max) {
            throw GazetteerFormatException.atLine(label, n, "expected " + (min == max ? min : min + " to " + max)
                    + " tab-separated columns, found " + c.length);
        }
    }

    private static long number(String label, long n, String s, String what) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw GazetteerFormatException.atLine(label, n, "bad " + what + " «" + s + "»");
        }
    }

    private static double coordinate(String label, long n, String s, String what, double limit) {
        try {
            double v = Double.parseDouble(s);
            if (Math.abs(v) <= limit) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below, with the line
        }
        throw GazetteerFormatException.atLine(label, n, "bad " + what + " «" + s + "»");
    }
}

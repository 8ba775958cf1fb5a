package org.rasad.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasad.core.geo.GeoNamesIndex;

/** {@code rasad gazetteer download} against a local HTTP server on a random port, never the internet. */
class GazetteerDownloadTest {

    static final String QATRUN = String.join("\t", "2219739", "Al Qaţrūn", "Al Qatrun", "القطرون", "24.95139", "14.64861",
            "P", "PPL", "LY", "", "73", "", "", "", "4500", "", "479", "Africa/Tripoli", "2020-06-10");

    @TempDir
    Path dir;
    HttpServer server;
    String base;

    @BeforeEach
    void serve() throws IOException {
        byte[] zip = zip("LY.txt", QATRUN + "\n");
        byte[] truncated = zip("SY.txt", QATRUN.substring(0, 30) + "\n");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/dump/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] body = path.endsWith("/LY.zip") ? zip : path.endsWith("/SY.zip") ? truncated : null;
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                if (body != null) {
                    out.write(body);
                }
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/dump";
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void downloadsACountryDumpAndImportsIt() throws IOException {
        Path index = dir.resolve("gazetteer.idx");
        assertThat(Main.run("gazetteer", "download", "LY", "--base-url", base, "--index", index.toString())).isZero();
        assertThat(GeoNamesIndex.open(index).find("القطرون")).hasSize(1);
        assertThat(dir.resolve("cache").resolve("LY.zip")).exists();
    }

    @Test
    void missingDumpFailsWithoutTouchingTheIndex() throws IOException {
        Path index = dir.resolve("gazetteer.idx");
        Main.run("gazetteer", "download", "LY", "--base-url", base, "--index", index.toString());
        assertThat(Main.run("gazetteer", "download", "XX", "--base-url", base, "--index", index.toString())).isNotZero();
        assertThat(Main.run("gazetteer", "download", "SY", "--base-url", base, "--index", index.toString())).isNotZero();
        assertThat(GeoNamesIndex.open(index).size()).isEqualTo(1);
        try (var files = Files.list(dir.resolve("cache"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    private static byte[] zip(String name, String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            z.putNextEntry(new ZipEntry(name));
            z.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}

package org.rasad.app;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.regex.Pattern;

/** Fetches one GeoNames dump ({@code LY.zip}, {@code cities500.zip}...) from a base URL into a cache folder. */
final class GeoNamesDownload {

    static final String DEFAULT_BASE = "https://download.geonames.org/export/dump";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9]{2,40}");

    private GeoNamesDownload() {
    }

    /** Downloads {@code base/NAME.zip} to {@code cache/NAME.zip}; a failed download leaves nothing behind. */
    static Path fetch(String base, String name, Path cache) throws IOException, InterruptedException {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("«" + name + "» is not a GeoNames dump name: give a country code such as LY,"
                    + " or cities500, allCountries");
        }
        URI uri = URI.create(base.replaceAll("/+$", "") + "/" + name + ".zip");
        Files.createDirectories(cache);
        Path tmp = Files.createTempFile(cache, name, ".part");
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
            HttpResponse<Path> response = client.send(HttpRequest.newBuilder(uri).GET().build(),
                    HttpResponse.BodyHandlers.ofFile(tmp));
            if (response.statusCode() != 200) {
                throw new IOException("download of " + uri + " failed: HTTP " + response.statusCode());
            }
            Path target = cache.resolve(name + ".zip");
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}

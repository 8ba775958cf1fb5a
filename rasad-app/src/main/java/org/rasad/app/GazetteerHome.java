package org.rasad.app;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the gazetteer index lives: the system property {@code rasad.gazetteer} or {@code $RASAD_GAZETTEER}
 * when set, else {@code data/gazetteer.idx}
 * under {@code $RASAD_HOME}, else under the repository the running jar was built in
 * ({@code rasad-app/target/rasad.jar} → {@code data/}), else under the working directory.
 */
final class GazetteerHome {

    private GazetteerHome() {
    }

    static Path index() {
        String file = System.getProperty("rasad.gazetteer", System.getenv("RASAD_GAZETTEER"));
        if (file != null && !file.isBlank()) {
            return Path.of(file);
        }
        return home().resolve("data").resolve("gazetteer.idx");
    }

    /** Downloads and unpacked dumps are kept here, beside the index. */
    static Path cache() {
        return index().toAbsolutePath().getParent().resolve("cache");
    }

    private static Path home() {
        String home = System.getenv("RASAD_HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home);
        }
        try {
            Path jar = Path.of(GazetteerHome.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path repo = jar.getParent() == null ? null : jar.getParent().getParent();
            if (repo != null && repo.getParent() != null && Files.isRegularFile(repo.getParent().resolve("pom.xml"))) {
                return repo.getParent();
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // not run from a jar in a checkout: fall back to the working directory
        }
        return Path.of("");
    }
}

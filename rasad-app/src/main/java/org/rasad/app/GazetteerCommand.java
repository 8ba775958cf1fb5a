package org.rasad.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rasad.core.bench.GazetteerBenchmark;
import org.rasad.core.geo.GeoNamesImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rasad gazetteer import|download|bench}: builds and measures the place index. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true,
        description = "Build the place index from GeoNames dumps (place data © GeoNames, CC BY 4.0).",
        subcommands = {GazetteerCommand.Import.class, GazetteerCommand.Download.class, GazetteerCommand.Bench.class})
final class GazetteerCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    static class IndexOption {
        @Option(names = "--index", paramLabel = "FILE",
                description = "the index file (default: $RASAD_GAZETTEER, else data/gazetteer.idx)")
        Path index;

        Path path() {
            return index != null ? index : GazetteerHome.index();
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Add GeoNames dumps to the index (cities500.txt, LY.txt, LY.zip, allCountries.txt,",
                    "alternateNamesV2.txt, admin1CodesASCII.txt). A bad line stops the import and names the line;",
                    "the previous index stays as it was."})
    static final class Import implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "FILE")
        List<Path> files;

        @Option(names = "--replace", description = "start from an empty index instead of adding to the existing one")
        boolean replace;

        @picocli.CommandLine.Mixin
        IndexOption index;

        @Override
        public Integer call() throws IOException {
            Path target = index.path();
            int n = GeoNamesImporter.importFiles(target, files, replace);
            System.err.println("rasad: gazetteer " + target + ": " + n + " places");
            return 0;
        }
    }

    @Command(name = "download", mixinStandardHelpOptions = true,
            description = "Fetch a GeoNames country dump (CC.zip) from --base-url and import it.")
    static final class Download implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "CC", description = "country codes (LY, SY...) or dump names (cities500)")
        List<String> names;

        @Option(names = "--base-url", paramLabel = "URL", defaultValue = GeoNamesDownload.DEFAULT_BASE,
                description = "where the dumps are (default: ${DEFAULT-VALUE})")
        String baseUrl;

        @picocli.CommandLine.Mixin
        IndexOption index;

        @Override
        public Integer call() throws IOException, InterruptedException {
            Path target = index.path();
            Path cache = target.toAbsolutePath().getParent().resolve("cache");
            List<Path> files = new java.util.ArrayList<>();
            for (String name : names) {
                files.add(GeoNamesDownload.fetch(baseUrl, name, cache));
            }
            int n = GeoNamesImporter.importFiles(target, files, false);
            System.err.println("rasad: gazetteer " + target + ": " + n + " places");
            return 0;
        }
    }

    @Command(name = "bench", mixinStandardHelpOptions = true,
            description = "Index load time and name lookups per second (one thread).")
    static final class Bench implements Callable<Integer> {
        @Option(names = "--seconds", defaultValue = "3", description = "measuring time (default ${DEFAULT-VALUE})")
        double seconds;

        @picocli.CommandLine.Mixin
        IndexOption index;

        @Override
        public Integer call() throws IOException {
            GazetteerBenchmark.Result r = GazetteerBenchmark.run(index.path(), seconds);
            System.out.printf("gazetteer %s: %d places; open %.1f ms, open + first lookup %.1f ms; %.0f lookups/s per core%n",
                    index.path(), r.places(), r.openMillis(), r.loadMillis(), r.lookupsPerSecond());
            return 0;
        }
    }
}

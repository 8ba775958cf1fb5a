package org.rasad.app;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rasad.app.bench.DistinctIncidents;
import org.rasad.app.bench.WrkRun;
import org.rasad.app.web.RasadServer;
import org.rasad.app.web.ServerConfig;
import org.rasad.app.web.StoreCatalog;
import org.rasad.core.extract.Extractor;
import org.rasad.core.pipeline.Pipeline;
import org.rasad.store.Database;
import org.rasad.store.IngestItem;
import org.rasad.store.Ingestor;
import org.rasad.store.JdbcEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rasad bench serve}: latency of the events API under load. Fills a SQLite database with
 * synthetic incidents up to the asked number of events (kept for later runs), serves it on loopback
 * and drives it with wrk, a separate process, at the asked concurrency over a mix of event queries.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Latency of GET /api/events under concurrent load (wrk against loopback), on a SQLite database.")
final class BenchServeCommand implements Callable<Integer> {

    @Option(names = "--events", defaultValue = "100000", description = "events in the database (default ${DEFAULT-VALUE})")
    int events;

    @Option(names = "--db", defaultValue = "rasad-app/target/bench-serve.db",
            description = "database to fill or reuse (default ${DEFAULT-VALUE})")
    Path db;

    @Option(names = "--clients", defaultValue = "50", description = "concurrent connections (default ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--seconds", defaultValue = "30", description = "length of the measured run (default ${DEFAULT-VALUE})")
    int seconds;

    @Override
    public Integer call() throws IOException, InterruptedException {
        WrkRun.requireWrk();
        // placed with the gazetteer when one is installed, so that box filters have coordinates to test
        Pipeline pipeline = new Pipeline(new Extractor(), GeocodingStep.load().geocoder());
        JdbcEventStore store = new JdbcEventStore(Database.open(db.toString()));
        fill(store, pipeline);
        long t0 = System.nanoTime();
        StoreCatalog catalog = new StoreCatalog(store, pipeline);
        System.err.printf("rasad: loaded %d events from %s in %.1f s%n", catalog.counts().events(), db,
                (System.nanoTime() - t0) / 1e9);
        Javalin server = RasadServer.create(catalog, new ServerConfig(null, ServerConfig.DEFAULT_MAX_BODY, null))
                .start("127.0.0.1", 0);
        try {
            Path script = Files.createTempFile("rasad-wrk", ".lua");
            Files.writeString(script, WrkRun.script(QUERIES), StandardCharsets.UTF_8);
            String base = "http://127.0.0.1:" + server.port();
            WrkRun.run(base, script, clients, 5);  // warm-up: JIT and caches
            // the server's own CPU per request does not depend on what else the machine runs, unlike latency
            com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long cpu0 = os.getProcessCpuTime();
            WrkRun.Result r = WrkRun.run(base, script, clients, seconds);
            double cpuPerRequest = (os.getProcessCpuTime() - cpu0) / 1e6 / Math.max(1, r.requestsPerSecond() * seconds);
            System.out.printf(java.util.Locale.ROOT, "GET /api/events, %d events in SQLite, %d clients, %d s: %.0f requests/s,"
                            + " latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, %d errors; server CPU %.2f ms/request;"
                            + " %d cores, load average %.1f%n",
                    catalog.counts().events(), clients, seconds, r.requestsPerSecond(), r.p50(), r.p90(), r.p99(), r.errors(),
                    cpuPerRequest, Runtime.getRuntime().availableProcessors(), os.getSystemLoadAverage());
            Files.deleteIfExists(script);
            return r.errors() == 0 ? 0 : 1;
        } finally {
            server.stop();
            catalog.close();
        }
    }

    /** A mix of the list requests the page and API users make: filters, sorts, pages, text search. */
    static final List<String> QUERIES = List.of(
            "/api/events?limit=100",
            "/api/events?type=Battles&limit=100",
            "/api/events?from=2000-01-01&to=2000-12-31",
            "/api/events?bbox=10,20,20,35&limit=100",
            "/api/events?sort=-fatalities&limit=50",
            "/api/events?disputed=true&offset=200&limit=100",
            "/api/events?actor=islamic&sort=-date&limit=100",
            "/api/events?q=%D8%AA%D9%83%D8%B1%D9%8A%D8%AA&from=2010-01-01&to=2011-12-31");

    private void fill(JdbcEventStore store, Pipeline pipeline) {
        long have = store.events(org.rasad.store.EventQuery.all().withPage(0, 1)).total();
        if (have >= events) {
            return;
        }
        long articles = store.articles(null, 0, 1).total();
        System.err.printf("rasad: filling %s up to %d events (%d now); this takes a few minutes once%n", db, events, have);
        Ingestor in = store.ingest(pipeline, "bench serve", 1000).onProgress(s -> System.err.printf("\r  %d articles stored",
                s.stored()));
        // one article is about one event; a few more cover the rare merge
        DistinctIncidents.range((int) articles, (int) (articles + (events - have) * 102 / 100))
                .forEach(a -> in.add(IngestItem.of(a)));
        System.err.println();
        System.err.println("rasad: " + in.finish().line());
    }
}

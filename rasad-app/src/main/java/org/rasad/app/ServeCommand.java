package org.rasad.app;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.rasad.app.web.EventCatalog;
import org.rasad.app.web.MemoryCatalog;
import org.rasad.app.web.RasadServer;
import org.rasad.app.web.ServerConfig;
import org.rasad.app.web.StoreCatalog;
import org.rasad.core.extract.Extractor;
import org.rasad.core.model.Article;
import org.rasad.core.pipeline.Pipeline;
import org.rasad.store.Database;
import org.rasad.store.JdbcEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rasad serve}: the HTTP API and the analyst's page. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the events over HTTP: a JSON API (/api, described at /api/openapi.json) and the",
                "analyst's page (map, timeline, evidence, review) at /.",
                "Events come from the database (--db, default rasad.db; created when missing), or with --input",
                "from articles read, extracted and consolidated into memory at start-up."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "PATH|URL",
            description = "SQLite file (default: rasad.db) or jdbc:postgresql://host/db?user=...&password=...")
    String db;

    @Option(names = "--input", paramLabel = "PATH", description = "articles to load (.txt, .html, .jsonl, directories); repeatable")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--port", defaultValue = "8080", description = "port (default ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to listen on (default ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--token", description = "secret that write requests must send as «Authorization: Bearer TOKEN»"
            + " (default: $RASAD_TOKEN; without one the server is read-only)")
    String token;

    @Option(names = "--max-body", defaultValue = "8388608", paramLabel = "BYTES",
            description = "largest request body accepted (default ${DEFAULT-VALUE})")
    long maxBody;

    @Option(names = "--tile-url", paramLabel = "URL",
            description = "map tiles for users online, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png (default: offline basemap only)")
    String tileUrl;

    @Mixin
    DictionaryOption dictionaries;

    @Override
    public Integer call() throws InterruptedException {
        ServerConfig config = new ServerConfig(token != null ? token : System.getenv("RASAD_TOKEN"), maxBody, tileUrl);
        ArticleReader.requireExisting(inputs);
        if (db != null && !inputs.isEmpty()) {
            throw new IllegalArgumentException("give --db (serve a database) or --input (serve files from memory), not both;"
                    + " rasad ingest loads files into a database");
        }
        Pipeline pipeline = new Pipeline(new Extractor(dictionaries.lexicon()), GeocodingStep.load().geocoder());
        EventCatalog catalog = inputs.isEmpty() ? storeCatalog(pipeline) : memoryCatalog(pipeline);
        Javalin app = RasadServer.create(catalog, config).start(host, port);
        System.err.println("rasad: serving " + catalog.counts().events() + " events at http://" + host + ":" + app.port()
                + "/" + (config.token() == null ? " (read-only: no token set)" : ""));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            catalog.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }

    private EventCatalog storeCatalog(Pipeline pipeline) {
        String spec = db == null ? "rasad.db" : db;
        long started = System.nanoTime();
        StoreCatalog catalog = new StoreCatalog(new JdbcEventStore(Database.open(spec)), pipeline);
        System.err.printf("rasad: loaded %d events and %d articles from %s in %.1f s%n", catalog.counts().events(),
                catalog.counts().articles(), spec.replaceAll("password=[^&]*", "password=***"), (System.nanoTime() - started) / 1e9);
        return catalog;
    }

    private EventCatalog memoryCatalog(Pipeline pipeline) {
        MemoryCatalog catalog = new MemoryCatalog(pipeline);
        List<Article> articles = new ArrayList<>();
        ArticleReader.read(inputs, item -> {
            if (item.article() == null) {
                System.err.println("rasad: " + item.id() + ": " + item.error() + " (skipped)");
            } else {
                articles.add(item.article());
            }
        });
        if (!articles.isEmpty()) {
            catalog.ingest(articles);
        }
        return catalog;
    }
}

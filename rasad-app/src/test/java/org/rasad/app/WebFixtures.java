package org.rasad.app;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rasad.app.web.MemoryCatalog;
import org.rasad.app.web.RasadServer;
import org.rasad.app.web.ServerConfig;
import org.rasad.core.extract.Extractor;
import org.rasad.core.geo.DocumentGeocoder;
import org.rasad.core.geo.Geocoder;
import org.rasad.core.geo.InMemoryGazetteer;
import org.rasad.core.geo.Place;
import org.rasad.core.model.Article;
import org.rasad.core.pipeline.Pipeline;

/**
 * The project's sample articles served by a real server on a free port, placed with a small
 * gazetteer of the samples' towns, so that tests do not depend on the GeoNames index being installed.
 */
public final class WebFixtures {

    public static final String TOKEN = "test-token-0123";
    public static final Path SAMPLES = Path.of("..", "samples");

    private WebFixtures() {
    }

    public static Pipeline pipeline() {
        InMemoryGazetteer places = InMemoryGazetteer.of(
                town(1, "Taiz", "تعز", 13.57952, 44.02091, "YE", "Taiz"),
                town(2, "Ibb", "إب", 13.96667, 44.18333, "YE", "Ibb"),
                town(3, "Idlib", "إدلب", 35.93062, 36.63393, "SY", "Idlib"),
                town(4, "Gafsa", "قفصة", 34.425, 8.78417, "TN", "Gafsa"),
                town(5, "Sabha", "سبها", 27.03766, 14.42832, "LY", "Sabha"),
                town(6, "Nasiriyah", "الناصرية", 31.05799, 46.25726, "IQ", "Dhi Qar"),
                town(7, "Baghdad", "بغداد", 33.34058, 44.40088, "IQ", "Baghdad"),
                town(8, "Mogadishu", "مقديشو", 2.03711, 45.34375, "SO", "Banaadir"),
                town(9, "Maiduguri", "مايدوغوري", 11.84692, 13.15712, "NG", "Borno"),
                town(10, "Mosul", "الموصل", 36.335, 43.11889, "IQ", "Nineveh"),
                town(11, "Tripoli", "طرابلس", 34.43352, 35.84415, "LB", "North"));
        return new Pipeline(new Extractor(), new DocumentGeocoder(new Geocoder(places)));
    }

    private static Place town(long id, String name, String ar, double lat, double lon, String cc, String admin1) {
        return new Place(id, name, ar, lat, lon, 'P', "PPLA", cc, "0" + id, admin1, 200_000);
    }

    public static List<Article> sampleArticles() {
        List<Article> out = new ArrayList<>();
        ArticleReader.read(List.of(SAMPLES), item -> {
            if (item.article() != null) {
                out.add(item.article());
            }
        });
        return out;
    }

    public static MemoryCatalog sampleCatalog() {
        MemoryCatalog c = new MemoryCatalog(pipeline());
        c.ingest(sampleArticles());
        return c;
    }

    /** A started server on a free loopback port; stop it after the test. */
    public static Javalin start(org.rasad.app.web.EventCatalog catalog, long maxBody) {
        return RasadServer.create(catalog, new ServerConfig(TOKEN, maxBody, null)).start("127.0.0.1", 0);
    }
}

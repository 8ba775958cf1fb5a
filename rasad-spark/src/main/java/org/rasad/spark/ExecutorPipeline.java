package org.rasad.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.spark.SparkEnv;
import org.apache.spark.SparkFiles;
import org.rasad.core.extract.Extractor;
import org.rasad.core.extract.Lexicon;
import org.rasad.core.geo.DocumentGeocoder;
import org.rasad.core.geo.GazetteerFormatException;
import org.rasad.core.geo.GeoNamesIndex;
import org.rasad.core.geo.Geocoder;
import org.rasad.core.pipeline.Pipeline;

/**
 * One {@link Pipeline} per executor JVM: dictionaries are compiled and the gazetteer index is
 * memory-mapped on first use, then every task of every partition on that executor shares them
 * (the pipeline is immutable and thread-safe). Nothing large is broadcast or serialized; tasks
 * carry only the two paths.
 */
final class ExecutorPipeline {

    private static Pipeline pipeline;
    private static String loadedFor;

    private ExecutorPipeline() {
    }

    /** The executor's pipeline for these settings, loading it on the first call. */
    static synchronized Pipeline get(String gazetteer, String dict) {
        String key = gazetteer + "\u0000" + dict;
        if (pipeline == null || !Objects.equals(loadedFor, key)) {
            Lexicon lexicon = dict == null ? Lexicon.bundled() : Lexicon.withUserDictionaries(Path.of(dict));
            pipeline = new Pipeline(new Extractor(lexicon), gazetteer == null ? null : geocoder(gazetteer));
            loadedFor = key;
        }
        return pipeline;
    }

    private static DocumentGeocoder geocoder(String gazetteer) {
        Path file = Path.of(gazetteer);
        if (!Files.isRegularFile(file) && SparkEnv.get() != null) {
            // shipped with spark-submit --files: each executor has its own copy under SparkFiles
            file = Path.of(SparkFiles.get(file.getFileName().toString()));
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("gazetteer " + gazetteer + " is not on this executor; give a path every node"
                    + " can read, or ship it with spark-submit --files " + gazetteer);
        }
        try {
            return DocumentGeocoder.standard(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open gazetteer " + file + ": " + e.getMessage(), e);
        } catch (GazetteerFormatException e) {
            throw new IllegalStateException("cannot use gazetteer " + file + ": " + e.getMessage(), e);
        }
    }
}

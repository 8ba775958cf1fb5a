package org.rasad.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;

/**
 * {@code rasad events} as a Spark job: articles in, consolidated events out as Parquet
 * ({@code OUT/events}, the fields of {@code rasad events}) and ACLED CSV ({@code OUT/acled.csv}, as {@code rasad export}).
 *
 * <ol>
 *   <li>read articles (JSON Lines or Parquet, {@link ArticleRows});</li>
 *   <li>extract per partition with one pipeline per executor ({@link Extraction}, {@link ExecutorPipeline});</li>
 *   <li>shuffle by the core's blocking key and consolidate each block with the core ({@link BlockConsolidation});</li>
 *   <li>order as the CLI does (by date, undated last, then earliest mention) and write ({@link AcledRows}).</li>
 * </ol>
 * The master comes from spark-submit or {@code -Dspark.master}; see README, Spark.
 */
public final class SparkEvents {

    private SparkEvents() {
    }

    public static void main(String[] args) {
        JobOptions options;
        try {
            options = JobOptions.parse(args, defaultGazetteer());
        } catch (IllegalArgumentException e) {
            System.err.println("rasad-spark: " + e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("rasad-spark").getOrCreate();
        int status = 0;
        try {
            System.err.println("rasad-spark: " + run(spark, options, System.currentTimeMillis() / 1000));
        } catch (Exception e) {  // Spark's AnalysisException (a missing input path) is a checked exception in Java's eyes
            System.err.println("rasad-spark: " + rootMessage(e));
            status = 1;
        } finally {
            spark.stop();
        }
        System.exit(status);
    }

    /**
     * Runs the job; returns what it did, for one line on stderr.
     *
     * @param timestamp the ACLED rows' {@code timestamp} column, Unix seconds (ACLED: when the row last changed)
     */
    static Summary run(SparkSession spark, JobOptions o, long timestamp) {
        if (!spark.conf().contains("spark.sql.files.maxPartitionBytes")) {
            // extraction costs milliseconds per article: Spark's 128 MB splits would give a 400 MB file
            // only 4 tasks; 16 MB (some 7,000 articles) keeps every core busy and tasks short
            spark.conf().set("spark.sql.files.maxPartitionBytes", "16m");
        }
        if (o.partitions() != null) {
            spark.conf().set("spark.sql.shuffle.partitions", o.partitions());
        }
        LongAccumulator articles = spark.sparkContext().longAccumulator("articles");
        LongAccumulator skipped = spark.sparkContext().longAccumulator("articles skipped");
        LongAccumulator duplicates = spark.sparkContext().longAccumulator("repeated document ids");

        Dataset<Row> events = consolidate(extract(ArticleRows.read(spark, o), o, articles, skipped), o, duplicates, timestamp)
                .persist(StorageLevel.MEMORY_AND_DISK());  // the sort samples it first; it is computed once
        try {
            write(spark, events, o.out());
            return new Summary(articles.value(), skipped.value(), duplicates.value(), events.count(), o.out());
        } finally {
            events.unpersist();
        }
    }

    /** Per partition, with the executor's pipeline: one (blocking key, encoded document) pair per key of a document. */
    static Dataset<Tuple2<String, byte[]>> extract(Dataset<Row> articles, JobOptions o, LongAccumulator read,
                                                   LongAccumulator skipped) {
        return articles.mapPartitions(new Extraction(o, read, skipped), Encoders.tuple(Encoders.STRING(), Encoders.BINARY()));
    }

    /** The shuffle by blocking key, then the core's consolidation of each block: rows of {@link EventRows#WITH_ACLED}. */
    static Dataset<Row> consolidate(Dataset<Tuple2<String, byte[]>> documents, JobOptions o, LongAccumulator duplicates,
                                    long timestamp) {
        return documents.groupByKey((MapFunction<Tuple2<String, byte[]>, String>) Tuple2::_1, Encoders.STRING())
                .flatMapGroups(new BlockConsolidation(o, duplicates, timestamp), Encoders.row(EventRows.WITH_ACLED));
    }

    /**
     * In the CLI's order (by date, undated last, then earliest mention: document id, event index), the
     * events as Parquet and their ACLED rows as one CSV file. Spark compares ids by UTF-8 bytes and Java
     * by UTF-16 units; the two orders differ only for ids mixing characters above U+FFFF with U+E000-U+FFFF.
     */
    static void write(SparkSession spark, Dataset<Row> events, String out) {
        Dataset<Row> ordered = events.orderBy(col("date").asc_nulls_last(),
                element_at(col("mentions"), 1).getField("doc"), element_at(col("mentions"), 1).getField("event_index"));
        ordered.drop("acled").write().mode(SaveMode.Overwrite).parquet(out + "/events");
        AcledRows.writeCsv(spark, ordered.select("acled.*"), out + "/acled.csv");
    }

    /** As the CLI: {@code $RASAD_GAZETTEER}, else {@code data/gazetteer.idx} under {@code $RASAD_HOME} or here. */
    static String defaultGazetteer() {
        String file = System.getenv("RASAD_GAZETTEER");
        if (file != null && !file.isBlank()) {
            return file;
        }
        String home = System.getenv("RASAD_HOME");
        Path index = Path.of(home == null || home.isBlank() ? "" : home, "data", "gazetteer.idx").toAbsolutePath();
        if (Files.isRegularFile(index)) {
            return index.toString();
        }
        System.err.println("rasad-spark: no gazetteer at " + index + ": events get no coordinates"
                + " (run scripts/fetch-gazetteer.sh, or pass --gazetteer FILE)");
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    record Summary(long articles, long skipped, long repeatedIds, long events, String out) {
        @Override
        public String toString() {
            return articles + " articles (" + skipped + " skipped, " + repeatedIds + " repeated ids) -> "
                    + events + " events in " + out + "/events";
        }
    }
}

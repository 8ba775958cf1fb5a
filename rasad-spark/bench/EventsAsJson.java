import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.apache.spark.sql.SparkSession;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;

/**
 * Prints the job's Parquet events as JSON lines in the CLI's order, to compare a benchmark run
 * with `rasad events` (bench/run.sh). Run with the module's classpath:
 * java -cp "$(cat rasad-spark/target/classpath.txt)" rasad-spark/bench/EventsAsJson.java OUT/events
 */
public class EventsAsJson {
    public static void main(String[] args) throws Exception {
        SparkSession spark = SparkSession.builder().master("local[2]").config("spark.ui.enabled", "false").getOrCreate();
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
            Iterator<String> lines = spark.read().parquet(args[0])
                    .orderBy(col("date").asc_nulls_last(), element_at(col("mentions"), 1).getField("doc"),
                            element_at(col("mentions"), 1).getField("event_index"))
                    .toJSON().toLocalIterator();
            while (lines.hasNext()) {
                out.write(lines.next());
                out.write('\n');
            }
        } finally {
            spark.stop();
        }
    }
}

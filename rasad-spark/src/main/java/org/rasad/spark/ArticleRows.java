package org.rasad.spark;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.rasad.core.model.Article;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/**
 * Articles as Spark reads them: JSON Lines or Parquet with the columns of ../shared/eval/CONTRACT.md
 * ({@code id, text, published, source, url, title}), on any Hadoop-compatible path.
 *
 * <p>A row becomes an {@link Article} under the CLI's rules for a JSONL line: {@code id} and
 * {@code text} are required, {@code published} is a {@code YYYY-MM-DD} date (a longer timestamp is
 * cut to its date). A row that breaks them is reported and skipped, never stops the job.
 */
final class ArticleRows {

    static final StructType SCHEMA = new StructType()
            .add("id", DataTypes.StringType)
            .add("text", DataTypes.StringType)
            .add("published", DataTypes.StringType)
            .add("source", DataTypes.StringType)
            .add("url", DataTypes.StringType)
            .add("title", DataTypes.StringType);

    private ArticleRows() {
    }

    /**
     * Reads the inputs: files, or directories read to their bottom as the CLI does (JSON files may be
     * gzip- or bzip2-compressed). Parquet files may lack the optional columns and may type
     * {@code published} as a date.
     */
    static Dataset<Row> read(SparkSession spark, JobOptions o) {
        String[] paths = o.inputs().toArray(String[]::new);
        if (o.format() == JobOptions.Format.JSONL) {
            return spark.read().schema(SCHEMA).option("recursiveFileLookup", "true").json(paths);
        }
        Dataset<Row> raw = spark.read().option("recursiveFileLookup", "true").parquet(paths);
        Column[] cols = new Column[SCHEMA.size()];
        for (int i = 0; i < cols.length; i++) {
            String name = SCHEMA.fields()[i].name();
            Column c = Arrays.asList(raw.columns()).contains(name)
                    ? col(name).cast(DataTypes.StringType) : lit(null).cast(DataTypes.StringType);
            cols[i] = c.as(name);
        }
        return raw.select(cols);
    }

    /** The article of a row in {@link #SCHEMA}'s column order. */
    static Article article(Row row) throws BadArticleException {
        String id = row.getString(0);
        String text = row.getString(1);
        if (id == null || id.isBlank()) {
            throw new BadArticleException("(no id)", "an article has no \"id\"" + (text == null ? " and no \"text\"" : "")
                    + " (malformed JSON lines land here too)");
        }
        if (text == null) {
            throw new BadArticleException(id, "article " + id + " has no \"text\"");
        }
        LocalDate published = null;
        String date = row.getString(2);
        if (date != null && !date.isBlank()) {
            try {
                published = LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date);
            } catch (DateTimeParseException e) {
                throw new BadArticleException(id, "article " + id + ": \"published\" is not a YYYY-MM-DD date: " + date);
            }
        }
        return new Article(id, text, published, row.getString(3), row.getString(4), row.getString(5));
    }

    /** An input row that is not an article; its message names the document and the problem. */
    static final class BadArticleException extends Exception {
        final String id;

        BadArticleException(String id, String message) {
            super(message);
            this.id = id;
        }
    }
}

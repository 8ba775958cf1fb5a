package org.rasad.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.rasad.core.export.AcledCsvWriter;
import org.rasad.core.export.AcledRow;

/**
 * ACLED rows between executors and the CSV file. The mapping (event → row) and the CSV format
 * (quoting, numbers, byte-order mark) are rasad-core's {@link AcledRow} and {@link AcledCsvWriter},
 * the same as {@code rasad export}; this class only carries a row's typed values in a Spark struct
 * and streams the ordered rows into one file on any Hadoop-compatible file system.
 */
final class AcledRows {

    private static final Set<String> INTEGERS = Set.of("year", "time_precision", "inter1", "inter2", "interaction",
            "iso", "geo_precision", "fatalities");
    private static final Set<String> DOUBLES = Set.of("latitude", "longitude");

    /** {@link AcledRow#COLUMNS} in ACLED's order, typed as {@link AcledRow#of} fills them. */
    static final StructType SCHEMA = schema();

    private AcledRows() {
    }

    private static StructType schema() {
        StructType s = new StructType();
        for (String c : AcledRow.COLUMNS) {
            s = s.add(c, type(c));
        }
        return s;
    }

    private static DataType type(String column) {
        if (INTEGERS.contains(column)) {
            return DataTypes.IntegerType;
        }
        if (DOUBLES.contains(column)) {
            return DataTypes.DoubleType;
        }
        return column.equals("timestamp") ? DataTypes.LongType : DataTypes.StringType;
    }

    static Row row(AcledRow acled) {
        Object[] values = new Object[SCHEMA.size()];
        for (int i = 0; i < values.length; i++) {
            StructField f = SCHEMA.fields()[i];
            Object v = acled.get(f.name());
            if (v != null && !v.getClass().equals(javaType(f.dataType()))) {
                throw new IllegalStateException("ACLED column " + f.name() + " holds a " + v.getClass().getSimpleName()
                        + " where rasad-spark expects a " + javaType(f.dataType()).getSimpleName()
                        + "; update AcledRows to the new mapping in org.rasad.core.export.AcledRow");
            }
            values[i] = v;
        }
        return RowFactory.create(values);
    }

    static AcledRow acledRow(Row row) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < row.size(); i++) {
            values.put(SCHEMA.fields()[i].name(), row.get(i));
        }
        return new AcledRow(values);
    }

    /**
     * Writes the rows, in the dataset's order, as one CSV file with a UTF-8 byte-order mark (as
     * {@code rasad export}); rows stream through the driver one partition at a time.
     */
    static void writeCsv(SparkSession spark, Dataset<Row> rows, String file) {
        Path path = new Path(file);
        try {
            FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
            try (Writer w = new BufferedWriter(new OutputStreamWriter(fs.create(path, true), StandardCharsets.UTF_8), 1 << 16)) {
                AcledCsvWriter csv = new AcledCsvWriter(w, true);
                for (Iterator<Row> it = rows.toLocalIterator(); it.hasNext(); ) {
                    csv.write(acledRow(it.next()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static Class<?> javaType(DataType t) {
        return t == DataTypes.IntegerType ? Integer.class : t == DataTypes.DoubleType ? Double.class
                : t == DataTypes.LongType ? Long.class : String.class;
    }
}

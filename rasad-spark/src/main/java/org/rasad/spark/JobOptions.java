package org.rasad.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The job's arguments, parsed once on the driver; unknown options are rejected.
 *
 * <pre>
 * --out DIR            where events/ (Parquet) and acled.csv are written (required)
 * --format FMT         jsonl or parquet (default: parquet when the first input ends in .parquet, else jsonl)
 * --gazetteer FILE     place index (data/gazetteer.idx); a path on every executor, or a file shipped with --files
 * --no-gazetteer       leave events unplaced
 * --dict DIR           the analyst's own dictionary files, as rasad --dict (a path on every executor)
 * --partitions N       shuffle partitions for consolidation (default: Spark's)
 * INPUT...             files or directories, any Hadoop-compatible path (file:, hdfs:, s3a:, ...)
 * </pre>
 *
 * @param gazetteer null to leave events unplaced
 * @param dict      null for the bundled dictionaries only
 */
record JobOptions(List<String> inputs, String out, Format format, String gazetteer, String dict, Integer partitions)
        implements Serializable {

    enum Format { JSONL, PARQUET }

    static final String USAGE = "usage: rasad-spark --out DIR [--format jsonl|parquet] [--gazetteer FILE | --no-gazetteer]"
            + " [--dict DIR] [--partitions N] INPUT...";

    JobOptions {
        inputs = List.copyOf(inputs);
    }

    /**
     * @param defaultGazetteer the index to use when neither --gazetteer nor --no-gazetteer is given, or null
     * @throws IllegalArgumentException with a one-line message for a bad command line
     */
    static JobOptions parse(String[] args, String defaultGazetteer) {
        List<String> inputs = new ArrayList<>();
        String out = null;
        String format = null;
        String gazetteer = defaultGazetteer;
        String dict = null;
        Integer partitions = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--out" -> out = value(args, ++i, a);
                case "--format" -> format = value(args, ++i, a);
                case "--gazetteer" -> gazetteer = value(args, ++i, a);
                case "--no-gazetteer" -> gazetteer = null;
                case "--dict" -> dict = value(args, ++i, a);
                case "--partitions" -> partitions = positive(value(args, ++i, a));
                default -> {
                    if (a.startsWith("-")) {
                        throw new IllegalArgumentException("unknown option " + a + "; " + USAGE);
                    }
                    inputs.add(a);
                }
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("--out DIR is required; " + USAGE);
        }
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no INPUT given; " + USAGE);
        }
        return new JobOptions(inputs, out, format(format, inputs.get(0)), gazetteer, dict, partitions);
    }

    private static Format format(String given, String firstInput) {
        if (given == null) {
            return firstInput.toLowerCase(Locale.ROOT).endsWith(".parquet") ? Format.PARQUET : Format.JSONL;
        }
        return switch (given.toLowerCase(Locale.ROOT)) {
            case "jsonl", "json" -> Format.JSONL;
            case "parquet" -> Format.PARQUET;
            default -> throw new IllegalArgumentException("--format must be jsonl or parquet, not " + given);
        };
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value; " + USAGE);
        }
        return args[i];
    }

    private static int positive(String s) {
        try {
            int n = Integer.parseInt(s);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--partitions must be a positive whole number, not " + s);
    }
}

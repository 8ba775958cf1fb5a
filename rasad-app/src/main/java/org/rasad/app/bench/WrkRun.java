package org.rasad.app.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs wrk (the load generator, a separate process) and reads its latency distribution. */
public final class WrkRun {

    private static final Path WRK = Path.of("/usr/bin/wrk");

    public record Result(double requestsPerSecond, double p50, double p90, double p99, long errors) {
    }

    private WrkRun() {
    }

    public static void requireWrk() {
        if (!Files.isExecutable(WRK)) {
            throw new IllegalStateException("wrk is not installed: apt-get install wrk");
        }
    }

    /** A wrk script that cycles through the paths, one per request. */
    public static String script(List<String> paths) {
        StringBuilder s = new StringBuilder("local paths = {");
        for (String p : paths) {
            s.append('"').append(p).append("\",");
        }
        return s.append("}\nlocal i = 0\nrequest = function()\n  i = i % #paths + 1\n"
                + "  return wrk.format(\"GET\", paths[i])\nend\n").toString();
    }

    public static Result run(String base, Path script, int clients, int seconds) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(WRK.toString(), "-t", "2", "-c", String.valueOf(clients),
                "-d", seconds + "s", "--latency", "--timeout", "10s", "-s", script.toString(), base));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("wrk failed: " + out.strip());
        }
        return new Result(number(out, "Requests/sec:\\s+([\\d.]+)"), millis(out, "50%"), millis(out, "90%"),
                millis(out, "99%"), errors(out));
    }

    private static double millis(String out, String percentile) {
        Matcher m = Pattern.compile(percentile + "\\s+([\\d.]+)(us|ms|s)").matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("no " + percentile + " latency in wrk's output:\n" + out);
        }
        double v = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> v / 1000;
            case "s" -> v * 1000;
            default -> v;
        };
    }

    private static double number(String out, String regex) {
        Matcher m = Pattern.compile(regex).matcher(out);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    /** Socket errors plus non-2xx responses. */
    private static long errors(String out) {
        long n = 0;
        Matcher m = Pattern.compile("Non-2xx or 3xx responses: (\\d+)").matcher(out);
        if (m.find()) {
            n += Long.parseLong(m.group(1));
        }
        Matcher s = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)").matcher(out);
        if (s.find()) {
            for (int g = 1; g <= 4; g++) {
                n += Long.parseLong(s.group(g));
            }
        }
        return n;
    }
}

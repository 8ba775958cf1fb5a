package org.rasad.app;

import java.util.List;
import java.util.concurrent.Callable;
import org.rasad.core.bench.ConsolidationBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rasad bench consolidate --events N [--events M]}: consolidation time on synthetic
 * per-document events; with several sizes, how the time grows from the first to the last.
 */
@Command(name = "consolidate", mixinStandardHelpOptions = true,
        description = {"Consolidate N synthetic per-document events (20 countries, 6,000 places, ten years,"
                + " 1-5 reports per incident) and report the time.",
                "Give --events more than once to compare sizes, e.g. --events 100000 --events 1000000."})
final class ConsolidateBenchCommand implements Callable<Integer> {

    @Option(names = "--events", required = true, paramLabel = "N", description = "number of per-document events (repeatable)")
    List<Integer> sizes;

    @Option(names = "--seed", defaultValue = "7", description = "corpus seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--warmup", defaultValue = "50000", paramLabel = "N",
            description = "events consolidated once first and not reported, so that the first size is not timed"
                    + " while the JIT compiles (default ${DEFAULT-VALUE}; 0 for none)")
    int warmup;

    @Override
    public Integer call() {
        if (warmup > 0) {
            ConsolidationBenchmark.run(warmup, seed + 1);
        }
        ConsolidationBenchmark.Result first = null;
        ConsolidationBenchmark.Result last = null;
        for (int n : sizes) {
            ConsolidationBenchmark.Result r = ConsolidationBenchmark.run(n, seed);
            System.out.printf("consolidate: %,d events -> %,d incidents (%,d generated) in %.2f s, %.2f s CPU (%,.0f events/s);"
                            + " corpus generated in %.2f s; heap in use after %,d MB (max %,d MB)%n",
                    r.events(), r.incidentsFound(), r.incidentsGenerated(), r.consolidateSeconds(), r.consolidateCpuSeconds(), r.eventsPerSecond(),
                    r.generateSeconds(), r.heapMegabytes(), Runtime.getRuntime().maxMemory() >> 20);
            first = first == null ? r : first;
            last = r;
        }
        if (first != last) {
            double sizeRatio = (double) last.events() / first.events();
            System.out.printf("growth: %.1fx the events took %.2fx the time, %.2fx the CPU time (linear would be %.1fx)%n",
                    sizeRatio, last.consolidateSeconds() / first.consolidateSeconds(),
                    last.consolidateCpuSeconds() / first.consolidateCpuSeconds(), sizeRatio);
        }
        return 0;
    }
}

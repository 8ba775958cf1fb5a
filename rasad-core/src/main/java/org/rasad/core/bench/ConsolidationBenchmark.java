package org.rasad.core.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.ref.Reference;
import java.util.List;
import org.rasad.core.consolidate.ConsolidatedEvent;
import org.rasad.core.consolidate.ConsolidationState;
import org.rasad.core.model.DocumentResult;

/**
 * Consolidation throughput on {@link SyntheticEvents}: the time to add every document to a
 * {@link ConsolidationState} and read its incidents, on one thread. Generating the corpus is timed
 * apart and not counted.
 */
public final class ConsolidationBenchmark {

    /**
     * The figures of one run.
     *
     * @param consolidateCpuSeconds CPU time of the consolidating thread: the wall time without the
     *                              waits of a machine shared with other work
     * @param heapMegabytes heap in use after consolidation (after a GC request), corpus included
     */
    public record Result(int events, int incidentsGenerated, int incidentsFound, double generateSeconds,
                         double consolidateSeconds, double consolidateCpuSeconds, long heapMegabytes) {

        public double eventsPerSecond() {
            return events / consolidateSeconds;
        }
    }

    private ConsolidationBenchmark() {
    }

    public static Result run(int events, long seed) {
        long t0 = System.nanoTime();
        SyntheticEvents.Corpus corpus = new SyntheticEvents(seed).generate(events);
        double generate = (System.nanoTime() - t0) / 1e9;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long t1 = System.nanoTime();
        long cpu1 = threads.getCurrentThreadCpuTime();
        ConsolidationState state = new ConsolidationState();
        List<DocumentResult> docs = corpus.documents();
        for (int i = 0; i < docs.size(); i++) {
            state.add(docs.get(i), corpus.sources().get(i));
        }
        List<ConsolidatedEvent> incidents = state.events();
        double consolidate = (System.nanoTime() - t1) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpu1) / 1e9;
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heap = (rt.totalMemory() - rt.freeMemory()) >> 20;
        Reference.reachabilityFence(state);  // the state's own heap is part of the figure
        return new Result(events, corpus.incidents(), incidents.size(), generate, consolidate, cpu, heap);
    }
}

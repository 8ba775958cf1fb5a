package org.rasad.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.rasad.core.model.DocumentResult;
import org.rasad.core.pipeline.Pipeline;

/**
 * The work of one batch decided before its transaction: which documents are new (extracted, on all
 * cores), which are already stored, which fail and why. Pure apart from running the pipeline.
 */
record IngestBatch(List<ArticleRows.Extracted> extracted, List<LogEntry> log) {

    record LogEntry(String docId, String contentHash, IngestStatus status, String error, Integer events) {
    }

    /**
     * @param storedHashes content hash of every stored document id (not changed here)
     */
    static IngestBatch prepare(List<IngestItem> items, Map<String, String> storedHashes, Pipeline pipeline) {
        String[] hashes = new String[items.size()];
        DocumentResult[] results = new DocumentResult[items.size()];
        String[] errors = new String[items.size()];
        Map<String, String> seen = new HashMap<>();
        List<Integer> toExtract = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            IngestItem item = items.get(i);
            if (item.article() == null) {
                errors[i] = item.error();
                continue;
            }
            hashes[i] = ContentHash.of(item.article());
            String known = storedHashes.getOrDefault(item.id(), seen.get(item.id()));
            if (known == null) {
                seen.put(item.id(), hashes[i]);
                toExtract.add(i);
            } else if (!known.equals(hashes[i])) {
                errors[i] = "document id " + item.id() + " is already stored with different content;"
                        + " give the new version its own id";
            }
        }
        toExtract.parallelStream().forEach(i -> {
            try {
                results[i] = pipeline.process(items.get(i).article());
            } catch (RuntimeException e) {
                errors[i] = "extraction failed: " + e;
            }
        });
        List<ArticleRows.Extracted> extracted = new ArrayList<>();
        List<LogEntry> log = new ArrayList<>();
        IntStream.range(0, items.size()).forEach(i -> {
            IngestItem item = items.get(i);
            DocumentResult r = results[i];
            String error = errors[i] != null ? errors[i] : r != null ? r.error() : null;
            if (error != null) {
                log.add(new LogEntry(item.id(), hashes[i], IngestStatus.FAILED, error, null));
            } else if (r == null) {
                log.add(new LogEntry(item.id(), hashes[i], IngestStatus.DUPLICATE, null, null));
            } else {
                extracted.add(new ArticleRows.Extracted(item.article(), hashes[i], r));
                log.add(new LogEntry(item.id(), hashes[i], IngestStatus.STORED, null, r.events().size()));
            }
        });
        return new IngestBatch(extracted, log);
    }
}

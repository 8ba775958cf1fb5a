package org.rasad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasad.core.consolidate.ConsolidatedEvent;

/**
 * Kills a child JVM in the middle of an ingest, checks the database is consistent, runs the ingest
 * again and checks the result equals an uninterrupted run. No sleeps: the child is killed once the
 * database shows its first committed batch, whatever the machine's speed.
 */
class IngestKilledMidBatchTest {

    private static final int ARTICLES = 600;
    private static final int BATCH = 20;

    @TempDir
    Path dir;

    @Test
    void killedIngestLeavesAConsistentDatabaseAndARerunFinishesTheJob() throws Exception {
        String killed = dir.resolve("killed.db").toString();
        Process child = child(killed);
        EventStore store = EventStore.open(killed);
        while (count(killed, "SELECT COUNT(*) FROM articles") == 0 && child.isAlive()) {
            Thread.onSpinWait();
            child.waitFor(20, TimeUnit.MILLISECONDS);
        }
        child.destroyForcibly().waitFor();

        long stored = count(killed, "SELECT COUNT(*) FROM articles");
        assertThat(stored).isPositive().isLessThanOrEqualTo(ARTICLES);
        assertThat(stored % BATCH == 0 || stored == ARTICLES).as("whole batches only, got " + stored).isTrue();
        assertThat(count(killed, "SELECT COUNT(*) FROM ingest_log WHERE status = 'stored'")).isEqualTo(stored);
        assertThat(count(killed, "SELECT COUNT(*) FROM document_events d LEFT JOIN event_mentions m"
                + " ON m.doc_id = d.doc_id AND m.event_index = d.event_index WHERE m.event_id IS NULL"))
                .as("every stored report belongs to a consolidated event").isZero();

        assertThat(child(killed).waitFor()).isZero();
        String clean = dir.resolve("clean.db").toString();
        assertThat(child(clean).waitFor()).isZero();

        assertThat(count(killed, "SELECT COUNT(*) FROM articles")).isEqualTo(ARTICLES);
        assertThat(events(killed)).isEqualTo(events(clean)).isNotEmpty();
        assertThat(count(killed, "SELECT COUNT(*) FROM claims")).isEqualTo(count(clean, "SELECT COUNT(*) FROM claims"));
        assertThat(store.ingestLog(null)).extracting(IngestLogEntry::status).contains(IngestStatus.DUPLICATE);
    }

    private static Process child(String db) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), IngestChild.class.getName(),
                db, String.valueOf(ARTICLES), String.valueOf(BATCH))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(new File(db + ".err")).start();
    }

    private static List<ConsolidatedEvent> events(String db) {
        List<ConsolidatedEvent> out = new ArrayList<>();
        EventStore.open(db).forEachEvent(EventQuery.all(), out::add);
        return out;
    }

    private static long count(String db, String sql) throws SQLException {
        try (Connection c = Database.open(db).connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

package org.rasad.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExecutorPipelineTest {

    @Test
    void everyTaskOfAnExecutorSharesOnePipeline() {
        assertThat(ExecutorPipeline.get(null, null)).isSameAs(ExecutorPipeline.get(null, null));
    }

    @Test
    void aGazetteerMissingOnTheExecutorIsOneLineThatSaysHowToShipIt() {
        assertThatThrownBy(() -> ExecutorPipeline.get("/nowhere/gazetteer.idx", null))
                .hasMessageContaining("/nowhere/gazetteer.idx").hasMessageContaining("--files");
    }
}

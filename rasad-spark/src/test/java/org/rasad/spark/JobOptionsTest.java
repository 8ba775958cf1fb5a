package org.rasad.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class JobOptionsTest {

    @Test
    void formatFollowsTheFirstInputUnlessGiven() {
        assertThat(parse("--out", "o", "a.parquet").format()).isEqualTo(JobOptions.Format.PARQUET);
        assertThat(parse("--out", "o", "hdfs:///news/2020.jsonl").format()).isEqualTo(JobOptions.Format.JSONL);
        assertThat(parse("--out", "o", "--format", "parquet", "s3a://b/news").format()).isEqualTo(JobOptions.Format.PARQUET);
    }

    @Test
    void theDefaultGazetteerIsUsedUnlessReplacedOrSwitchedOff() {
        assertThat(parse("--out", "o", "in").gazetteer()).isEqualTo("default.idx");
        assertThat(parse("--out", "o", "--gazetteer", "g.idx", "in").gazetteer()).isEqualTo("g.idx");
        assertThat(parse("--out", "o", "--no-gazetteer", "in").gazetteer()).isNull();
        assertThat(parse("--out", "o", "in", "in2").inputs()).isEqualTo(List.of("in", "in2"));
    }

    @Test
    void mistakesAreOneLineThatSaysWhatToDo() {
        assertThatThrownBy(() -> parse("in")).hasMessageStartingWith("--out DIR is required");
        assertThatThrownBy(() -> parse("--out", "o")).hasMessageStartingWith("no INPUT given");
        assertThatThrownBy(() -> parse("--out", "o", "--cores", "2", "in")).hasMessageStartingWith("unknown option --cores");
        assertThatThrownBy(() -> parse("--out", "o", "--partitions", "0", "in")).hasMessageContaining("positive");
        assertThatThrownBy(() -> parse("--out", "o", "--format", "csv", "in")).hasMessageContaining("jsonl or parquet");
        assertThatThrownBy(() -> parse("--out")).hasMessageStartingWith("--out needs a value");
    }

    private static JobOptions parse(String... args) {
        return JobOptions.parse(args, "default.idx");
    }
}

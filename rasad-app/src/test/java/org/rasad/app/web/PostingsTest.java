package org.rasad.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostingsTest {

    private static void check(int[] events, int size) {
        Postings p = new Postings(events, size);
        BitSet or = new BitSet();
        or.set(size - 1);
        p.orInto(or);
        List<Integer> seen = new ArrayList<>();
        p.forEach(seen::add);
        BitSet expected = new BitSet();
        expected.set(size - 1);
        for (int e : events) {
            expected.set(e);
        }
        assertThat(or).isEqualTo(expected);
        assertThat(seen).containsExactlyElementsOf(java.util.Arrays.stream(events).boxed().toList());
    }

    @Test
    void fewEventsAreKeptAsAnArray() {
        check(new int[] {3, 70, 999}, 10_000);
    }

    @Test
    void manyEventsAreKeptAsABitmap() {
        check(java.util.stream.IntStream.range(0, 500).map(i -> i * 7).toArray(), 10_000);
    }
}

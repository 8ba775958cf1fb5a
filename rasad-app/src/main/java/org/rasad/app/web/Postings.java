package org.rasad.app.web;

import java.util.BitSet;

/**
 * The events that share one value (an actor, a map cell), stored by density: a bitmap when they are
 * many (OR-ed into a result a word at a time), a sorted array of indexes when they are few (so that
 * thousands of rare values cost little memory). Immutable.
 */
final class Postings {

    private final int[] events;
    private final BitSet bits;

    /** @param events sorted event indexes; @param size how many events there are in all */
    Postings(int[] events, int size) {
        boolean dense = events.length >= size / 64;
        this.events = dense ? null : events;
        this.bits = dense ? new BitSet(size) : null;
        if (dense) {
            for (int e : events) {
                bits.set(e);
            }
        }
    }

    void orInto(BitSet out) {
        if (bits != null) {
            out.or(bits);
        } else {
            for (int e : events) {
                out.set(e);
            }
        }
    }

    /** Calls the action for each event; for tests that must look at each one. */
    void forEach(java.util.function.IntConsumer action) {
        if (bits != null) {
            bits.stream().forEach(action);
        } else {
            for (int e : events) {
                action.accept(e);
            }
        }
    }
}

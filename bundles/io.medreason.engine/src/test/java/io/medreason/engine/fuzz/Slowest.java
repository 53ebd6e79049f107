package io.medreason.engine.fuzz;

import java.util.Locale;

/** The slowest of a series of fuzz cases. */
final class Slowest {

    private long nanos = -1;
    private String what = "none";

    void offer(long took, String name) {
        if (took > nanos) {
            nanos = took;
            what = name;
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s in %.1f ms", what, nanos / 1e6);
    }
}

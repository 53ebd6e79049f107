package io.medreason.engine.generate;

/** How {@link Generator} gets the next token of a sequence: the fast path or the reference path. */
interface Decoding extends AutoCloseable {

    /** The next token after {@code seq[0, len)} (the tokens before {@code len} never change between calls). */
    int next(long[] seq, int len);

    @Override
    void close();
}

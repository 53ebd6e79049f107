package io.medreason.engine.train;

import java.util.ArrayList;
import java.util.List;

/**
 * Walks the training examples epoch after epoch, in the order {@link EpochOrder} gives each epoch. Its position
 * (epoch, index inside the epoch) is all a checkpoint needs to continue with the same records.
 */
public final class DataCursor {

    private final List<TokenizedExample> examples;
    private final long seed;
    private final boolean shuffle;
    private long epoch;
    private int position;
    private int[] order;

    public DataCursor(List<TokenizedExample> examples, long seed, boolean shuffle) {
        this.examples = examples;
        this.seed = seed;
        this.shuffle = shuffle;
        seek(0, 0);
    }

    /** Moves to a checkpointed position. */
    public void seek(long epoch, int position) {
        this.epoch = epoch;
        this.position = position;
        this.order = EpochOrder.of(examples.size(), seed, epoch, shuffle);
    }

    /** The next {@code n} examples, crossing into the next epoch when needed. */
    public List<TokenizedExample> next(int n) {
        List<TokenizedExample> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (position == order.length) {
                seek(epoch + 1, 0);
            }
            out.add(examples.get(order[position++]));
        }
        return out;
    }

    public long epoch() {
        return epoch;
    }

    public int position() {
        return position;
    }

    /** Epochs done as a fraction, as Hugging Face reports {@code epoch}. */
    public double epochsDone() {
        return epoch + position / (double) examples.size();
    }
}

package io.medreason.engine.safetensors;

import java.nio.ByteBuffer;

/**
 * An off-heap buffer that successive tensor loads reuse (one per file, and one for all the shards of a
 * {@link Checkpoint}), at most {@value TensorStream#SCRATCH_BYTES} bytes. Not thread-safe: its users load under a
 * lock.
 */
final class Scratch {

    private ByteBuffer buffer;

    /** A buffer of at least {@code bytes} (its contents are undefined). */
    ByteBuffer atLeast(int bytes) {
        if (buffer == null || buffer.capacity() < bytes) {
            buffer = null; // the smaller one can go before the bigger one is allocated
            buffer = ByteBuffer.allocateDirect(bytes);
        }
        return buffer;
    }

    /** Lets the buffer go. */
    void release() {
        buffer = null;
    }
}

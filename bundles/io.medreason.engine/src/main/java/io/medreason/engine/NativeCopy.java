package io.medreason.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;

/**
 * Copies an array that DJL built on top of Java memory (a direct buffer, a memory-mapped file) into memory PyTorch
 * owns. On a CPU, DJL's {@code create(…)} aliases the Java buffer, and {@code toType(sameType, true)} aliases again
 * (it calls {@code Tensor.to}, which returns the same storage), so a weight made that way dies with the buffer.
 */
public final class NativeCopy {

    private NativeCopy() {
    }

    /** A PyTorch-owned copy of {@code source} as {@code type}, attached to the same manager; source unchanged. */
    public static NDArray of(NDArray source, DataType type) {
        return source.getDataType() == type ? source.duplicate() : source.toType(type, false);
    }
}

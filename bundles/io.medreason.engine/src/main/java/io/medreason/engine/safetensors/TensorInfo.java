package io.medreason.engine.safetensors;

import java.util.Arrays;

/**
 * One header entry of a safetensors file: name, element type, shape and the byte span {@code [begin, end)} relative
 * to the start of the data section.
 */
public record TensorInfo(String name, SafeDType dtype, long[] shape, long begin, long end) {

    /** Number of elements (1 for a scalar). */
    public long elements() {
        long n = 1;
        for (long d : shape) {
            n = Math.multiplyExact(n, d);
        }
        return n;
    }

    /** Bytes of data. */
    public long byteLength() {
        return end - begin;
    }

    @Override
    public String toString() {
        return name + " " + dtype + Arrays.toString(shape);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TensorInfo t && t.name.equals(name) && t.dtype == dtype && Arrays.equals(t.shape, shape)
                && t.begin == begin && t.end == end;
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(shape);
    }
}

package io.medreason.engine.gguf;

/**
 * The ggml tensor types we write and read, with their numbers in the GGUF format (ggml.h's {@code ggml_type}) and
 * their block layout: F32 and F16 store one element per block; Q8_0 stores 32 elements in 34 bytes (an FP16 scale
 * d, then 32 int8 q; an element is d·q).
 */
public enum GgmlType {
    F32(0, 1, 4), F16(1, 1, 2), Q8_0(8, 32, 34);

    private final int id;
    private final int blockElements;
    private final int blockBytes;

    GgmlType(int id, int blockElements, int blockBytes) {
        this.id = id;
        this.blockElements = blockElements;
        this.blockBytes = blockBytes;
    }

    /** The {@code ggml_type} number. */
    public int id() {
        return id;
    }

    /** Elements per block (the row length must be a multiple of it). */
    public int blockElements() {
        return blockElements;
    }

    /** Bytes of {@code elements} elements (a whole number of blocks). */
    public long bytes(long elements) {
        if (elements % blockElements != 0) {
            throw new IllegalArgumentException(elements + " elements are not whole blocks of " + blockElements);
        }
        return elements / blockElements * blockBytes;
    }

    /** The type numbered {@code id}, or null when we do not know it. */
    public static GgmlType of(int id) {
        for (GgmlType t : values()) {
            if (t.id == id) {
                return t;
            }
        }
        return null;
    }
}

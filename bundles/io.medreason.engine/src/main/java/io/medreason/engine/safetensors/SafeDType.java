package io.medreason.engine.safetensors;

import ai.djl.ndarray.types.DataType;

/** The element types of the safetensors format, with their byte widths and the DJL type a tensor is read as. */
public enum SafeDType {
    F64(8), F32(4), F16(2), BF16(2), I64(8), I32(4), I16(2), I8(1), U8(1), BOOL(1);

    private final int bytes;

    SafeDType(int bytes) {
        this.bytes = bytes;
    }

    /** Bytes per element. */
    public int bytes() {
        return bytes;
    }

    /** The header spelling ({@code "BF16"}) to a constant, or {@code null} when the format has no such type. */
    public static SafeDType parse(String name) {
        for (SafeDType t : values()) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        return null;
    }

    /** The safetensors type that stores a DJL type (used when writing). */
    public static SafeDType of(DataType type) {
        return switch (type) {
            case FLOAT64 -> F64;
            case FLOAT32 -> F32;
            case FLOAT16 -> F16;
            case INT64 -> I64;
            case INT32 -> I32;
            case INT8 -> I8;
            case UINT8 -> U8;
            case BOOLEAN -> BOOL;
            default -> throw new IllegalArgumentException("no safetensors type for " + type);
        };
    }

    /** Whether this is a floating point type a model weight can have. */
    public boolean isFloat() {
        return this == F64 || this == F32 || this == F16 || this == BF16;
    }
}

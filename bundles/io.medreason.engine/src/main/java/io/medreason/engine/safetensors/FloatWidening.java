package io.medreason.engine.safetensors;

import java.nio.ByteBuffer;
import java.nio.FloatBuffer;

/** Converts stored floating point elements (F64, F32, F16, BF16) to Java floats. BF16 widening is exact. */
final class FloatWidening {

    private FloatWidening() {
    }

    static void toFloats(ByteBuffer src, SafeDType type, float[] out, String where) {
        toFloats(src, type, FloatBuffer.wrap(out), where);
    }

    static void toFloats(ByteBuffer src, SafeDType type, FloatBuffer out, String where) {
        int n = out.remaining();
        switch (type) {
            case F32 -> out.put(src.asFloatBuffer());
            case F64 -> {
                for (int i = 0; i < n; i++) {
                    out.put((float) src.getDouble(i * 8));
                }
            }
            case F16 -> {
                for (int i = 0; i < n; i++) {
                    out.put(Float.float16ToFloat(src.getShort(i * 2)));
                }
            }
            case BF16 -> {
                for (int i = 0; i < n; i++) {
                    out.put(Float.intBitsToFloat((src.getShort(i * 2) & 0xFFFF) << 16));
                }
            }
            default -> throw new SafetensorsException(where + " has type " + type + ", expected floating point");
        }
    }

    /** Float to BF16 bits with round-to-nearest-even (as PyTorch's {@code .to(torch.bfloat16)}). */
    static short toBf16(float value) {
        int bits = Float.floatToRawIntBits(value);
        if (Float.isNaN(value)) {
            return (short) ((bits >>> 16) | 0x40);
        }
        int rounding = 0x7FFF + ((bits >>> 16) & 1);
        return (short) ((bits + rounding) >>> 16);
    }
}

package io.medreason.engine.safetensors;

import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.ShortBuffer;

/** Converts stored floating point elements (F64, F32, F16, BF16) to Java floats. BF16 widening is exact. */
final class FloatWidening {

    /** Elements widened per block (48 KiB of Java arrays). */
    private static final int BLOCK = 8192;

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
            case BF16 -> bf16ToFloats(src.asShortBuffer(), out, n);
            default -> throw new SafetensorsException(where + " has type " + type + ", expected floating point");
        }
    }

    /** BF16 widening through two small arrays (bulk copies in and out; the loop between them runs fast). */
    private static void bf16ToFloats(ShortBuffer in, FloatBuffer out, int n) {
        short[] bits = new short[Math.min(n, BLOCK)];
        float[] values = new float[bits.length];
        for (int done = 0; done < n; done += bits.length) {
            int k = Math.min(bits.length, n - done);
            in.get(bits, 0, k);
            for (int j = 0; j < k; j++) {
                values[j] = Float.intBitsToFloat((bits[j] & 0xFFFF) << 16);
            }
            out.put(values, 0, k);
        }
    }

    /** Float to BF16 bits with round-to-nearest-even (see {@link Bf16#fromFloat}). */
    static short toBf16(float value) {
        return Bf16.fromFloat(value);
    }
}

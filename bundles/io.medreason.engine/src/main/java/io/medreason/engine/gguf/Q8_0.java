package io.medreason.engine.gguf;

import java.nio.ByteBuffer;

/**
 * ggml's Q8_0 quantization, as llama.cpp's reference ({@code quantize_row_q8_0_ref}) and gguf-py compute it: per
 * block of 32 values, d = max|x| / 127 (stored as FP16), q = round(x / d) with halves away from zero (0 when d is 0).
 * Dequantised, an element is FP16(d)·q, within d/2 + 127·|d − FP16(d)| of the original.
 */
public final class Q8_0 {

    /** Values per block. */
    public static final int BLOCK = 32;

    private Q8_0() {
    }

    /** Quantises {@code values[0..n)} ({@code n} a multiple of 32) into {@code out} (little-endian). */
    public static void quantize(float[] values, int n, ByteBuffer out) {
        for (int b = 0; b < n; b += BLOCK) {
            float amax = 0;
            for (int j = 0; j < BLOCK; j++) {
                amax = Math.max(amax, Math.abs(values[b + j]));
            }
            float d = amax / 127f;
            float id = d == 0 ? 0 : 1f / d;
            out.putShort(Float.floatToFloat16(d));
            for (int j = 0; j < BLOCK; j++) {
                out.put((byte) roundHalfAway(values[b + j] * id));
            }
        }
    }

    /** Dequantises {@code blocks} blocks from {@code in} into {@code out[offset..)}. */
    public static void dequantize(ByteBuffer in, long blocks, float[] out, int offset) {
        for (long b = 0; b < blocks; b++) {
            float d = Float.float16ToFloat(in.getShort());
            for (int j = 0; j < BLOCK; j++) {
                out[offset + (int) b * BLOCK + j] = d * in.get();
            }
        }
    }

    private static int roundHalfAway(float v) {
        return (int) Math.copySign(Math.floor(Math.abs((double) v) + 0.5), v); // exact in double
    }
}

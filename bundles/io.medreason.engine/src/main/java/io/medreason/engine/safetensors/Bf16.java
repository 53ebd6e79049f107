package io.medreason.engine.safetensors;

/**
 * Brain floating point (BF16): the upper 16 bits of an IEEE-754 binary32. Narrowing rounds to nearest, ties to even,
 * exactly as PyTorch's {@code tensor.to(torch.bfloat16)} does (c10's {@code round_to_nearest_even}): a value halfway
 * between two BF16 neighbours goes to the one with an even last bit, the largest finite floats round up to infinity,
 * infinities stay infinities, and every NaN becomes the canonical quiet NaN {@code 0x7FC0}.
 */
public final class Bf16 {

    /** The NaN PyTorch writes for every NaN input. */
    public static final short CANONICAL_NAN = 0x7FC0;

    private Bf16() {
    }

    /** Float to BF16 bits, round to nearest even. */
    public static short fromFloat(float value) {
        if (Float.isNaN(value)) {
            return CANONICAL_NAN;
        }
        int bits = Float.floatToRawIntBits(value);
        int rounding = 0x7FFF + ((bits >>> 16) & 1);
        return (short) ((bits + rounding) >>> 16);
    }

    /** BF16 bits to float (exact). */
    public static float toFloat(short bits) {
        return Float.intBitsToFloat((bits & 0xFFFF) << 16);
    }
}

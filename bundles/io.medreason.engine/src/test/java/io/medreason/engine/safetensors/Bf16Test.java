package io.medreason.engine.safetensors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** BF16 narrowing against round-to-nearest-even worked out by hand on the bit patterns. */
class Bf16Test {

    private static void check(int floatBits, int expectedBf16, String why) {
        short got = Bf16.fromFloat(Float.intBitsToFloat(floatBits));
        System.out.printf("bf16(%08x) = %04x, expected %04x  (%s)%n", floatBits, got & 0xFFFF, expectedBf16, why);
        assertEquals((short) expectedBf16, got, why);
    }

    @Test
    void roundsToNearestTiesToEven() {
        check(0x3F800000, 0x3F80, "1.0 is exact");
        check(0x3F808000, 0x3F80, "tie, upper half 0x3F80 is even: stays");
        check(0x3F818000, 0x3F82, "tie, upper half 0x3F81 is odd: rounds up to even");
        check(0x3F807FFF, 0x3F80, "just below half: down");
        check(0x3F808001, 0x3F81, "just above half: up");
        check(0xBF818000, 0xBF82, "negative tie, odd: away from zero to even");
        check(0xBF808000, 0xBF80, "negative tie, even: stays");
        check(0x3F80FFFF, 0x3F81, "above half: up");
        check(0x3FFFFFFF, 0x4000, "carry into the exponent: 1.99999988 -> 2.0");
        check(0x00008000, 0x0000, "subnormal tie, even: to zero");
        check(0x00018000, 0x0002, "subnormal tie, odd: up");
        check(0x80000000, 0x8000, "negative zero keeps its sign");
    }

    @Test
    void infinitiesOverflowAndNaNs() {
        check(0x7F800000, 0x7F80, "+inf");
        check(0xFF800000, 0xFF80, "-inf");
        check(0x7F7FFFFF, 0x7F80, "largest float rounds up to +inf");
        check(0xFF7FFFFF, 0xFF80, "most negative float rounds to -inf");
        check(0x7F7F7FFF, 0x7F7F, "below the halfway point to inf: largest finite bf16");
        check(0x7FC00000, 0x7FC0, "quiet NaN");
        check(0xFFC00000, 0x7FC0, "negative NaN: PyTorch's canonical NaN");
        check(0x7F800001, 0x7FC0, "signalling NaN with a low payload (would round to inf if treated as a number)");
        check(0x7FFFFFFF, 0x7FC0, "NaN with all payload bits (would carry into the sign if treated as a number)");
    }

    @Test
    void wideningIsExact() {
        for (int bits = 0; bits < 0x10000; bits++) {
            float f = Bf16.toFloat((short) bits);
            if (!Float.isNaN(f)) {
                assertEquals((short) bits, Bf16.fromFloat(f), Integer.toHexString(bits));
            }
        }
    }
}

package io.medreason.engine.gguf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/** Q8_0 blocks worked out by hand: scale = max|x| / 127 as FP16, quanta rounded half away from zero. */
class Q8_0Test {

    @Test
    void blockLayoutScaleAndRounding() {
        float[] x = new float[32];
        x[0] = 127f; // d = 1
        x[1] = 2.5f; // tie: away from zero -> 3
        x[2] = -2.5f; // -> -3
        x[3] = -127f;
        x[4] = 0.49f; // -> 0
        x[5] = 1.5f; // -> 2
        ByteBuffer b = ByteBuffer.allocate(34).order(ByteOrder.LITTLE_ENDIAN);
        Q8_0.quantize(x, 32, b);
        assertEquals(34, b.position());
        assertEquals(Float.floatToFloat16(1f), b.getShort(0));
        byte[] want = {127, 3, -3, -127, 0, 2};
        for (int i = 0; i < want.length; i++) {
            assertEquals(want[i], b.get(2 + i), "q[" + i + "]");
        }
        float[] back = new float[32];
        Q8_0.dequantize(b.flip(), 1, back, 0);
        assertEquals(3f, back[1]);
        assertEquals(-127f, back[3]);
    }

    @Test
    void zeroBlockHasZeroScale() {
        ByteBuffer b = ByteBuffer.allocate(34).order(ByteOrder.LITTLE_ENDIAN);
        Q8_0.quantize(new float[32], 32, b);
        for (int i = 0; i < 34; i++) {
            assertEquals(0, b.get(i));
        }
    }
}

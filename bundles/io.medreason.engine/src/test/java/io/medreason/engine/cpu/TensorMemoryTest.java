package io.medreason.engine.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import io.medreason.engine.Engine;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.junit.jupiter.api.Test;

/**
 * The kernels see the tensors' own memory: what PyTorch wrote is read through the segment and what is written through
 * it PyTorch reads, also past 2 GiB (a (151936, 3584) embedding of a 7B model, zero-filled pages never touched but
 * the last row); transposed views, other types and other devices are refused.
 */
class TensorMemoryTest {

    @Test
    void theSegmentIsTheTensorsMemory() {
        Engine.init();
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray a = m.arange(0f, 24f).reshape(4, 6);
            MemorySegment s = TensorMemory.of(a);
            assertEquals(24 * 4, s.byteSize());
            assertEquals(13f, s.getAtIndex(ValueLayout.JAVA_FLOAT, 13));
            s.setAtIndex(ValueLayout.JAVA_FLOAT, 23, -5f);
            assertEquals(-5f, a.getFloat(3, 5), "PyTorch reads what the kernel wrote");
        }
    }

    @Test
    void tensorsOverTwoGibibytesAreViewedWhole() {
        Engine.init();
        try (NDManager m = NDManager.newBaseManager()) {
            long rows = 151936;
            long cols = 3584;
            NDArray big = m.zeros(new Shape(rows, cols), DataType.FLOAT32);
            MemorySegment s = TensorMemory.of(big);
            System.out.printf("a (%d, %d) FP32 tensor viewed as %.2f GiB%n", rows, cols, s.byteSize() / (double) (1L << 30));
            assertEquals(rows * cols * 4, s.byteSize());
            assertTrue(s.byteSize() > Integer.MAX_VALUE);
            s.setAtIndex(ValueLayout.JAVA_FLOAT, rows * cols - 1, 7f);
            assertEquals(7f, big.getFloat(rows - 1, cols - 1), "the last float is where PyTorch has it");
        }
    }

    @Test
    void viewsThatAreNotContiguousAndOtherTypesAreRefused() {
        Engine.init();
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray t = m.arange(0f, 24f).reshape(4, 6).transpose();
            String message = assertThrows(IllegalArgumentException.class, () -> TensorMemory.of(t)).getMessage();
            assertTrue(message.contains("contiguous"), message);
            NDArray half = m.ones(new Shape(4, 6), DataType.FLOAT16);
            message = assertThrows(IllegalArgumentException.class, () -> TensorMemory.of(half)).getMessage();
            assertTrue(message.contains("float16"), message);
        }
    }
}

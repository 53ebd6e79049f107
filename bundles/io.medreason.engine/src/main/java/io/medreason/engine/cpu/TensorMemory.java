package io.medreason.engine.cpu;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;

/**
 * The memory of a CPU FP32 tensor as a {@link MemorySegment}, without a copy: the Java kernels read the weights
 * PyTorch holds and write into the key/value cache PyTorch reads. The address comes from a direct buffer over the
 * tensor's first row (DJL's {@code toByteBuffer(true)}, which is limited to 2 GiB, hence one row), the length from
 * the shape; the last row's address must be where a contiguous layout puts it, else the tensor is refused (DJL would
 * have handed out a copy). A segment is valid while its tensor lives: the caller keeps the tensor open.
 */
public final class TensorMemory {

    private TensorMemory() {
    }

    /**
     * The whole of {@code array} (contiguous, CPU, FP32), {@code size() × 4} bytes.
     *
     * @throws IllegalArgumentException for another device or type, or a tensor that is not contiguous
     */
    public static MemorySegment of(NDArray array) {
        if (!array.getDevice().equals(Device.cpu()) || array.getDataType() != DataType.FLOAT32) {
            throw new IllegalArgumentException("the Java kernels read CPU FP32 tensors, not " + array.getDataType()
                    + " on " + array.getDevice());
        }
        long bytes = array.size() * Float.BYTES;
        if (array.getShape().dimension() < 2) {
            return MemorySegment.ofAddress(address(array)).reinterpret(bytes);
        }
        long rows = array.getShape().get(0);
        long rowBytes = bytes / rows;
        long first = rowAddress(array, 0);
        if (rowAddress(array, rows - 1) != first + (rows - 1) * rowBytes) {
            throw new IllegalArgumentException("the Java kernels need a contiguous tensor, got shape " + array.getShape());
        }
        return MemorySegment.ofAddress(first).reinterpret(bytes);
    }

    private static long rowAddress(NDArray array, long row) {
        try (NDArray view = array.get(row)) {
            return address(view);
        }
    }

    private static long address(NDArray array) {
        ByteBuffer direct = array.toByteBuffer(true);
        if (!direct.isDirect()) {
            throw new IllegalArgumentException("no direct view of a " + array.getShape() + " tensor");
        }
        return MemorySegment.ofBuffer(direct).address();
    }
}

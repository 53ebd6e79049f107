package io.medreason.engine.safetensors;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * Streams one floating point tensor from a file into a native array of any size, a bounded piece at a time: the
 * target array is allocated empty in PyTorch, then each piece is read with {@link FileChannel#read} into a direct
 * scratch buffer, widened in Java where PyTorch cannot read the stored type (BF16, F64 → FP32), wrapped as an
 * array that aliases the scratch, and copied into its slice of the target by PyTorch (which also casts to the
 * target type, e.g. FP32 → FP16, or to the GPU). The Java side never holds more than {@value #SCRATCH_BYTES} bytes
 * of a tensor off-heap and 48 KiB on the heap (the BF16 widening's blocks); the native side holds the target plus
 * one piece. Measured on the [152064, 3584] BF16 embedding of Qwen2.5-7B widened to FP32 (2.18 GB) in a JVM with a
 * 256 MiB heap: heap peak 6–13 MiB, 64 MiB of direct buffers, resident set up 2.03–2.11 GiB (the target: 2.03 GiB).
 *
 * <p>DJL's {@code NDManager.create(Buffer, …)} aliases a direct native-order buffer on the CPU (and copies it to the
 * device on a GPU), so a piece is closed before the scratch is refilled.
 */
final class TensorStream {

    /** Largest scratch (stored bytes + widened bytes of one piece), allocated off-heap once per file or checkpoint. */
    static final int SCRATCH_BYTES = 64 << 20;

    private final Path path;
    private final FileChannel channel;
    private final long dataStart;

    TensorStream(Path path, FileChannel channel, long dataStart) {
        this.path = path;
        this.channel = channel;
        this.dataStart = dataStart;
    }

    /** Loads {@code info} into {@code manager} as {@code target} through {@code scratch}; owned by PyTorch. */
    NDArray load(TensorInfo info, NDManager manager, DataType target, Scratch scratch) {
        Piece kind = Piece.of(info.dtype());
        long n = info.elements();
        int perPiece = (int) Math.min(Math.max(n, 1), SCRATCH_BYTES / kind.bytesPerElement());
        NDArray flat = manager.create(new Shape(n), target); // (N) uninitialised, filled piece by piece below
        try {
            for (long start = 0; start < n; start += perPiece) {
                int count = (int) Math.min(perPiece, n - start);
                copyPiece(info, kind, start, count, flat, scratch.atLeast(count * kind.bytesPerElement()));
            }
            return flat.reshape(new Shape(info.shape())); // (N) -> stored shape
        } finally {
            flat.close(); // the reshaped view keeps the storage alive
        }
    }

    private void copyPiece(TensorInfo info, Piece kind, long start, int count, NDArray flat, ByteBuffer buf) {
        int storedBytes = count * kind.storedBytes();
        ByteBuffer stored = buf.slice(0, storedBytes).order(ByteOrder.LITTLE_ENDIAN);
        read(info, stored, dataStart + info.begin() + start * info.dtype().bytes());
        ByteBuffer values = stored.clear();
        if (kind.widened()) {
            values = buf.slice(storedBytes, count * 4).order(ByteOrder.nativeOrder());
            FloatWidening.toFloats(stored, info.dtype(), values.asFloatBuffer(), path + ": tensor " + info.name());
        }
        try (NDArray piece = flat.getManager().create(values, new Shape(count), kind.type())) {
            flat.set(new NDIndex().addSliceDim(start, start + count), piece);
        }
    }

    private void read(TensorInfo info, ByteBuffer into, long position) {
        try {
            long pos = position;
            while (into.hasRemaining()) {
                int got = channel.read(into, pos);
                if (got < 0) {
                    throw new IOException("unexpected end of file at byte " + pos);
                }
                pos += got;
            }
        } catch (IOException e) {
            throw new SafetensorsException(path + ": cannot read tensor " + info.name() + " (" + e.getMessage() + ")",
                    e);
        }
    }

    /**
     * How a stored type travels: as itself when PyTorch can read it (F32, F16 on a little-endian host, as every
     * host PyTorch runs on), else widened to FP32 in Java (BF16, F64).
     */
    private record Piece(DataType type, int storedBytes, boolean widened) {

        static Piece of(SafeDType dtype) {
            boolean asStored = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN
                    && (dtype == SafeDType.F32 || dtype == SafeDType.F16);
            if (!dtype.isFloat()) {
                throw new IllegalArgumentException(dtype + " is not a floating point type");
            }
            return asStored ? new Piece(dtype == SafeDType.F32 ? DataType.FLOAT32 : DataType.FLOAT16, dtype.bytes(),
                    false) : new Piece(DataType.FLOAT32, dtype.bytes(), true);
        }

        int bytesPerElement() {
            return storedBytes + (widened ? 4 : 0);
        }
    }
}

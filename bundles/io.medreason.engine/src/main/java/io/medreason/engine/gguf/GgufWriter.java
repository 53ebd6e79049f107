package io.medreason.engine.gguf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a GGUF version 3 file (ggml's {@code docs/gguf.md}): the magic {@code GGUF}, version, tensor and key/value
 * counts; the key/value metadata; one info per tensor (name, dimensions fastest-varying first, ggml type, data offset);
 * then, from an offset aligned to {@value #ALIGNMENT} bytes, the tensor data, each tensor starting on an aligned
 * offset. All numbers are little-endian. Metadata and infos are collected first; the data is then streamed tensor by
 * tensor through {@link TensorData}, so no tensor is held whole. The file is written under a temporary name beside
 * the target and renamed when complete.
 */
public final class GgufWriter {

    /** GGUF's default alignment ({@code general.alignment}). */
    public static final int ALIGNMENT = 32;

    /** Produces the bytes of one tensor, in order, through {@code out}. */
    @FunctionalInterface
    public interface TensorData {
        void write(Tensor tensor, Sink out) throws IOException;
    }

    /** Where tensor bytes go. */
    @FunctionalInterface
    public interface Sink {
        void write(ByteBuffer bytes) throws IOException;
    }

    /**
     * One tensor: its GGUF name, shape as Hugging Face (PyTorch) orders it, ggml type and (set when added) its data
     * offset.
     */
    public record Tensor(String name, String source, long[] shape, GgmlType type, long offset) {

        /** Elements in the tensor. */
        public long elements() {
            long n = 1;
            for (long d : shape) {
                n = Math.multiplyExact(n, d);
            }
            return n;
        }

        /** Bytes of data. */
        public long bytes() {
            return type.bytes(elements());
        }
    }

    private final Kv kv = new Kv();
    private final List<Tensor> tensors = new ArrayList<>();
    private long dataBytes;

    /** The metadata being collected. */
    public Kv metadata() {
        return kv;
    }

    /** Adds a tensor; {@code source} names where its data comes from (passed back to {@link TensorData}). */
    public Tensor addTensor(String name, String source, long[] shape, GgmlType type) {
        Tensor t = new Tensor(name, source, shape.clone(), type, dataBytes);
        tensors.add(t);
        dataBytes = align(dataBytes + t.bytes());
        return t;
    }

    public List<Tensor> tensors() {
        return List.copyOf(tensors);
    }

    /** Writes the file; {@code data} is asked for each tensor's bytes in the order added. */
    public void write(Path file, TensorData data) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        Kv counts = new Kv();
        counts.raw(le(8).putInt(0x46554747).putInt(3).array()); // "GGUF" read as a little-endian uint32, version 3
        counts.raw(le(16).putLong(tensors.size()).putLong(kv.count()).array());
        head.write(counts.bytes());
        head.write(kv.bytes());
        head.write(infos());
        int pad = (int) (align(head.size()) - head.size());
        head.write(new byte[pad]);
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                writeFully(ch, ByteBuffer.wrap(head.toByteArray()));
                for (Tensor t : tensors) {
                    writeTensor(ch, t, data);
                }
                ch.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private void writeTensor(FileChannel ch, Tensor t, TensorData data) throws IOException {
        long[] written = {0};
        data.write(t, bytes -> {
            written[0] += bytes.remaining();
            if (written[0] > t.bytes()) {
                throw new IllegalStateException("tensor " + t.name() + ": more than its " + t.bytes() + " bytes");
            }
            writeFully(ch, bytes);
        });
        if (written[0] != t.bytes()) {
            throw new IllegalStateException("tensor " + t.name() + ": " + written[0] + " of " + t.bytes() + " bytes");
        }
        writeFully(ch, ByteBuffer.allocate((int) (align(t.bytes()) - t.bytes())));
    }

    private byte[] infos() {
        Kv out = new Kv();
        for (Tensor t : tensors) {
            out.string(t.name());
            ByteBuffer b = le(4 + 8 * t.shape().length + 4 + 8);
            b.putInt(t.shape().length);
            for (int i = t.shape().length - 1; i >= 0; i--) {
                b.putLong(t.shape()[i]); // ggml lists dimensions fastest-varying first: (out, in) -> ne = [in, out]
            }
            b.putInt(t.type().id()).putLong(t.offset());
            out.raw(b.array());
        }
        return out.bytes();
    }

    static long align(long n) {
        return (n + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
    }

    static ByteBuffer le(int n) {
        return ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static void writeFully(FileChannel ch, ByteBuffer buf) throws IOException {
        while (buf.hasRemaining()) {
            ch.write(buf);
        }
    }

    /** GGUF key/value metadata, encoded as added. */
    public static final class Kv {

        static final int UINT32 = 4;
        static final int INT32 = 5;
        static final int FLOAT32 = 6;
        static final int BOOL = 7;
        static final int STRING = 8;
        static final int ARRAY = 9;

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private long count;

        public Kv putString(String key, String value) {
            key(key, STRING);
            string(value);
            return this;
        }

        public Kv putU32(String key, long value) {
            key(key, UINT32);
            raw(le(4).putInt((int) value).array());
            return this;
        }

        public Kv putF32(String key, double value) {
            key(key, FLOAT32);
            raw(le(4).putFloat((float) value).array());
            return this;
        }

        public Kv putBool(String key, boolean value) {
            key(key, BOOL);
            raw(new byte[] {(byte) (value ? 1 : 0)});
            return this;
        }

        public Kv putStrings(String key, List<String> values) {
            key(key, ARRAY);
            raw(le(12).putInt(STRING).putLong(values.size()).array());
            values.forEach(this::string);
            return this;
        }

        public Kv putI32s(String key, int[] values) {
            key(key, ARRAY);
            ByteBuffer b = le(12 + 4 * values.length).putInt(INT32).putLong(values.length);
            for (int v : values) {
                b.putInt(v);
            }
            raw(b.array());
            return this;
        }

        long count() {
            return count;
        }

        byte[] bytes() {
            return out.toByteArray();
        }

        private void key(String key, int type) {
            count++;
            string(key);
            raw(le(4).putInt(type).array());
        }

        void string(String s) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            raw(le(8).putLong(utf8.length).array());
            raw(utf8);
        }

        void raw(byte[] b) {
            out.write(b, 0, b.length);
        }
    }
}

package io.medreason.engine.safetensors;

import ai.djl.ndarray.NDArray;
import io.medreason.core.io.AtomicWrite;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects tensors and writes them as one safetensors file that Hugging Face and PEFT accept: the header carries
 * {@code "__metadata__": {"format": "pt"}} and is padded with spaces to a multiple of 8 bytes, tensors are stored
 * back to back in the order added. Writing is atomic (temporary file in the same folder, then rename).
 */
public final class SafetensorsWriter {

    private record Entry(String name, SafeDType dtype, long[] shape, ByteBuffer data) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, String> metadata = new LinkedHashMap<>();
    private long bytes;

    public SafetensorsWriter() {
        metadata.put("format", "pt");
    }

    /** Adds a {@code __metadata__} entry (besides {@code format: pt}). */
    public SafetensorsWriter metadata(String key, String value) {
        metadata.put(key, value);
        return this;
    }

    /** Adds a tensor from raw little-endian bytes; the byte count must match shape × type. */
    public SafetensorsWriter add(String name, SafeDType dtype, long[] shape, ByteBuffer data) {
        long elements = 1;
        for (long d : shape) {
            elements *= d;
        }
        if (elements * dtype.bytes() != data.remaining()) {
            throw new IllegalArgumentException("tensor " + name + ": " + data.remaining() + " bytes for "
                    + elements + " elements of " + dtype);
        }
        if (entries.stream().anyMatch(e -> e.name.equals(name))) {
            throw new IllegalArgumentException("tensor " + name + " added twice");
        }
        entries.add(new Entry(name, dtype, shape.clone(), data.slice().order(ByteOrder.LITTLE_ENDIAN)));
        bytes += data.remaining();
        return this;
    }

    /** Adds an NDArray (FLOAT32, FLOAT16, integer types) as it is typed. */
    public SafetensorsWriter add(String name, NDArray array) {
        return add(name, SafeDType.of(array.getDataType()), array.getShape().getShape(),
                array.toByteBuffer().order(ByteOrder.LITTLE_ENDIAN));
    }

    /** Adds Java floats stored as {@code dtype} (F32, F16 or BF16, BF16/F16 rounded to nearest even). */
    public SafetensorsWriter addFloats(String name, long[] shape, float[] values, SafeDType dtype) {
        ByteBuffer buf = ByteBuffer.allocate(values.length * dtype.bytes()).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            switch (dtype) {
                case F32 -> buf.putFloat(v);
                case F16 -> buf.putShort(Float.floatToFloat16(v));
                case BF16 -> buf.putShort(FloatWidening.toBf16(v));
                default -> throw new IllegalArgumentException("cannot store floats as " + dtype);
            }
        }
        return add(name, dtype, shape, buf.flip());
    }

    /** Bytes of tensor data added so far. */
    public long dataBytes() {
        return bytes;
    }

    /** Names of the tensors added so far, in order. */
    public List<String> names() {
        return entries.stream().map(Entry::name).toList();
    }

    /** Writes the file atomically. */
    public void write(Path file) throws IOException {
        byte[] header = header();
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = AtomicWrite.tempBeside(file);
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer len = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(header.length).flip();
                writeFully(ch, len);
                writeFully(ch, ByteBuffer.wrap(header));
                for (Entry e : entries) {
                    writeFully(ch, e.data.duplicate());
                }
                ch.force(true);
            }
            AtomicWrite.replace(tmp, file);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private byte[] header() {
        return SafetensorsStreamWriter.header(entries.stream()
                .map(e -> new SafetensorsStreamWriter.Entry(e.name, e.dtype, e.shape)).toList(), metadata);
    }

    private static void writeFully(FileChannel ch, ByteBuffer buf) throws IOException {
        while (buf.hasRemaining()) {
            ch.write(buf);
        }
    }
}

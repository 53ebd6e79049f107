package io.medreason.engine.gguf;

import io.medreason.core.cli.UsageException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a GGUF file (version 2 or 3): the metadata as Java values (strings, {@code Long} for integers,
 * {@code Double} for floats, {@code Boolean}, {@code List} for arrays), the tensor infos (shape given back in
 * Hugging Face order, slowest-varying first) and each tensor's data, dequantised to floats for F32, F16 and Q8_0.
 * The file is memory-mapped (tensors under 2 GB each). Errors name the file and what was wrong.
 */
public final class GgufReader implements AutoCloseable {

    /** One tensor info. */
    public record TensorInfo(String name, long[] shape, int typeId, long offset) {

        public long elements() {
            return Arrays.stream(shape).reduce(1, Math::multiplyExact);
        }

        /** The ggml type, or null when it is one this reader does not know. */
        public GgmlType type() {
            return GgmlType.of(typeId);
        }
    }

    private final Path path;
    private final FileChannel channel;
    private final int version;
    private final Map<String, Object> metadata;
    private final Map<String, TensorInfo> tensors;
    private final long dataStart;

    private GgufReader(Path path, FileChannel channel, int version, Map<String, Object> metadata,
            Map<String, TensorInfo> tensors, long dataStart) {
        this.path = path;
        this.channel = channel;
        this.version = version;
        this.metadata = metadata;
        this.tensors = tensors;
        this.dataStart = dataStart;
    }

    /** Opens and parses the header of {@code file}. */
    public static GgufReader open(Path file) throws IOException {
        FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
        try {
            ByteBuffer b = ch.map(FileChannel.MapMode.READ_ONLY, 0, Math.min(ch.size(), Integer.MAX_VALUE))
                    .order(ByteOrder.LITTLE_ENDIAN);
            if (b.remaining() < 24 || b.getInt() != 0x46554747) {
                throw new UsageException(file + ": not a GGUF file (no GGUF magic)");
            }
            int version = b.getInt();
            if (version < 2 || version > 3) {
                throw new UsageException(file + ": GGUF version " + version + " (only 2 and 3 are read)");
            }
            long nTensors = b.getLong();
            long nKv = b.getLong();
            Map<String, Object> kv = new LinkedHashMap<>();
            for (long i = 0; i < nKv; i++) {
                String key = string(b);
                kv.put(key, value(b, b.getInt(), file, key));
            }
            Map<String, TensorInfo> infos = new LinkedHashMap<>();
            for (long i = 0; i < nTensors; i++) {
                String name = string(b);
                long[] shape = new long[b.getInt()];
                for (int d = shape.length - 1; d >= 0; d--) {
                    shape[d] = b.getLong(); // stored fastest-varying first
                }
                infos.put(name, new TensorInfo(name, shape, b.getInt(), b.getLong()));
            }
            long alignment = kv.containsKey("general.alignment") ? (Long) kv.get("general.alignment") : 32;
            long dataStart = (b.position() + alignment - 1) / alignment * alignment;
            return new GgufReader(file, ch, version, Collections.unmodifiableMap(kv),
                    Collections.unmodifiableMap(infos), dataStart);
        } catch (IOException | RuntimeException e) {
            ch.close();
            if (e instanceof UsageException u) {
                throw u;
            }
            throw new UsageException(file + ": cannot read GGUF header (" + e + ")", e);
        }
    }

    private static String string(ByteBuffer b) {
        byte[] bytes = new byte[Math.toIntExact(b.getLong())];
        b.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static Object value(ByteBuffer b, int type, Path file, String key) {
        return switch (type) {
            case 0 -> (long) Byte.toUnsignedInt(b.get());
            case 1 -> (long) b.get();
            case 2 -> (long) Short.toUnsignedInt(b.getShort());
            case 3 -> (long) b.getShort();
            case 4 -> Integer.toUnsignedLong(b.getInt());
            case 5 -> (long) b.getInt();
            case 6 -> (double) b.getFloat();
            case 7 -> b.get() != 0;
            case 8 -> string(b);
            case 9 -> array(b, file, key);
            case 10, 11 -> b.getLong();
            case 12 -> b.getDouble();
            default -> throw new UsageException(file + ": metadata " + key + " has unknown type " + type);
        };
    }

    private static List<Object> array(ByteBuffer b, Path file, String key) {
        int type = b.getInt();
        long n = b.getLong();
        List<Object> out = new ArrayList<>((int) Math.min(n, 1 << 20));
        for (long i = 0; i < n; i++) {
            out.add(value(b, type, file, key));
        }
        return out;
    }

    public int version() {
        return version;
    }

    public Map<String, Object> metadata() {
        return metadata;
    }

    public Map<String, TensorInfo> tensors() {
        return tensors;
    }

    /** Where the data section starts (aligned). */
    public long dataStart() {
        return dataStart;
    }

    /** The raw bytes of a tensor. */
    public ByteBuffer data(String name) throws IOException {
        TensorInfo t = info(name);
        GgmlType type = t.type();
        if (type == null) {
            throw new UsageException(path + ": tensor " + name + " has ggml type " + t.typeId() + ", not read here");
        }
        return channel.map(FileChannel.MapMode.READ_ONLY, dataStart + t.offset(), type.bytes(t.elements()))
                .order(ByteOrder.LITTLE_ENDIAN);
    }

    /** A tensor's values as floats (Q8_0 dequantised). */
    public float[] floats(String name) throws IOException {
        TensorInfo t = info(name);
        ByteBuffer b = data(name);
        float[] out = new float[Math.toIntExact(t.elements())];
        switch (t.type()) {
            case F32 -> b.asFloatBuffer().get(out);
            case F16 -> {
                for (int i = 0; i < out.length; i++) {
                    out[i] = Float.float16ToFloat(b.getShort());
                }
            }
            case Q8_0 -> Q8_0.dequantize(b, out.length / Q8_0.BLOCK, out, 0);
        }
        return out;
    }

    private TensorInfo info(String name) {
        TensorInfo t = tensors.get(name);
        if (t == null) {
            throw new UsageException(path + ": no tensor " + name);
        }
        return t;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}

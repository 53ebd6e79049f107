package io.medreason.engine.safetensors;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A safetensors file opened for reading: the header is parsed and validated when the file is opened (length, JSON,
 * types, shape × type = byte span, spans inside the file, no overlaps). Every error names the file and tensor.
 *
 * <p>{@link #load} streams a tensor of any size into native memory in pieces of at most
 * {@value TensorStream#SCRATCH_BYTES} bytes (see {@link TensorStream}): the Java heap never holds the tensor, so a
 * 2.2 GB FP32 embedding loads in a JVM with a 256 MiB heap. BF16 is widened to FP32 in Java on the way (DJL's PyTorch
 * type table has no bf16). {@link #map} and {@link #floats} give Java views and arrays, so they stay limited to
 * tensors Java can index (under 2 GB of bytes, under 2<sup>31</sup> elements).
 */
public final class SafetensorsFile implements AutoCloseable {

    private static final long MAX_HEADER = 100L << 20;
    /** Refuses a tensor named twice (which entry would win is undefined) and bytes after the header object. */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private final Path path;
    private final FileChannel channel;
    private final long dataStart;
    private final Map<String, TensorInfo> tensors;
    private final Map<String, String> metadata;
    private final TensorStream stream;
    private final Scratch scratch = new Scratch();

    private SafetensorsFile(Path path, FileChannel channel, long dataStart, Map<String, TensorInfo> tensors,
            Map<String, String> metadata) {
        this.path = path;
        this.channel = channel;
        this.dataStart = dataStart;
        this.tensors = tensors;
        this.metadata = metadata;
        this.stream = new TensorStream(path, channel, dataStart);
    }

    /** Opens and validates {@code file}. */
    public static SafetensorsFile open(Path file) {
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ);
        } catch (IOException e) {
            throw new SafetensorsException(file + ": cannot open (" + e.getMessage() + ")", e);
        }
        try {
            return read(file, channel);
        } catch (RuntimeException | IOException e) {
            closeQuietly(channel);
            if (e instanceof SafetensorsException se) {
                throw se;
            }
            throw new SafetensorsException(file + ": cannot read header (" + e.getMessage() + ")", e);
        }
    }

    private static SafetensorsFile read(Path file, FileChannel channel) throws IOException {
        long size = channel.size();
        if (size < 8) {
            throw new SafetensorsException(file + ": not a safetensors file (" + size + " bytes, no header length)");
        }
        ByteBuffer lenBuf = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        readFully(channel, lenBuf, 0);
        long headerLen = lenBuf.getLong(0);
        if (headerLen <= 0 || headerLen > MAX_HEADER || headerLen > size - 8) {
            throw new SafetensorsException(file + ": bad header length " + headerLen + " (file has " + size
                    + " bytes); not a safetensors file or truncated");
        }
        ByteBuffer header = ByteBuffer.allocate((int) headerLen);
        readFully(channel, header, 8);
        JsonNode root;
        try {
            root = JSON.readTree(header.array());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SafetensorsException(file + ": header is not valid JSON (" + e.getOriginalMessage() + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw new SafetensorsException(file + ": header is not a JSON object");
        }
        long dataStart = 8 + headerLen;
        long dataSize = size - dataStart;
        Map<String, TensorInfo> tensors = new LinkedHashMap<>();
        Map<String, String> metadata = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equals("__metadata__")) {
                e.getValue().fields().forEachRemaining(m -> metadata.put(m.getKey(), m.getValue().asText()));
            } else {
                tensors.put(e.getKey(), HeaderEntry.parse(file, e.getKey(), e.getValue(), dataSize));
            }
        }
        checkOverlaps(file, tensors.values());
        return new SafetensorsFile(file, channel, dataStart, Collections.unmodifiableMap(tensors),
                Collections.unmodifiableMap(metadata));
    }

    private static void checkOverlaps(Path file, Iterable<TensorInfo> infos) {
        List<TensorInfo> sorted = new ArrayList<>();
        infos.forEach(sorted::add);
        sorted.sort(Comparator.comparingLong(TensorInfo::begin).thenComparingLong(TensorInfo::end));
        for (int i = 1; i < sorted.size(); i++) {
            TensorInfo prev = sorted.get(i - 1);
            TensorInfo cur = sorted.get(i);
            if (cur.begin() < prev.end()) {
                throw new SafetensorsException(file + ": tensor " + cur.name() + " overlaps tensor " + prev.name());
            }
        }
    }

    private static void readFully(FileChannel channel, ByteBuffer buf, long position) throws IOException {
        long pos = position;
        while (buf.hasRemaining()) {
            int n = channel.read(buf, pos);
            if (n < 0) {
                throw new IOException("unexpected end of file");
            }
            pos += n;
        }
    }

    /** The file this was opened from. */
    public Path path() {
        return path;
    }

    /** Tensor entries in header order. */
    public Map<String, TensorInfo> tensors() {
        return tensors;
    }

    /** The {@code __metadata__} entries (may be empty). */
    public Map<String, String> metadata() {
        return metadata;
    }

    /** The entry for {@code name}, or an error naming the file and tensor. */
    public TensorInfo info(String name) {
        TensorInfo info = tensors.get(name);
        if (info == null) {
            throw new SafetensorsException(path + ": no tensor " + name);
        }
        return info;
    }

    /** The raw little-endian bytes of a tensor, memory-mapped read-only. */
    public ByteBuffer map(String name) {
        TensorInfo info = info(name);
        if (info.byteLength() > Integer.MAX_VALUE) {
            throw new SafetensorsException(path + ": tensor " + name + " has " + info.byteLength()
                    + " bytes, over 2 GB (the most a Java buffer maps); load it with load(...) instead");
        }
        try {
            return channel.map(FileChannel.MapMode.READ_ONLY, dataStart + info.begin(), info.byteLength())
                    .order(ByteOrder.LITTLE_ENDIAN);
        } catch (IOException e) {
            throw new SafetensorsException(path + ": cannot map tensor " + name + " (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Reads {@code into.remaining()} raw bytes of a tensor starting {@code byteOffset} bytes into it (a tensor of any
     * size is read a piece at a time this way, without mapping it whole).
     */
    public void readBytes(String name, long byteOffset, ByteBuffer into) {
        TensorInfo info = info(name);
        if (byteOffset < 0 || byteOffset + into.remaining() > info.byteLength()) {
            throw new IllegalArgumentException(path + ": tensor " + name + ": bytes [" + byteOffset + ", "
                    + (byteOffset + into.remaining()) + ") outside its " + info.byteLength() + " bytes");
        }
        try {
            readFully(channel, into, dataStart + info.begin() + byteOffset);
        } catch (IOException e) {
            throw new SafetensorsException(path + ": cannot read tensor " + name + " (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Reads {@code count} elements of a floating point tensor, from element {@code first} on, into
     * {@code out[0..count)} as Java floats (BF16/F16/F64 converted; BF16 and F16 exactly).
     */
    public void readFloats(String name, long first, float[] out, int count) {
        TensorInfo info = info(name);
        ByteBuffer raw = ByteBuffer.allocate(count * info.dtype().bytes()).order(ByteOrder.LITTLE_ENDIAN);
        readBytes(name, first * info.dtype().bytes(), raw);
        FloatWidening.toFloats(raw.flip(), info.dtype(), java.nio.FloatBuffer.wrap(out, 0, count),
                path + ": tensor " + name);
    }

    /** A floating point tensor as Java floats (BF16/F16/F64 converted). */
    public float[] floats(String name) {
        TensorInfo info = info(name);
        if (info.elements() > Integer.MAX_VALUE - 8) {
            throw new SafetensorsException(path + ": tensor " + name + " has " + info.elements()
                    + " elements, more than a Java array holds; load it with load(...) instead");
        }
        float[] out = new float[(int) info.elements()];
        FloatWidening.toFloats(map(name), info.dtype(), out, path + ": tensor " + name);
        return out;
    }

    /**
     * Reads a floating point tensor of any size into {@code manager} as {@code target} (FLOAT32, or FLOAT16 for
     * half-precision runs). The result is owned by PyTorch (it does not alias the file or a Java buffer); on the way
     * it uses at most {@value TensorStream#SCRATCH_BYTES} bytes of off-heap scratch and 48 KiB of the Java heap.
     */
    public synchronized NDArray load(String name, NDManager manager, DataType target) {
        return load(name, manager, target, scratch);
    }

    /** {@link #load(String, NDManager, DataType)} through a caller's scratch buffer (shared by shards). */
    synchronized NDArray load(String name, NDManager manager, DataType target, Scratch through) {
        TensorInfo info = info(name);
        if (!info.dtype().isFloat()) {
            throw new SafetensorsException(path + ": tensor " + name + " has type " + info.dtype()
                    + ", expected a floating point weight");
        }
        NDArray owned = stream.load(info, manager, target, through);
        owned.setName(name);
        return owned;
    }

    @Override
    public void close() {
        scratch.release();
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing to do: the file was only read
        }
    }
}

package io.medreason.engine.safetensors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

/**
 * Writes one safetensors file whose tensors are known in advance (name, type, shape) and whose data arrives in pieces,
 * in order: the header goes first, then each {@link #write} appends bytes, so no tensor is ever held whole. The file
 * is written under a temporary name in the target folder and renamed on {@link #commit()}; {@link #close()} without a
 * commit deletes it. The header has {@code __metadata__ {"format": "pt"}} and is padded with spaces to 8 bytes, as
 * Hugging Face and PEFT expect.
 */
public final class SafetensorsStreamWriter implements AutoCloseable {

    /** One tensor of the file. */
    public record Entry(String name, SafeDType dtype, long[] shape) {

        /** Bytes of data. */
        public long bytes() {
            long n = dtype.bytes();
            for (long d : shape) {
                n = Math.multiplyExact(n, d);
            }
            return n;
        }
    }

    private final Path file;
    private final Path tmp;
    private final FileChannel channel;
    private final long expected;
    private long written;
    private boolean committed;

    private SafetensorsStreamWriter(Path file, Path tmp, FileChannel channel, long expected) {
        this.file = file;
        this.tmp = tmp;
        this.channel = channel;
        this.expected = expected;
    }

    /** Starts {@code file} with the header of {@code entries} (stored back to back in this order). */
    public static SafetensorsStreamWriter create(Path file, List<Entry> entries, Map<String, String> metadata)
            throws IOException {
        byte[] header = header(entries, metadata);
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        SafetensorsStreamWriter w = new SafetensorsStreamWriter(file, tmp, ch,
                entries.stream().mapToLong(Entry::bytes).sum());
        try {
            w.writeFully(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(header.length).flip());
            w.writeFully(ByteBuffer.wrap(header));
        } catch (IOException | RuntimeException e) {
            w.close();
            throw e;
        }
        w.written = 0;
        return w;
    }

    /** Appends tensor data (little-endian bytes of the tensors in header order). */
    public void write(ByteBuffer data) throws IOException {
        if (written + data.remaining() > expected) {
            throw new IllegalStateException(file + ": more data than the header's " + expected + " bytes");
        }
        written += data.remaining();
        writeFully(data);
    }

    /** Checks that every byte arrived, flushes and renames the file into place. */
    public void commit() throws IOException {
        if (written != expected) {
            throw new IllegalStateException(file + ": " + written + " of " + expected + " data bytes written");
        }
        channel.force(true);
        channel.close();
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            channel.close();
            Files.deleteIfExists(tmp);
        }
    }

    private void writeFully(ByteBuffer buf) throws IOException {
        while (buf.hasRemaining()) {
            channel.write(buf);
        }
    }

    /** The JSON header of a safetensors file, space-padded to a multiple of 8 bytes. */
    static byte[] header(List<Entry> entries, Map<String, String> metadata) {
        ObjectNode root = new ObjectMapper().createObjectNode();
        ObjectNode meta = root.putObject("__metadata__");
        meta.put("format", "pt");
        metadata.forEach(meta::put);
        long offset = 0;
        for (Entry e : entries) {
            ObjectNode t = root.putObject(e.name());
            t.put("dtype", e.dtype().name());
            ArrayNode shape = t.putArray("shape");
            for (long d : e.shape()) {
                shape.add(d);
            }
            long end = offset + e.bytes();
            t.putArray("data_offsets").add(offset).add(end);
            offset = end;
        }
        byte[] json = root.toString().getBytes(StandardCharsets.UTF_8);
        int padded = (json.length + 7) / 8 * 8;
        byte[] out = new byte[padded];
        System.arraycopy(json, 0, out, 0, json.length);
        java.util.Arrays.fill(out, json.length, padded, (byte) ' ');
        return out;
    }
}

package io.medreason.engine.safetensors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import io.medreason.engine.Engine;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reader validation, writer layout and round trips through real files. */
class SafetensorsTest {

    @TempDir
    Path dir;

    @Test
    void writerRoundTripsF32F16Bf16WithPtMetadataAndAlignedHeader() throws IOException {
        float[] values = {1.5f, -2.25f, 3.0e-3f, 65504f, 0f, 1f / 3};
        Path file = dir.resolve("t.safetensors");
        new SafetensorsWriter().addFloats("a.f32", new long[] {2, 3}, values, SafeDType.F32)
                .addFloats("b.f16", new long[] {6}, values, SafeDType.F16)
                .addFloats("c.bf16", new long[] {3, 2}, values, SafeDType.BF16).write(file);
        ByteBuffer head = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        long headerLen = head.getLong(0);
        assertEquals(0, headerLen % 8, "header length is a multiple of 8");
        try (SafetensorsFile st = SafetensorsFile.open(file)) {
            assertEquals("pt", st.metadata().get("format"));
            assertArrayEquals(values, st.floats("a.f32"));
            assertArrayEquals(new long[] {3, 2}, st.info("c.bf16").shape());
            float[] f16 = st.floats("b.f16");
            float[] bf16 = st.floats("c.bf16");
            for (int i = 0; i < values.length; i++) {
                assertEquals(Float.float16ToFloat(Float.floatToFloat16(values[i])), f16[i]);
                assertEquals(values[i], bf16[i], Math.abs(values[i]) / 128, "bf16 keeps 8 bits of mantissa");
            }
            assertEquals(1.5f, bf16[0]);
            Engine.init();
            try (NDManager m = NDManager.newBaseManager()) {
                NDArray loaded = st.load("c.bf16", m, DataType.FLOAT32);
                assertArrayEquals(bf16, loaded.toFloatArray());
            }
        }
    }

    @Test
    void bf16RoundsToNearestEven() {
        assertEquals((short) 0x3F80, FloatWidening.toBf16(Float.intBitsToFloat(0x3F808000))); // tie -> even
        assertEquals((short) 0x3F82, FloatWidening.toBf16(Float.intBitsToFloat(0x3F818000))); // tie -> even (up)
        assertEquals((short) 0x3F81, FloatWidening.toBf16(Float.intBitsToFloat(0x3F808001)));
    }

    private Path raw(String header, int dataBytes) throws IOException {
        byte[] h = header.getBytes(StandardCharsets.UTF_8);
        ByteBuffer buf = ByteBuffer.allocate(8 + h.length + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        buf.putLong(h.length).put(h);
        Path file = dir.resolve("bad.safetensors");
        Files.write(file, buf.array());
        return file;
    }

    private String error(Path file) {
        return assertThrows(SafetensorsException.class, () -> SafetensorsFile.open(file).close()).getMessage();
    }

    @Test
    void headerErrorsNameFileAndTensor() throws IOException {
        String bad = error(raw("{\"w\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}}", 4));
        assertTrue(bad.contains("bad.safetensors") && bad.contains("tensor w") && bad.contains("outside"), bad);
        bad = error(raw("{\"w\":{\"dtype\":\"F32\",\"shape\":[3],\"data_offsets\":[0,8]}}", 8));
        assertTrue(bad.contains("tensor w") && bad.contains("needs 12 bytes"), bad);
        bad = error(raw("{\"w\":{\"dtype\":\"Q4\",\"shape\":[2],\"data_offsets\":[0,8]}}", 8));
        assertTrue(bad.contains("tensor w") && bad.contains("unknown dtype"), bad);
        bad = error(raw("{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},"
                + "\"b\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[4,12]}}", 12));
        assertTrue(bad.contains("tensor b overlaps tensor a"), bad);
        bad = error(raw("{\"w\": [", 0));
        assertTrue(bad.contains("not valid JSON"), bad);
        Path tiny = dir.resolve("short.safetensors");
        Files.write(tiny, new byte[] {1, 2, 3});
        assertTrue(error(tiny).contains("short.safetensors"));
        Path huge = dir.resolve("huge.safetensors");
        Files.write(huge, ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putLong(1L << 40).array());
        assertTrue(error(huge).contains("bad header length"));
    }

    @Test
    void tensorsBeyondTwoGigabytesAreMappedOnTheirOwn() throws IOException {
        long pad = (1L << 31) + 8; // a U8 tensor that pushes the next one past 2 GB (a sparse file: no disk used)
        String header = "{\"pad\":{\"dtype\":\"U8\",\"shape\":[" + pad + "],\"data_offsets\":[0," + pad + "]},"
                + "\"w\":{\"dtype\":\"F32\",\"shape\":[2,2],\"data_offsets\":[" + pad + "," + (pad + 16) + "]}}";
        byte[] h = header.getBytes(StandardCharsets.UTF_8);
        Path file = dir.resolve("big.safetensors");
        try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            raf.write(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(h.length).array());
            raf.write(h);
            raf.setLength(8 + h.length + pad + 16);
            raf.seek(8 + h.length + pad);
            ByteBuffer w = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
            w.putFloat(1.5f).putFloat(-2f).putFloat(3.25f).putFloat(4f);
            raf.write(w.array());
        }
        try (SafetensorsFile st = SafetensorsFile.open(file)) {
            assertArrayEquals(new float[] {1.5f, -2f, 3.25f, 4f}, st.floats("w"));
            String msg = assertThrows(SafetensorsException.class, () -> st.map("pad")).getMessage();
            assertTrue(msg.contains("tensor pad") && msg.contains("over 2 GB"), msg);
        }
    }

    @Test
    void pickledCheckpointIsRefusedWithReason() throws IOException {
        Files.writeString(dir.resolve("pytorch_model.bin"), "not really a pickle");
        String msg = assertThrows(SafetensorsException.class, () -> Checkpoint.open(dir)).getMessage();
        assertTrue(msg.contains("pytorch_model.bin") && msg.contains("safetensors is required")
                && msg.contains("arbitrary code"), msg);
    }

    @Test
    void shardIndexPointingAtMissingFileIsNamed() throws IOException {
        Files.writeString(dir.resolve(Checkpoint.INDEX),
                "{\"weight_map\": {\"model.norm.weight\": \"model-00001-of-00002.safetensors\"}}");
        String msg = assertThrows(SafetensorsException.class, () -> Checkpoint.open(dir)).getMessage();
        assertTrue(msg.contains("model-00001-of-00002.safetensors") && msg.contains("model.norm.weight"), msg);
    }
}

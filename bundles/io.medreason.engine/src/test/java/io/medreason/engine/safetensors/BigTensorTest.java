package io.medreason.engine.safetensors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import io.medreason.engine.Engine;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tensors at Qwen2.5-7B's real size, in sparse files: the BF16 embedding [152064, 3584] is 1.09 GB stored and
 * 2.18 GB widened to FP32, past every Java array and buffer limit. Runs in its own JVM with a 256 MiB heap (the
 * {@code small-heap} surefire execution), so loading through the Java heap could not pass.
 */
@Tag("small-heap")
class BigTensorTest {

    private static final long ROWS = 152064;
    private static final int COLS = 3584;
    /** First row whose FP32 bytes start past 2 GB (2^31 / (3584 × 4) = 149796.6). */
    private static final long PAST_2GB = 149797;
    /** A row that straddles two pieces of the stream (11,184,810 BF16 elements a piece: 64 MiB / 6 bytes). */
    private static final long STRADDLES_PIECE = 11184810 / COLS;
    private static final long[] KNOWN = {0, 1, STRADDLES_PIECE, PAST_2GB - 1, PAST_2GB, ROWS - 2, ROWS - 1};

    @TempDir
    Path dir;

    @Test
    void bf16EmbeddingOverTwoGigabytesWidenedLoadsExactlyWithoutTheJavaHeap() throws IOException {
        Path file = dir.resolve("embed.safetensors");
        Map<String, Long> offsets = SparseSafetensors.write(file,
                List.of(new SparseSafetensors.Entry("model.embed_tokens.weight", SafeDType.BF16, ROWS, COLS)));
        for (long row : KNOWN) {
            SparseSafetensors.writeBf16Row(file, offsets.get("model.embed_tokens.weight"), row, COLS);
        }
        Engine.init();
        try (SafetensorsFile st = SafetensorsFile.open(file); NDManager m = NDManager.newBaseManager(Device.cpu())) {
            MemoryPeak peak = MemoryPeak.start();
            long start = System.nanoTime();
            NDArray embed = st.load("model.embed_tokens.weight", m, DataType.FLOAT32);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("BigTensorTest: loaded [%d, %d] bf16 -> fp32 (%.2f GB) in %.1f s; %s%n", ROWS, COLS,
                    ROWS * COLS * 4 / 1e9, seconds, peak.describe());
            assertEquals(new Shape(ROWS, COLS), embed.getShape());
            assertEquals(DataType.FLOAT32, embed.getDataType());
            checkRows(embed, KNOWN, 0f);
            assertArrayEquals(new float[COLS], embed.get(100000).toFloatArray(), "an unwritten row reads as zeros");
            assertTrue(peak.heapPeak() < 128L << 20, "heap used for the tensor: " + peak.describe());
            assertTrue(MemoryPeak.directNow() <= TensorStream.SCRATCH_BYTES + (8L << 20), peak.describe());
            assertTrue(peak.rssRise() < ROWS * COLS * 4 + (512L << 20), "more than one copy in native memory: "
                    + peak.describe());
        }
    }

    /** Each row of {@code known} equals {@link SparseSafetensors#value}; prints the largest difference. */
    static void checkRows(NDArray matrix, long[] known, float tolerance) {
        float largest = 0;
        try (NDManager rows = matrix.getManager().newSubManager()) {
            for (long row : known) {
                float[] got = matrix.get(rows, row).toType(DataType.FLOAT32, true).toFloatArray(); // (R, C) -> (C)
                for (int c = 0; c < got.length; c++) {
                    largest = Math.max(largest, Math.abs(got[c] - SparseSafetensors.value(row, c)));
                }
            }
        }
        System.out.printf("rows %s of %s: largest difference %g (tolerance %g)%n", java.util.Arrays.toString(known),
                matrix.getName(), largest, tolerance);
        assertTrue(largest <= tolerance, "largest difference " + largest);
    }
}

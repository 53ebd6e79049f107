package io.medreason.engine.safetensors;

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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sharded BF16 checkpoint of Qwen2.5-7B's dimensions (sparse shards) through {@link Checkpoint}: the index maps
 * all 339 tensors to their shards, and the two biggest tensors load from different shards, the embedding as FP32
 * (2.18 GB) and the untied head as FP16 (1.09 GB, the T4 path), with their known rows exact. Small-heap JVM.
 */
@Tag("small-heap")
class SevenBillionCheckpointTest {

    private static final long[] KNOWN = {0, 3120, 149796, 149797, 152063};

    @TempDir
    Path dir;

    @Test
    void shardedSevenBillionCheckpointLoadsItsBiggestTensorsExactly() throws IOException {
        SparseSafetensors.qwen25_7b(dir, KNOWN);
        Engine.init();
        try (Checkpoint checkpoint = Checkpoint.open(dir); NDManager m = NDManager.newBaseManager(Device.cpu())) {
            assertEquals(28 * 12 + 3, checkpoint.names().size());
            assertEquals(SafeDType.BF16, checkpoint.weightType());
            assertTrue(checkpoint.file("lm_head.weight").path().endsWith("model-00004-of-00004.safetensors"));
            MemoryPeak peak = MemoryPeak.start();
            long start = System.nanoTime();
            try (NDArray embed = checkpoint.load("model.embed_tokens.weight", m, DataType.FLOAT32)) {
                assertEquals(new Shape(152064, 3584), embed.getShape());
                BigTensorTest.checkRows(embed, KNOWN, 0f);
            }
            try (NDArray head = checkpoint.load("lm_head.weight", m, DataType.FLOAT16)) {
                assertEquals(new Shape(152064, 3584), head.getShape());
                assertEquals(DataType.FLOAT16, head.getDataType());
                BigTensorTest.checkRows(head, KNOWN, 0f);
            }
            System.out.printf("SevenBillionCheckpointTest: two [152064, 3584] tensors from two shards in %.1f s; %s%n",
                    (System.nanoTime() - start) / 1e9, peak.describe());
            assertTrue(peak.heapPeak() < 128L << 20, peak.describe());
            assertTrue(MemoryPeak.directNow() <= TensorStream.SCRATCH_BYTES + (8L << 20), "one scratch for all shards: "
                    + peak.describe());
        }
    }
}

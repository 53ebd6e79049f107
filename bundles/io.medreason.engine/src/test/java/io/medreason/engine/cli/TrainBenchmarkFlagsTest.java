package io.medreason.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.medreason.core.cli.UsageException;
import io.medreason.engine.model.Qwen2Config;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code bench train --dims 3b --precision fp16} (the GPU check's benchmark): the dimensions and bad values. */
class TrainBenchmarkFlagsTest {

    private final PrintStream sink = new PrintStream(new ByteArrayOutputStream());

    @Test
    void threeBDimensionsAreQwen25ThreeB() {
        Qwen2Config c = Qwen2Config.qwen25ThreeB();
        assertEquals(List.of(2048, 36, 16, 2, 11008, 151936, 128), List.of(c.hiddenSize(), c.numHiddenLayers(),
                c.numAttentionHeads(), c.numKeyValueHeads(), c.intermediateSize(), c.vocabSize(), c.headDim()));
    }

    @Test
    void unknownDimsAndPrecisionAreUsageErrors() {
        String dims = assertThrows(UsageException.class, () -> new TrainBenchmark().run(List.of("--dims", "7b",
                "--device", "cpu"), sink, sink)).getMessage();
        assertEquals("--dims must be 0.5b or 3b, got '7b'", dims);
        String precision = assertThrows(UsageException.class, () -> new TrainBenchmark().run(List.of("--precision",
                "bf16", "--device", "cpu"), sink, sink)).getMessage();
        assertEquals("--precision must be auto, fp32 or fp16, got 'bf16'", precision);
    }
}

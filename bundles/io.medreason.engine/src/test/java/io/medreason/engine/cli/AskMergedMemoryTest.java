package io.medreason.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.ndarray.types.DataType;
import io.medreason.core.cli.Main;
import io.medreason.core.cli.Subcommand;
import io.medreason.core.run.ModelDims;
import io.medreason.engine.DeviceMemory;
import io.medreason.engine.Engine;
import io.medreason.engine.TestData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Asking with an adapter merges it into a private copy of every projection it targets, and {@code ask}'s memory check
 * counts those copies: with the machine's memory capped just above what the tiny model needs alone, {@code ask}
 * answers without the adapter and refuses with it (exit 2, one line naming the merged copies). The test adapter
 * targets all seven projections of both layers.
 */
class AskMergedMemoryTest {

    private static final int NEW_TOKENS = 4;

    @AfterEach
    void unpin() {
        System.clearProperty(DeviceMemory.LIMIT_PROPERTY);
    }

    @Test
    void theAdaptersMergedCopiesAreCountedBeforeAsking() throws Exception {
        Engine.init();
        long alone = DeviceMemory.checkInference(TestData.TINY_MODEL, Device.cpu(), DataType.FLOAT32, NEW_TOKENS)
                .total();
        long copies = allProjections(ModelDims.read(TestData.TINY_MODEL)) * Float.BYTES;
        System.setProperty(DeviceMemory.LIMIT_PROPERTY, Long.toString(alone + copies / 2));
        System.out.printf("model alone %d bytes, merged copies %d bytes, memory capped at %d%n", alone, copies,
                alone + copies / 2);

        Result base = ask();
        assertEquals(0, base.code, base.err);

        Result adapted = ask("--adapter", TestData.resource("tiny-qwen2/adapter").toString());
        System.out.println("with the adapter: " + adapted.err);
        assertEquals(2, adapted.code, adapted.err);
        assertEquals(-1, adapted.err.indexOf('\n'), "one line: " + adapted.err);
        assertFalse(adapted.err.contains("Exception"), adapted.err);
        assertTrue(adapted.err.contains("the adapter merged into copies of the projections it targets"), adapted.err);
    }

    /** Weights of all seven projections of every layer, from the model's dimensions. */
    private static long allProjections(ModelDims dims) {
        long perLayer = 0;
        for (String target : List.of("q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj")) {
            int[] shape = dims.projectionShape(target); // {in, out}
            perLayer += (long) shape[0] * shape[1];
        }
        return perLayer * dims.numHiddenLayers();
    }

    private static Result ask(String... more) {
        List<String> args = new ArrayList<>(List.of("ask", "--model", TestData.TINY_MODEL.toString(), "--device",
                "cpu", "--max-new-tokens", Integer.toString(NEW_TOKENS), "--temperature", "0"));
        args.addAll(List.of(more));
        args.add("發燒怎麼辦？");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Main(List.<Subcommand>of(new AskCommand()), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new Result(code, err.toString(StandardCharsets.UTF_8).strip());
    }

    private record Result(int code, String err) {
    }
}

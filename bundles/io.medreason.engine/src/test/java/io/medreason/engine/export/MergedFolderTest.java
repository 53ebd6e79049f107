package io.medreason.engine.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.medreason.engine.TestData;
import io.medreason.engine.cli.EvalCommand;
import io.medreason.engine.cli.MergeCommand;
import io.medreason.engine.safetensors.Bf16;
import io.medreason.engine.safetensors.Checkpoint;
import io.medreason.engine.safetensors.SafeDType;
import io.medreason.engine.safetensors.TensorInfo;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code medreason merge} end to end on the tiny model and its test adapter: the merged FP32 folder scores the eval
 * loss of base + adapter; every tensor has the one requested type (BF16/FP16 bit-exact roundings of the FP32 merge);
 * shards with an index; config.json's torch_dtype; tokenizer and generation_config.json copied.
 */
class MergedFolderTest {

    @TempDir
    Path dir;

    private static final Path ADAPTER = TestData.resource("tiny-qwen2/adapter");

    private static String merge(String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("--model", TestData.TINY_MODEL.toString(), "--adapter",
                ADAPTER.toString()));
        args.addAll(List.of(extra));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, new MergeCommand().run(args, new PrintStream(out, true, StandardCharsets.UTF_8), System.err));
        System.out.print("merge: " + out.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static double evalLoss(Path model, Path adapter) throws Exception {
        List<String> args = new ArrayList<>(List.of("--model", model.toString(), "--data",
                TestData.resource("tiny-qwen2/texts.jsonl").toString(), "--device", "cpu"));
        if (adapter != null) {
            args.addAll(List.of("--adapter", adapter.toString()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream sink = new PrintStream(new ByteArrayOutputStream());
        assertEquals(0, new EvalCommand().run(args, new PrintStream(out, true, StandardCharsets.UTF_8), sink));
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        return new ObjectMapper().readTree(lines.get(lines.size() - 1)).get("loss").asDouble();
    }

    @Test
    void mergedFp32FolderHasTheEvalLossOfBasePlusAdapter() throws Exception {
        Path out = dir.resolve("merged-fp32");
        merge("--out", out.toString(), "--dtype", "fp32", "--max-shard-size", "2MB");
        double base = evalLoss(TestData.TINY_MODEL, null);
        double withAdapter = evalLoss(TestData.TINY_MODEL, ADAPTER);
        double merged = evalLoss(out, null);
        System.out.printf("eval loss: base %.8f, base + adapter %.8f, merged fp32 folder %.8f;"
                + " |merged - (base + adapter)| = %.3e (the adapter moves the loss by %.3e)%n", base, withAdapter,
                merged, Math.abs(merged - withAdapter), Math.abs(withAdapter - base));
        assertTrue(Math.abs(withAdapter - base) > 1e-4, "the test adapter must change the loss for this to test it");
        assertTrue(Math.abs(merged - withAdapter) <= 1e-5, "difference " + Math.abs(merged - withAdapter));
    }

    @Test
    void everyTensorIsTheRequestedTypeRoundedToNearestEvenFromTheFp32Merge() throws Exception {
        Path f32 = dir.resolve("f32");
        merge("--out", f32.toString(), "--dtype", "fp32");
        for (ExportDType type : List.of(ExportDType.BF16, ExportDType.FP16)) {
            Path out = dir.resolve(type.flag());
            merge("--out", out.toString(), "--dtype", type.flag());
            JsonNode config = new ObjectMapper().readTree(out.resolve("config.json").toFile());
            assertEquals(type.torchDtype(), config.get("torch_dtype").asText());
            long compared = 0;
            try (Checkpoint exact = Checkpoint.open(f32); Checkpoint narrow = Checkpoint.open(out)) {
                assertEquals(exact.names(), narrow.names());
                for (String name : narrow.names()) {
                    TensorInfo info = narrow.info(name);
                    assertEquals(type.stored(), info.dtype(), name);
                    float[] full = exact.file(name).floats(name);
                    ByteBuffer bits = narrow.file(name).map(name);
                    for (int i = 0; i < full.length; i++) {
                        short want = type == ExportDType.BF16 ? Bf16.fromFloat(full[i])
                                : Float.floatToFloat16(full[i]);
                        if (bits.getShort(2 * i) != want) {
                            throw new AssertionError(name + "[" + i + "]: " + Integer.toHexString(bits.getShort(2 * i))
                                    + " is not the nearest-even rounding " + Integer.toHexString(want) + " of "
                                    + full[i]);
                        }
                    }
                    compared += full.length;
                }
            }
            System.out.printf("%s merge: all %d elements of %s are the bit-exact %s rounding of the fp32 merge%n",
                    type.flag(), compared, out.getFileName(), type.flag());
        }
    }

    @Test
    void shardsHaveAnIndexAndTheFolderHasTheTokenizerAndGenerationConfig() throws Exception {
        Path base = dir.resolve("base");
        Files.createDirectories(base);
        try (var files = Files.list(TestData.TINY_MODEL)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, base.resolve(f.getFileName()));
            }
        }
        String generation = "{\"bos_token_id\": 151643, \"eos_token_id\": [151645, 151643], \"temperature\": 0.7}\n";
        Files.writeString(base.resolve("generation_config.json"), generation);
        Path out = dir.resolve("sharded");
        List<String> args = List.of("--model", base.toString(), "--adapter", ADAPTER.toString(), "--out",
                out.toString(), "--max-shard-size", "10KB");
        assertEquals(0, new MergeCommand().run(args, System.out, System.err));
        JsonNode index = new ObjectMapper().readTree(out.resolve(Checkpoint.INDEX).toFile());
        Set<String> shards = new HashSet<>();
        index.get("weight_map").fields().forEachRemaining(e -> shards.add(e.getValue().asText()));
        long total = 0;
        for (String shard : shards) {
            long size = Files.size(out.resolve(shard));
            total += size;
            try (var f = io.medreason.engine.safetensors.SafetensorsFile.open(out.resolve(shard))) {
                long data = f.tensors().values().stream().mapToLong(TensorInfo::byteLength).sum();
                assertTrue(data <= 10_000 || f.tensors().size() == 1, shard + " holds " + data + " bytes");
            }
        }
        System.out.printf("10KB shards: %d files, %d bytes in all, index total_size %d%n", shards.size(), total,
                index.get("metadata").get("total_size").asLong());
        assertTrue(shards.size() >= 4, "the tiny model in shards of 10 kB: " + shards);
        assertEquals(generation, Files.readString(out.resolve("generation_config.json")));
        assertEquals(-1, Files.mismatch(base.resolve("tokenizer.json"), out.resolve("tokenizer.json")));
        assertEquals(-1, Files.mismatch(base.resolve("tokenizer_config.json"), out.resolve("tokenizer_config.json")));
        try (Checkpoint merged = Checkpoint.open(out); Checkpoint original = Checkpoint.open(base)) {
            assertEquals(original.names().size(), merged.names().size());
            for (String name : merged.names()) {
                assertEquals(SafeDType.BF16, merged.info(name).dtype(), "no --dtype: the base's bfloat16 throughout");
            }
            String untouched = "model.embed_tokens.weight";
            assertEquals(original.file(untouched).map(untouched), merged.file(untouched).map(untouched));
        }
    }
}

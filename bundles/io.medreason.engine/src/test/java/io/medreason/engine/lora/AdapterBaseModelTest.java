package io.medreason.engine.lora;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.medreason.core.cli.Main;
import io.medreason.core.cli.Subcommand;
import io.medreason.engine.TestData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code medreason train} records the base in {@code adapter_config.json}'s {@code base_model_name_or_path}: the
 * folder it loaded the base from, or the base config's {@code _name_or_path} when it declares one.
 */
class AdapterBaseModelTest {

    @TempDir
    Path dir;

    private String trainAndReadBase(Path model) throws Exception {
        Path data = TestData.threeRecords(dir.resolve("data-" + model.getFileName() + ".jsonl"));
        Path out = dir.resolve("run-" + model.getFileName());
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
        int status = new Main(ServiceLoader.load(Subcommand.class), quiet, System.err).run(List.of("train",
                "--model", model.toString(), "--data", data.toString(), "--output", out.toString(), "--steps", "1",
                "--batch-size", "1", "--max-length", "64", "--lora-r", "2", "--checkpoint-every", "0"));
        assertEquals(0, status);
        return new ObjectMapper().readTree(out.resolve(LoraConfig.FILE).toFile()).get("base_model_name_or_path")
                .asText();
    }

    @Test
    void trainedAdapterNamesItsBase() throws Exception {
        String recorded = trainAndReadBase(TestData.TINY_MODEL);
        System.out.println("base_model_name_or_path: " + recorded);
        assertEquals(TestData.TINY_MODEL.toAbsolutePath().normalize().toString(), recorded);

        Path named = Files.createDirectories(dir.resolve("named"));
        try (var files = Files.list(TestData.TINY_MODEL)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, named.resolve(f.getFileName()));
            }
        }
        var config = (com.fasterxml.jackson.databind.node.ObjectNode) new ObjectMapper()
                .readTree(named.resolve("config.json").toFile());
        config.put("_name_or_path", "Qwen/Qwen2.5-0.5B-Instruct");
        Files.writeString(named.resolve("config.json"), config.toString());
        String declared = trainAndReadBase(named);
        System.out.println("base_model_name_or_path with _name_or_path in config.json: " + declared);
        assertEquals("Qwen/Qwen2.5-0.5B-Instruct", declared);
    }
}

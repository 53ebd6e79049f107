package io.medreason.launching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medreason.core.run.RunProtocol;
import io.medreason.core.run.TrainingConfig;
import io.medreason.core.run.TrainingOption;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What Export Model… and Export as Distributed Job… run: the subcommands, their outputs, refused choices. */
class ModelExportTest {

    @TempDir
    Path dir;

    private RunState finishedRun() throws Exception {
        Path run = Files.createDirectories(dir.resolve("runs/肺炎 tiny"));
        TrainingConfig.builder().set(TrainingOption.MODEL, "/models/base").set(TrainingOption.DATA, "/d.json")
                .set(TrainingOption.OUTPUT, run.toString()).build().write(run.resolve(RunProtocol.TRAINING_CONFIG_FILE));
        Files.writeString(run.resolve("adapter_config.json"), "{}");
        return new RunState(run, null);
    }

    @Test
    void aRunExportsItsBaseAndAdapterAsMergedFolderAndGguf() throws Exception {
        RunState run = finishedRun();
        Path out = ModelExport.defaultFolder(run);
        ModelExport e = ModelExport.of(run, out, "fp16", "q8_0");
        assertNull(e.problem());
        assertEquals(run.folder().resolve("export"), out);
        List<EngineStep> steps = e.steps();
        assertEquals(List.of("merge", "export-gguf"), steps.stream().map(EngineStep::subcommand).toList());
        assertEquals(List.of("--model", "/models/base", "--adapter", run.folder().toString(), "--out",
                out.resolve("merged-fp16").toString(), "--dtype", "fp16"), steps.get(0).args());
        assertEquals(List.of("--model", "/models/base", "--adapter", run.folder().toString(), "--out",
                out.resolve("_tiny-q8_0.gguf").toString(), "--type", "q8_0"), steps.get(1).args());
        assertEquals(List.of(out.resolve("merged-fp16"), out.resolve("_tiny-q8_0.gguf"), out.resolve("Modelfile")),
                e.outputs());
        assertEquals(List.of("export-gguf"), ModelExport.of(run, out, null, "f16").steps().stream()
                .map(EngineStep::subcommand).toList());
    }

    @Test
    void noChoiceAnExistingOutputOrARunWithoutAdapterIsRefused() throws Exception {
        RunState run = finishedRun();
        Path out = dir.resolve("out");
        assertTrue(ModelExport.of(run, out, null, null).problem().startsWith("Choose"));
        assertTrue(ModelExport.of(run, out, "int4", null).problem().contains("bf16"));
        Files.createDirectories(out.resolve("merged-bf16"));
        assertEquals(out.resolve("merged-bf16") + " already exists: choose another folder",
                ModelExport.of(run, out, "bf16", null).problem());
        assertNull(ModelExport.of(run, out, "fp32", "f16").problem(), "other names in the same folder are free");
        Files.delete(run.folder().resolve("adapter_config.json"));
        assertNull(ModelExport.of(run, out, "bf16", null), "no adapter yet: nothing to export");
    }

    @Test
    void theJobExportHandsTheChildTheLaunchsConfigurationFile() throws Exception {
        TrainingConfig config = TrainingConfig.builder().set(TrainingOption.MODEL, "/models/base")
                .set(TrainingOption.DATA, "/d.json").set(TrainingOption.LORA_R, 8)
                .set(TrainingOption.OUTPUT, "/runs/o1").build();
        Path job = dir.resolve("jobs/o1");
        DistributedJobExport e = new DistributedJobExport("tiny", config, job);
        assertNull(e.problem());
        EngineStep step = e.steps().get(0);
        assertEquals("job", step.subcommand());
        assertEquals(List.of("export", "--out", job.toString(), "--config", e.configFile().toString()), step.args());
        assertEquals(config, TrainingConfig.fromJson(e.configFile()));
        e.finish();
        assertTrue(Files.notExists(e.configFile()));
        Files.createDirectories(job);
        Files.writeString(job.resolve("job.json"), "{}");
        assertEquals(job + " is not empty: choose a new or empty folder", e.problem());
    }

    @Test
    void writtenFilesAreListedWithTheirSizes() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("merged"));
        Files.write(folder.resolve("model.safetensors"), new byte[2500]);
        Files.writeString(folder.resolve("config.json"), "{}");
        assertEquals(List.of("merged/config.json (2 B)", "merged/model.safetensors (2.5 KB)", "/elsewhere/x.gguf (missing)"),
                WrittenFiles.describe(dir, List.of(folder, Path.of("/elsewhere/x.gguf"))));
    }
}

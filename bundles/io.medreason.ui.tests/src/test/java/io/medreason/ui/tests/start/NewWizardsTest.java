package io.medreason.ui.tests.start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medreason.dataset.io.DatasetIO;
import io.medreason.dataset.model.Container;
import io.medreason.dataset.model.Dataset;
import io.medreason.dataset.model.DatasetFormat;
import io.medreason.launching.TrainingAttributes;
import io.medreason.ui.start.NewDatasets;
import io.medreason.ui.start.NewTrainingConfigWizard;
import io.medreason.ui.start.TrainingConfigPage;
import io.medreason.ui.tests.Screenshots;
import io.medreason.ui.tests.WorkspaceFiles;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** New › SFT Data Set's files read back in the format chosen; New › LoRA Fine-tuning Configuration checks folders. */
class NewWizardsTest {

    @TempDir
    Path dir;

    @Test
    void everyNewDataSetFormatReadsBackAsThatFormatWithItsExampleRecord() throws Exception {
        for (DatasetFormat format : NewDatasets.FORMATS) {
            for (Container container : Container.values()) {
                Path file = dir.resolve(format.getName() + "." + NewDatasets.extension(container));
                Files.write(file, NewDatasets.contents(format, container, true));
                Dataset read = DatasetIO.load(file);
                assertEquals(format, read.getFormat(), file + ": " + Files.readString(file));
                assertEquals(container, read.getContainer(), file.toString());
                assertEquals(1, read.getRecords().size());
                assertTrue(read.getRecords().get(0).getQuestion().contains("頭暈"), Files.readString(file));
                assertTrue(read.getRecords().get(0).getResponse().contains("低血壓"), Files.readString(file));
            }
        }
        assertEquals("[]\n", new String(NewDatasets.contents(DatasetFormat.ALPACA, Container.JSON_ARRAY, false),
                java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void theConfigurationWizardChecksTheModelFolderAndTheMemoryAndLinksTheFolder() throws Exception {
        IProject project = WorkspaceFiles.project("config-wizard-tests");
        Path repo = repo();
        Path data = repo.resolve("samples/medical-o1-zh-sample.json");
        NewTrainingConfigWizard wizard = new NewTrainingConfigWizard();
        wizard.setOpenDialog(false);
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
        var shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        WizardDialog dialog = new WizardDialog(shell, wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            TrainingConfigPage page = wizard.page();
            page.fill("no model", dir, data, 0, false);
            assertTrue(page.getErrorMessage().contains("has no config.json"), page.getErrorMessage());
            assertFalse(page.isPageComplete());

            Path llama = Files.createDirectories(dir.resolve("llama"));
            Files.writeString(llama.resolve("config.json"), "{\"model_type\": \"llama\"}");
            page.fill("llama", llama, data, 0, false);
            assertTrue(page.getErrorMessage().contains("model_type 'llama' is not supported"), page.getErrorMessage());

            Path noWeights = Files.createDirectories(dir.resolve("no-weights"));
            Files.copy(repo.resolve("models/tiny-qwen2/config.json"), noWeights.resolve("config.json"));
            page.fill("no weights", noWeights, data, 0, false);
            assertTrue(page.getErrorMessage().contains("safetensors"), page.getErrorMessage());

            Path qwen3b = qwen3bConfigOnly();
            page.fill("qwen 3b on a T4", qwen3b, data, 0, false);
            assertEquals(null, page.getErrorMessage());
            assertTrue(page.shownText().contains("36 layers") && page.shownText().contains("Fits"),
                    page.shownText());
            page.fill("qwen 3b on 24 GB", qwen3b, data, 1, false);
            assertTrue(page.shownText().contains("Does NOT fit"), "no checkpointing at 2 × 2048: "
                    + page.shownText());
            Screenshots.save(dialog.getShell(), "new-training-configuration");

            page.fill("tiny on the CPU", repo.resolve("models/tiny-qwen2"), data, 2, true);
            assertTrue(page.isPageComplete(), page.getErrorMessage());
            assertTrue(wizard.performFinish());
        } finally {
            dialog.close();
        }
        ILaunchConfiguration saved = wizard.saved();
        assertEquals(project.getFile("tiny on the CPU.launch"), saved.getFile());
        assertEquals("cpu", TrainingAttributes.get(saved, "device"));
        assertEquals(data.toString(), TrainingAttributes.get(saved, "data"));
        assertEquals(null, TrainingAttributes.validate(saved));
        IFolder linked = project.getFolder("models/tiny-qwen2");
        assertTrue(linked.isLinked(), "the model folder is linked, not copied");
        assertTrue(linked.getFile("config.json").exists());
    }

    /** A Qwen2.5-3B folder as the check sees it: its config.json, an (empty) weights file, tokenizer files. */
    private Path qwen3bConfigOnly() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("Qwen2.5-3B-Instruct"));
        Files.writeString(folder.resolve("config.json"), """
                {"architectures": ["Qwen2ForCausalLM"], "model_type": "qwen2", "hidden_size": 2048,
                 "num_hidden_layers": 36, "num_attention_heads": 16, "num_key_value_heads": 2,
                 "intermediate_size": 11008, "vocab_size": 151936, "tie_word_embeddings": true}""");
        Files.writeString(folder.resolve("model-00001-of-00002.safetensors"), "");
        Files.writeString(folder.resolve("tokenizer.json"), "{}");
        Files.writeString(folder.resolve("tokenizer_config.json"), "{}");
        return folder;
    }

    static Path repo() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("models/tiny-qwen2"))) {
                return p;
            }
        }
        throw new IllegalStateException("no models/tiny-qwen2 above " + Path.of("").toAbsolutePath());
    }
}

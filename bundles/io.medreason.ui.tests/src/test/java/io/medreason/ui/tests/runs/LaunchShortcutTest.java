package io.medreason.ui.tests.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medreason.launching.TrainingAttributes;
import io.medreason.ui.launch.TrainingLaunchShortcut;
import io.medreason.ui.tests.WorkspaceFiles;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.junit.jupiter.api.Test;

/** Run As › LoRA Fine-tuning on a data set file: a configuration with the recipe, the project's model, a run folder. */
class LaunchShortcutTest {

    @Test
    void aDataSetGetsOneConfigurationWithTheProjectsModelAndARunFolder() throws Exception {
        IProject project = WorkspaceFiles.project("shortcut-tests");
        IFolder models = project.getFolder("models");
        if (!models.exists()) {
            models.create(true, true, null);
            models.getFolder("qwen-small").create(true, true, null);
        }
        IFolder model = models.getFolder("qwen-small");
        for (String name : new String[] {"config.json", "tokenizer.json"}) {
            IFile f = model.getFile(name);
            if (!f.exists()) {
                f.create(new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)), true, null);
            }
        }
        IFile data = project.getFile("問診紀錄.jsonl");
        if (!data.exists()) {
            data.create(new ByteArrayInputStream("{\"text\":\"頭暈\"}\n".getBytes(StandardCharsets.UTF_8)), true,
                    null);
        }
        ILaunchConfiguration c = TrainingLaunchShortcut.configurationFor(data);
        Path projectDir = Path.of(project.getLocationURI());
        assertEquals(Path.of(data.getLocationURI()).toString(), TrainingAttributes.get(c, "data"));
        assertEquals(projectDir.resolve("models/qwen-small").toString(), TrainingAttributes.get(c, "model"));
        assertTrue(TrainingAttributes.get(c, "output").startsWith(projectDir.resolve("runs").resolve("問診紀錄-")
                .toString()), TrainingAttributes.get(c, "output"));
        assertEquals("32", TrainingAttributes.get(c, "lora-r"), "the reference recipe");
        assertEquals(c, TrainingLaunchShortcut.configurationFor(data), "the same file reuses its configuration");
        c.delete();
    }
}

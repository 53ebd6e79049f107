package io.medreason.launching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The child JVM's environment and Java (its class path needs the installed bundles: see the UI launch tests). */
class EngineCommandTest {

    @Test
    void theChildsEnvironmentFixesGlibcsThresholdAndQuietsOpenMp() {
        Map<String, String> env = EngineCommand.environment();
        assertEquals("131072", env.get("MALLOC_MMAP_THRESHOLD_"), "freed tensors must go back to the system");
        assertEquals(System.getenv().getOrDefault("OMP_WAIT_POLICY", "PASSIVE"), env.get("OMP_WAIT_POLICY"));
        assertEquals(System.getenv("PATH"), env.get("PATH"), "the workbench's environment is inherited");
        List<String> array = List.of(EngineCommand.environmentArray());
        assertTrue(array.contains("MALLOC_MMAP_THRESHOLD_=" + env.get("MALLOC_MMAP_THRESHOLD_")), array.toString());
    }

    @Test
    void theChildRunsThisJava() {
        assertTrue(Files.isExecutable(EngineCommand.javaExecutable()), EngineCommand.javaExecutable().toString());
        assertTrue(EngineCommand.javaExecutable().startsWith(System.getProperty("java.home")));
    }
}

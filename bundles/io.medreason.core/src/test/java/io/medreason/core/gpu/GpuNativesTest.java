package io.medreason.core.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the natives folder is, and which environment an engine JVM gets from it. */
class GpuNativesTest {

    @TempDir
    Path tmp;

    @Test
    void theFolderComesFromTheVariableOrTheCache() {
        assertEquals(Path.of("/x/n"), GpuNatives.folder(Map.of("MEDREASON_GPU_NATIVES", "/x/n", "HOME", "/h")));
        assertEquals(Path.of("/c/medreason/pytorch-cu124-2.5.1"), GpuNatives.folder(Map.of("XDG_CACHE_HOME", "/c",
                "HOME", "/h")));
        assertEquals(Path.of("/h/.cache/medreason/pytorch-cu124-2.5.1"), GpuNatives.folder(Map.of("HOME", "/h")));
    }

    @Test
    void theChildEnvironmentGetsTheNativesUnlessTheUserChoseOthersOrOff() throws IOException {
        Path lib = Files.createDirectories(tmp.resolve("lib"));
        Files.write(lib.resolve("libtorch.so"), new byte[] {1});
        new GpuNatives(tmp, lib, "cu124", null, "test").write();
        Map<String, String> base = Map.of("XDG_CACHE_HOME", tmp.resolve("elsewhere").toString(),
                "MEDREASON_GPU_NATIVES", tmp.toString(), "OMP_WAIT_POLICY", "PASSIVE");
        Map<String, String> child = GpuNatives.childEnvironment(base);
        assertEquals(lib.toString(), child.get("PYTORCH_LIBRARY_PATH"));
        assertEquals("cu124", child.get("PYTORCH_FLAVOR"));
        assertEquals("PASSIVE", child.get("OMP_WAIT_POLICY"));
        Map<String, String> own = Map.of("MEDREASON_GPU_NATIVES", tmp.toString(), "PYTORCH_LIBRARY_PATH", "/mine");
        assertEquals(own, GpuNatives.childEnvironment(own));
        Map<String, String> off = Map.of("MEDREASON_GPU_NATIVES", "off", "HOME", tmp.toString());
        assertEquals(off, GpuNatives.childEnvironment(off));
        Files.delete(lib.resolve("libtorch.so"));
        assertEquals(base, GpuNatives.childEnvironment(base), "natives deleted since gpu-setup: not used");
        assertTrue(GpuNatives.find(base).isEmpty());
    }
}

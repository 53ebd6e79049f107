package io.medreason.core.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code medreason gpu-setup --libtorch DIR} on generated folders laid out like a Python wheel's {@code torch/lib}
 * (old C++ ABI, {@code ../version.py}, the CUDA runtime in {@code nvidia/cuda_runtime/lib}) and like the libtorch
 * zip (new ABI, {@code ../build-version}), and on folders it must refuse, each with one line naming the folder.
 */
class GpuSetupLibtorchTest {

    /** A mangled name only the C++11 ABI produces. */
    private static final String CXX11_SYMBOL = "_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE";

    @TempDir
    Path tmp;

    @Test
    void aWheelFolderIsUsedInPlaceWithTheOldAbiFlavour() throws IOException {
        Path lib = wheel("2.5.1+cu124", LibtorchFolder.REQUIRED);
        Path runtime = Files.createDirectories(tmp.resolve("site-packages/nvidia/cuda_runtime/lib"));
        Files.write(runtime.resolve("libcudart.so.12"), new byte[] {9});
        Path folder = tmp.resolve("natives");
        CommandLine r = CommandLine.run("gpu-setup", "--libtorch", lib.toString(), "--dir", folder.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("GPU natives ready: cu124-precxx11 in " + lib.toAbsolutePath()), r.out());
        assertTrue(r.out().contains("(PyTorch 2.5.1+cu124)"), r.out());
        GpuNatives natives = GpuNatives.read(folder);
        assertEquals(lib.toAbsolutePath(), natives.libraryPath());
        assertEquals("cu124-precxx11", natives.flavor());
        assertEquals(runtime.resolve("libcudart.so.12").toRealPath(),
                natives.cudartDir().resolve(CudartLink.NAME).toRealPath());
        assertFalse(Files.exists(folder.resolve("lib")), "nothing is copied");
    }

    @Test
    void aLibtorchZipFolderWithTheNewAbiGetsTheCu124Flavour() throws IOException {
        Path lib = Files.createDirectories(tmp.resolve("libtorch/lib"));
        libraries(lib, LibtorchFolder.REQUIRED);
        Files.writeString(lib.resolve("libc10.so"), "\u007fELF..." + CXX11_SYMBOL + "...", StandardCharsets.UTF_8);
        Files.writeString(tmp.resolve("libtorch/build-version"), "2.5.1+cu124\n");
        Path folder = tmp.resolve("natives");
        assertEquals(0, CommandLine.run("gpu-setup", "--libtorch", lib.toString(), "--dir", folder.toString())
                .status());
        GpuNatives natives = GpuNatives.read(folder);
        assertEquals("cu124", natives.flavor());
        assertNull(natives.cudartDir());
        assertEquals(Map.of("PYTORCH_LIBRARY_PATH", lib.toAbsolutePath().toString(), "PYTORCH_FLAVOR", "cu124"),
                natives.environment());
    }

    @Test
    void aFolderWithoutAVersionFileIsAcceptedAndSaysSo() throws IOException {
        Path lib = Files.createDirectories(tmp.resolve("somewhere/lib"));
        libraries(lib, LibtorchFolder.REQUIRED);
        CommandLine r = CommandLine.run("gpu-setup", "--libtorch", lib.toString(), "--dir",
                tmp.resolve("n").toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("(PyTorch version not recorded beside it)"), r.out());
    }

    @Test
    void aCpuBuildIsRefusedNamingTheMissingLibraries() throws IOException {
        Path lib = wheel("2.5.1+cpu", List.of("libtorch.so", "libtorch_cpu.so", "libc10.so"));
        assertRefused(lib, "--libtorch " + lib + ": not a libtorch CUDA folder, missing libtorch_cuda.so,"
                + " libc10_cuda.so (a CPU-only build?)");
    }

    @Test
    void anotherPyTorchVersionIsRefused() throws IOException {
        Path lib = wheel("2.4.0+cu124", LibtorchFolder.REQUIRED);
        assertRefused(lib, "--libtorch " + lib + ": PyTorch 2.4.0+cu124 (recorded beside it), but DJL 0.33 needs"
                + " PyTorch 2.5.1 exactly");
    }

    @Test
    void aCuda11BuildIsRefused() throws IOException {
        Path lib = wheel("2.5.1+cu118", LibtorchFolder.REQUIRED);
        assertRefused(lib, "--libtorch " + lib + ": PyTorch 2.5.1+cu118 is not a CUDA 12 build");
    }

    @Test
    void aMissingFolderIsRefused() {
        Path lib = tmp.resolve("nope");
        assertRefused(lib, "--libtorch " + lib + ": not a folder");
    }

    private void assertRefused(Path lib, String message) {
        Path folder = tmp.resolve("natives");
        CommandLine r = CommandLine.run("gpu-setup", "--libtorch", lib.toString(), "--dir", folder.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("medreason gpu setup: " + message), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertFalse(Files.exists(folder.resolve(GpuNatives.FILE)));
    }

    private Path wheel(String version, List<String> libs) throws IOException {
        Path torch = Files.createDirectories(tmp.resolve("site-packages/torch"));
        Files.writeString(torch.resolve("version.py"), "from typing import Optional\n\n__all__ = ['__version__']\n"
                + "__version__ = '" + version + "'\ndebug = False\ncuda: Optional[str] = '12.4'\n");
        Path lib = Files.createDirectories(torch.resolve("lib"));
        libraries(lib, libs);
        return lib;
    }

    private static void libraries(Path lib, List<String> names) throws IOException {
        for (String name : names) {
            Files.writeString(lib.resolve(name), "\u007fELF old-ABI library " + name, StandardCharsets.UTF_8);
        }
    }
}

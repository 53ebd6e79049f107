package io.medreason.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medreason.core.cli.Main;
import io.medreason.core.cli.Subcommand;
import io.medreason.engine.Engine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code medreason doctor} through the command line's entry point on this machine, which has no GPU: real DJL, the
 * CPU natives, no GPUs, auto → cpu and fp32. And how it reads a driver version and prints a GPU.
 */
class DoctorCommandTest {

    @Test
    void doctorOnThisCpuMachine() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Main(ServiceLoader.load(Subcommand.class), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of("doctor"));
        String text = out.toString(StandardCharsets.UTF_8);
        System.out.println(text + err.toString(StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        List<String> lines = text.lines().toList();
        assertTrue(lines.contains("Java: " + Runtime.version() + " (" + System.getProperty("java.vendor") + ", "
                + System.getProperty("java.home") + ")"), text);
        assertTrue(lines.contains("DJL: 0.33.0"), text);
        assertTrue(lines.contains("PyTorch: 2.5.1"), text);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("natives: cpu, from the product's pytorch-native-cpu jar"
                + " (extracted to ") && l.contains("2.5.1-20241113-cpu-linux-x86_64")), text);
        assertTrue(lines.contains("PyTorch CUDA support: no (CPU build of the natives)"), text);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("GPU natives (gpu-setup): ")), text);
        if (Engine.cudaDriver().isEmpty()) {
            assertTrue(lines.contains("CUDA driver: none (no libcuda.so.1: no NVIDIA driver)"), text);
        }
        assertTrue(lines.contains("GPUs: none"), text);
        assertTrue(lines.contains("device auto: cpu"), text);
        assertEquals("precision auto: fp32 (CPU)", lines.get(lines.size() - 1), text);
    }

    @Test
    void theDriverVersionComesFromProcOrTheLibraryName(@TempDir Path dir) throws IOException {
        Path proc = dir.resolve("version");
        Files.writeString(proc, "NVRM version: NVIDIA UNIX x86_64 Kernel Module  550.54.15  Tue Mar  5 22:23:56 UTC"
                + " 2024\nGCC version:  gcc version 12.2.0 (Debian 12.2.0-14)\n");
        assertEquals("550.54.15", HardwareProbe.driverVersion(proc, null).orElseThrow());
        Files.writeString(proc, "NVRM version: NVIDIA UNIX Open Kernel Module for x86_64  535.104.05  Release Build"
                + "  (dvs-builder@U16-I3-B03-4-3)\n");
        assertEquals("535.104.05", HardwareProbe.driverVersion(proc, null).orElseThrow());
        Path real = Files.write(dir.resolve("libcuda.so.570.86.10"), new byte[] {1});
        Path link = Files.createSymbolicLink(dir.resolve("libcuda.so.1"), real);
        assertEquals("570.86.10", HardwareProbe.driverVersion(dir.resolve("absent"), link).orElseThrow());
        assertTrue(HardwareProbe.driverVersion(dir.resolve("absent"), real.resolveSibling("x")).isEmpty());
    }

    @Test
    void aGpuLineNamesCapabilityAndMemory() {
        assertEquals("GPU 0: compute capability 7.5, memory 14.6 GiB (0.3 GiB in use)",
                new HardwareProbe.Gpu(0, "75", 15_655_829_504L, 314_572_800L).toString());
        assertEquals("GPU 1: compute capability 12.0, memory 31.4 GiB (0.0 GiB in use)",
                new HardwareProbe.Gpu(1, "120", 33_714_339_840L, 0).toString());
    }
}

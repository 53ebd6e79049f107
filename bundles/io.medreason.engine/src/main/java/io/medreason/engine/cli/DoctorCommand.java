package io.medreason.engine.cli;

import ai.djl.Device;
import ai.djl.engine.StandardCapabilities;
import ai.djl.pytorch.jni.LibUtils;
import ai.djl.util.Platform;
import io.medreason.core.cli.Flags;
import io.medreason.core.cli.Subcommand;
import io.medreason.core.gpu.GpuNatives;
import io.medreason.engine.Engine;
import io.medreason.engine.PrecisionChoice;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code medreason doctor}: what the engine runs on, one fact a line ({@code name: value}) — Java, DJL and PyTorch,
 * the natives PyTorch loaded (flavour and where from), the GPU natives {@code gpu-setup} installed, the NVIDIA driver,
 * each GPU with its memory and compute capability, and what {@code --device auto} and {@code --precision auto}
 * choose. The workbench's Hardware tab shows the same lines.
 */
public final class DoctorCommand implements Subcommand {

    @Override
    public String name() {
        return "doctor";
    }

    @Override
    public String summary() {
        return "print Java, DJL/PyTorch, the natives (cpu or CUDA), driver, GPUs and the auto device and precision";
    }

    @Override
    public String usage() {
        return "medreason doctor\n  prints one fact a line; see also medreason gpu-setup";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Flags.parse(args, Set.of(), Set.of());
        Map<String, String> env = System.getenv();
        ai.djl.engine.Engine engine = Engine.init();
        out.println("Java: " + Runtime.version() + " (" + System.getProperty("java.vendor") + ", "
                + System.getProperty("java.home") + ")");
        out.println("DJL: " + ai.djl.engine.Engine.getDjlVersion());
        out.println("PyTorch: " + engine.getVersion());
        out.println("natives: " + natives(env));
        out.println("PyTorch CUDA support: " + (engine.hasCapability(StandardCapabilities.CUDA) ? "yes"
                : "no (CPU build of the natives)"));
        out.println("GPU natives (gpu-setup): " + installed(env));
        Optional<Path> libcuda = Engine.cudaDriver();
        out.println("CUDA driver: " + libcuda.map(p -> "libcuda.so.1 in " + p.getParent() + ", version "
                + HardwareProbe.driverVersion(Path.of("/proc/driver/nvidia/version"), p).orElse("unknown"))
                .orElse("none (no libcuda.so.1: no NVIDIA driver)"));
        List<HardwareProbe.Gpu> gpus = HardwareProbe.gpus();
        if (gpus.isEmpty()) {
            out.println("GPUs: none");
        }
        gpus.forEach(out::println);
        Device device = Engine.chooseDevice("auto");
        out.println("device auto: " + (device.isGpu() ? "gpu (cuda:" + device.getDeviceId() + ")" : "cpu"));
        String cc = device.isGpu() ? gpus.get(device.getDeviceId()).computeCapability() : null;
        out.println("precision auto: " + PrecisionChoice.auto(device, cc));
        return 0;
    }

    /** The loaded natives' flavour and where they came from. */
    static String natives(Map<String, String> env) {
        String dir = LibUtils.getLibtorchPath();
        String override = env.get(GpuNatives.LIBRARY_PATH_ENV);
        if (override != null && !override.isBlank()) {
            String flavor = env.getOrDefault(GpuNatives.FLAVOR_ENV, "");
            return (flavor.isBlank() ? "DJL's default flavour (PYTORCH_FLAVOR unset)" : flavor) + ", from "
                    + GpuNatives.LIBRARY_PATH_ENV + "=" + override + " (loaded from " + dir + ")";
        }
        Platform platform = Platform.detectPlatform("pytorch");
        String flavor = platform.getFlavor();
        return flavor + ", from the product's pytorch-native-" + flavor + " jar (extracted to " + dir + ")";
    }

    private static String installed(Map<String, String> env) {
        Path folder = GpuNatives.folder(env);
        if ("off".equals(env.get(GpuNatives.FOLDER_ENV))) {
            return "off (" + GpuNatives.FOLDER_ENV + "=off)";
        }
        return GpuNatives.find(env).map(n -> n.flavor() + " in " + n.libraryPath() + " (" + n.source() + ")")
                .orElse("not installed in " + folder + " (medreason gpu-setup installs them)");
    }
}

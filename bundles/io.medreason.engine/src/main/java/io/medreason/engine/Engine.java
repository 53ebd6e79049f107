package io.medreason.engine;

import ai.djl.Device;
import ai.djl.ndarray.types.DataType;
import io.medreason.core.cli.UsageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Starts DJL's PyTorch engine once, offline (natives from the Maven jars, never a download), and chooses the device:
 * CPU with FP32 by default; a CUDA GPU with FP16 weights when {@code libcuda.so.1} is present and PyTorch sees a GPU.
 */
public final class Engine {

    private static final List<String> CUDA_DRIVER_DIRS = List.of("/usr/lib/x86_64-linux-gnu", "/usr/lib64",
            "/usr/local/cuda/lib64", "/usr/lib/wsl/lib", "/usr/lib/x86_64-linux-gnu/nvidia/current");

    private static ai.djl.engine.Engine engine;

    private Engine() {
    }

    /**
     * Sets DJL offline and loads PyTorch (idempotent). The number of PyTorch threads comes from
     * {@code -Dmedreason.threads=N} or {@code MEDREASON_THREADS} (default: one per core); on a busy machine one
     * thread can be several times faster than two (OpenMP threads wait for each other), and
     * {@code OMP_WAIT_POLICY=PASSIVE} in the environment softens that.
     */
    public static synchronized ai.djl.engine.Engine init() {
        if (engine == null) {
            System.setProperty("ai.djl.offline", "true");
            System.setProperty("ai.djl.default_engine", "PyTorch");
            String threads = System.getProperty("medreason.threads", System.getenv("MEDREASON_THREADS"));
            if (threads != null && !threads.isBlank() && System.getProperty("ai.djl.pytorch.num_threads") == null) {
                System.setProperty("ai.djl.pytorch.num_threads", threads.trim());
            }
            addCudartToJnaPath(System.getenv("MEDREASON_CUDART_DIR"));
            engine = load();
        }
        return engine;
    }

    /** PyTorch's engine; a one-line error when its native library is missing (it is never downloaded). */
    private static ai.djl.engine.Engine load() {
        try {
            return ai.djl.engine.Engine.getEngine("PyTorch");
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            throw new UsageException("PyTorch could not be loaded, and MedReason never downloads it (DJL runs "
                    + "offline): " + e.getMessage() + (root == e ? "" : " (" + root.getMessage() + ")")
                    + "; the product carries PyTorch's CPU library in its pytorch-native jar (is the installation "
                    + "complete?), and `medreason gpu-setup` fetches the CUDA one", e);
        }
    }

    /** Seeds PyTorch's generator (dropout, random weights). */
    public static void seed(long seed) {
        init().setRandomSeed((int) seed);
    }

    /**
     * Chooses the device for {@code choice} ({@code auto}, {@code cpu} or {@code gpu}).
     *
     * @throws UsageException for {@code gpu} without a usable GPU, or an unknown choice
     */
    public static Device chooseDevice(String choice) {
        init();
        switch (choice) {
            case "cpu":
                return Device.cpu();
            case "auto":
                return cudaDriverPresent() && engine.getGpuCount() > 0 ? Device.gpu() : Device.cpu();
            case "gpu":
                if (!cudaDriverPresent() || engine.getGpuCount() == 0) {
                    throw new UsageException("--device gpu: no CUDA GPU usable (needs libcuda.so.1 and PyTorch's CUDA"
                            + " natives, e.g. PYTORCH_LIBRARY_PATH pointing at libtorch 2.5.1 cu124)");
                }
                return Device.gpu();
            default:
                throw new UsageException("--device must be auto, cpu or gpu, got '" + choice + "'");
        }
    }

    /** FP32 on a CPU, FP16 on a GPU (a T4 has no BF16; DJL 0.33 has none at all): {@link PrecisionChoice}. */
    public static DataType defaultType(Device device) {
        return PrecisionChoice.auto(device, null).dataType();
    }

    /** One line naming device, type and PyTorch version, e.g. {@code device cpu, dtype float32, PyTorch 2.5.1}. */
    public static String describe(Device device, DataType dtype) {
        String name = device.isGpu() ? "cuda:" + device.getDeviceId() : "cpu";
        return "device " + name + ", dtype " + dtype.name().toLowerCase(java.util.Locale.ROOT) + ", PyTorch "
                + init().getVersion() + ", threads " + threads();
    }

    /** The PyTorch intra-op thread count in use. */
    public static int threads() {
        String p = System.getProperty("ai.djl.pytorch.num_threads");
        try {
            return p == null ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(p.trim());
        } catch (NumberFormatException e) {
            return Runtime.getRuntime().availableProcessors();
        }
    }

    private static boolean cudaDriverPresent() {
        return cudaDriver().isPresent();
    }

    /** The NVIDIA driver's {@code libcuda.so.1}, when one of the usual folders has it. */
    public static Optional<Path> cudaDriver() {
        return CUDA_DRIVER_DIRS.stream().map(d -> Path.of(d, "libcuda.so.1")).filter(Files::exists).findFirst();
    }

    /**
     * DJL counts GPUs through JNA's {@code Native.load("cudart")}; {@code medreason gpu-setup} links the natives' own
     * CUDA runtime as {@code libcudart.so} in a folder named by {@code MEDREASON_CUDART_DIR}, which goes first on
     * {@code jna.library.path} here, before DJL's {@code CudaUtils} loads.
     */
    static void addCudartToJnaPath(String dir) {
        if (dir == null || dir.isBlank() || !Files.isDirectory(Path.of(dir))) {
            return;
        }
        String path = System.getProperty("jna.library.path");
        if (path == null || path.isBlank()) {
            System.setProperty("jna.library.path", dir);
        } else if (!java.util.Arrays.asList(path.split(java.io.File.pathSeparator)).contains(dir)) {
            System.setProperty("jna.library.path", dir + java.io.File.pathSeparator + path);
        }
    }
}

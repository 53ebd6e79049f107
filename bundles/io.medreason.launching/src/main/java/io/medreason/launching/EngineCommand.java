package io.medreason.launching;

import io.medreason.core.cli.VectorSupport;
import io.medreason.core.gpu.GpuNatives;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of an engine child JVM: this workbench's own Java, the engine class path from the installed
 * bundles, DJL offline, UTF-8 streams, and {@code io.medreason.core.cli.Main} with a subcommand and its arguments.
 */
public final class EngineCommand {

    /** The engine's entry point. */
    public static final String MAIN = "io.medreason.core.cli.Main";

    private EngineCommand() {
    }

    /** {@code java … Main subcommand args…} with a heap of {@code heap} (e.g. {@code 6g}; blank = the JVM's default). */
    public static List<String> build(String heap, String subcommand, List<String> args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaExecutable().toString());
        if (heap != null && !heap.isBlank()) {
            cmd.add("-Xmx" + heap.strip());
        }
        cmd.addAll(VectorSupport.jvmOptions(subcommand)); // ask decodes with the Java vector kernels
        cmd.add("--enable-native-access=ALL-UNNAMED"); // JNA and DJL load natives: no warnings in the console
        cmd.add("-Dai.djl.offline=true");
        cmd.add("-Dfile.encoding=UTF-8");
        cmd.add("-Dstdout.encoding=UTF-8");
        cmd.add("-Dstderr.encoding=UTF-8");
        cmd.add("-cp");
        cmd.add(EngineClasspath.asString(EngineClasspath.resolve()));
        cmd.add(MAIN);
        cmd.add(subcommand);
        cmd.addAll(args);
        return cmd;
    }

    /** glibc's mmap threshold for the child JVMs, bytes (see {@link #environment()}). */
    static final String MALLOC_MMAP_THRESHOLD = "131072";

    /**
     * The child's environment: the workbench's, with {@code OMP_WAIT_POLICY=PASSIVE} so that PyTorch's idle OpenMP
     * threads sleep instead of spinning on the cores the workbench needs, and the CUDA natives that
     * {@code medreason gpu-setup} installed ({@link GpuNatives#childEnvironment}), as the {@code medreason} script does;
     * and glibc's mmap threshold fixed at 128 KiB ({@code MALLOC_MMAP_THRESHOLD_}), so that every tensor-sized block
     * PyTorch frees goes back to the system: with glibc's sliding threshold a training step's freed activations stay
     * resident (0.5B dimensions, 512 tokens: a peak of 5.5-6.3 GiB growing step by step, against 4.5 GiB).
     */
    public static java.util.Map<String, String> environment() {
        java.util.Map<String, String> env = new java.util.TreeMap<>(GpuNatives.childEnvironment(System.getenv()));
        env.putIfAbsent("OMP_WAIT_POLICY", "PASSIVE");
        env.putIfAbsent("MALLOC_MMAP_THRESHOLD_", MALLOC_MMAP_THRESHOLD);
        return env;
    }

    /** {@link #environment()} as {@code NAME=value} strings. */
    public static String[] environmentArray() {
        return environment().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    /** The {@code java} of the JVM running the workbench. */
    public static Path javaExecutable() {
        Path home = Path.of(System.getProperty("java.home"));
        Path java = home.resolve("bin").resolve(System.getProperty("os.name", "").startsWith("Windows")
                ? "java.exe" : "java");
        return java;
    }
}

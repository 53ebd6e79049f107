package io.medreason.core.gpu;

import io.medreason.core.cli.UsageException;
import io.medreason.core.io.AtomicWrite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CUDA build of PyTorch's natives that {@code medreason gpu-setup} installed, described by one small file,
 * {@code natives.conf}, in the natives folder ({@code $MEDREASON_GPU_NATIVES}, by default
 * {@code ${XDG_CACHE_HOME:-~/.cache}/medreason/pytorch-cu124-2.5.1}). The {@code medreason} script (with sed) and
 * the workbench's child JVMs (through {@link #childEnvironment}) read the same file and set what DJL 0.33's
 * {@code LibUtils} reads: {@code PYTORCH_LIBRARY_PATH} (the folder holding {@code libtorch.so}) and
 * {@code PYTORCH_FLAVOR} (which JNI library of the pytorch-jni jar matches those natives: {@code cu124} for DJL's
 * own build, {@code cu124-precxx11} for a Python wheel). {@code MEDREASON_CUDART_DIR} names a folder with a
 * {@code libcudart.so} link to the CUDA runtime of those natives, for DJL's GPU detection (it loads "cudart" with
 * JNA; the engine adds the folder to {@code jna.library.path}).
 *
 * @param folder the natives folder (holds {@code natives.conf})
 * @param libraryPath the folder holding {@code libtorch.so}
 * @param flavor the DJL flavour of those natives
 * @param cudartDir the folder holding the {@code libcudart.so} link, or null when no runtime was found
 * @param source where the natives came from, one line
 */
public record GpuNatives(Path folder, Path libraryPath, String flavor, Path cudartDir, String source) {

    /** The environment variable naming the natives folder; {@code off} disables the GPU natives. */
    public static final String FOLDER_ENV = "MEDREASON_GPU_NATIVES";
    /** The description file in the natives folder. */
    public static final String FILE = "natives.conf";
    /** The default folder's name under {@code ~/.cache/medreason}. */
    public static final String DEFAULT_NAME = "pytorch-cu124-2.5.1";
    /** The variables DJL reads, and ours for the CUDA runtime link. */
    public static final String LIBRARY_PATH_ENV = "PYTORCH_LIBRARY_PATH";
    public static final String FLAVOR_ENV = "PYTORCH_FLAVOR";
    public static final String CUDART_ENV = "MEDREASON_CUDART_DIR";

    /** The natives folder for this environment: {@code $MEDREASON_GPU_NATIVES} or the default cache folder. */
    public static Path folder(Map<String, String> env) {
        String set = env.get(FOLDER_ENV);
        if (set != null && !set.isBlank()) {
            return Path.of(set);
        }
        String cache = env.get("XDG_CACHE_HOME");
        Path base = cache != null && !cache.isBlank() ? Path.of(cache)
                : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".cache");
        return base.resolve("medreason").resolve(DEFAULT_NAME);
    }

    /** The installed natives, when {@code natives.conf} exists and its {@code libtorch.so} is still there. */
    public static Optional<GpuNatives> find(Map<String, String> env) {
        if ("off".equals(env.get(FOLDER_ENV))) {
            return Optional.empty();
        }
        Path folder = folder(env);
        if (!Files.isRegularFile(folder.resolve(FILE))) {
            return Optional.empty();
        }
        try {
            GpuNatives natives = read(folder);
            return Files.isRegularFile(natives.libraryPath().resolve("libtorch.so")) ? Optional.of(natives)
                    : Optional.empty();
        } catch (IOException | UsageException e) {
            return Optional.empty();
        }
    }

    /** Reads {@code folder/natives.conf} ({@code key=value} lines, UTF-8). */
    public static GpuNatives read(Path folder) throws IOException {
        Path file = folder.resolve(FILE);
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int eq = line.indexOf('=');
            if (eq > 0 && !line.startsWith("#")) {
                values.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        String lib = values.get("library_path");
        String flavor = values.get("flavor");
        if (lib == null || lib.isEmpty() || flavor == null || flavor.isEmpty()) {
            throw new UsageException(file + ": needs library_path and flavor (run medreason gpu-setup again)");
        }
        String cudart = values.getOrDefault("cudart_dir", "");
        return new GpuNatives(folder, Path.of(lib), flavor, cudart.isEmpty() ? null : Path.of(cudart),
                values.getOrDefault("source", ""));
    }

    /** Writes {@code natives.conf} (atomically: a temporary file moved into place). */
    public void write() throws IOException {
        Files.createDirectories(folder);
        List<String> lines = List.of("# written by medreason gpu-setup; read by ./medreason and the workbench",
                "library_path=" + libraryPath.toAbsolutePath(), "flavor=" + flavor,
                "cudart_dir=" + (cudartDir == null ? "" : cudartDir.toAbsolutePath()), "source=" + source);
        AtomicWrite.writeString(folder.resolve(FILE), String.join("\n", lines) + "\n");
    }

    /** The variables these natives need in an engine JVM's environment. */
    public Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(LIBRARY_PATH_ENV, libraryPath.toString());
        env.put(FLAVOR_ENV, flavor);
        if (cudartDir != null) {
            env.put(CUDART_ENV, cudartDir.toString());
        }
        return env;
    }

    /**
     * {@code env} with the installed natives' variables added, unless {@code env} already names natives of its own
     * ({@code PYTORCH_LIBRARY_PATH} set: the user's choice wins) or no natives are installed.
     */
    public static Map<String, String> childEnvironment(Map<String, String> env) {
        Map<String, String> child = new LinkedHashMap<>(env);
        if (env.get(LIBRARY_PATH_ENV) == null || env.get(LIBRARY_PATH_ENV).isBlank()) {
            find(env).ifPresent(n -> child.putAll(n.environment()));
        }
        return child;
    }
}

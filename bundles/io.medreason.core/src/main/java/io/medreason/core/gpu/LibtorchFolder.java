package io.medreason.core.gpu;

import io.medreason.core.cli.UsageException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An existing libtorch 2.5.1 CUDA folder ({@code gpu-setup --libtorch DIR}): a Python torch 2.5.1+cu12x
 * installation's {@code torch/lib}, or {@code lib} of the libtorch zip. Checks the libraries DJL loads, the version
 * recorded beside the folder ({@code ../version.py} of a wheel, {@code ../build-version} of the zip), and which C++
 * ABI the libraries use, which decides the DJL flavour: {@code cu124} (new ABI, DJL's own build) or
 * {@code cu124-precxx11} (old ABI, the 2.5.1 wheels); the pytorch-jni 2.5.1-0.33.0 jar holds a JNI library for each.
 *
 * @param dir the folder
 * @param flavor the DJL flavour for {@code PYTORCH_FLAVOR}
 * @param version the recorded version (e.g. {@code 2.5.1+cu124}), or null when none was found
 * @param cudart the CUDA runtime library for GPU detection, or null when none was found
 */
public record LibtorchFolder(Path dir, String flavor, String version, Path cudart) {

    /** The libraries without which the folder is no CUDA libtorch. */
    public static final List<String> REQUIRED = List.of("libtorch.so", "libtorch_cpu.so", "libc10.so",
            "libtorch_cuda.so", "libc10_cuda.so");
    /** The PyTorch version DJL 0.33's JNI library was built against. */
    public static final String PYTORCH = "2.5.1";

    private static final Pattern WHEEL_VERSION = Pattern.compile("__version__\\s*=\\s*'([^']+)'");
    private static final Pattern CUDART = Pattern.compile("libcudart(-[0-9a-f]+)?\\.so(\\.\\d+)*");
    private static final byte[] NEW_ABI = "_ZNSt7__cxx1112basic_string".getBytes(StandardCharsets.US_ASCII);

    /**
     * Validates {@code dir}.
     *
     * @throws UsageException naming the folder and what is missing or wrong
     */
    public static LibtorchFolder check(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new UsageException("--libtorch " + dir + ": not a folder");
        }
        List<String> missing = new ArrayList<>();
        for (String lib : REQUIRED) {
            if (!Files.isRegularFile(dir.resolve(lib))) {
                missing.add(lib);
            }
        }
        if (!missing.isEmpty()) {
            throw new UsageException("--libtorch " + dir + ": not a libtorch CUDA folder, missing "
                    + String.join(", ", missing) + (missing.contains("libtorch.so") ? "" : " (a CPU-only build?)")
                    + "; expected libtorch " + PYTORCH + " for CUDA 12, e.g. the torch/lib folder of a Python"
                    + " torch " + PYTORCH + "+cu124 installation");
        }
        String version = recordedVersion(dir);
        checkVersion(dir, version);
        String flavor = newAbi(dir.resolve("libc10.so")) ? "cu124" : "cu124-precxx11";
        return new LibtorchFolder(dir.toAbsolutePath(), flavor, version, findCudart(dir).orElse(null));
    }

    private static void checkVersion(Path dir, String version) {
        if (version == null) {
            return;
        }
        String base = version.split("\\+", 2)[0];
        if (!base.equals(PYTORCH)) {
            throw new UsageException("--libtorch " + dir + ": PyTorch " + version + " (recorded beside it), but DJL"
                    + " 0.33 needs PyTorch " + PYTORCH + " exactly");
        }
        String local = version.contains("+") ? version.substring(version.indexOf('+') + 1) : "";
        if (!local.isEmpty() && !local.startsWith("cu12")) {
            throw new UsageException("--libtorch " + dir + ": PyTorch " + version + " is not a CUDA 12 build; DJL"
                    + " 0.33's CUDA JNI library needs " + PYTORCH + "+cu124 (or another cu12x build)");
        }
    }

    /** The version written beside the folder by pip ({@code ../version.py}) or the libtorch zip. */
    static String recordedVersion(Path dir) throws IOException {
        Path parent = dir.toAbsolutePath().getParent();
        if (parent == null) {
            return null;
        }
        Path wheel = parent.resolve("version.py");
        if (Files.isRegularFile(wheel)) {
            Matcher m = WHEEL_VERSION.matcher(Files.readString(wheel, StandardCharsets.UTF_8));
            return m.find() ? m.group(1) : null;
        }
        Path zip = parent.resolve("build-version");
        return Files.isRegularFile(zip) ? Files.readString(zip, StandardCharsets.UTF_8).strip() : null;
    }

    /** Whether {@code lib} uses the C++11 ABI ({@code std::__cxx11::basic_string} in its symbols). */
    static boolean newAbi(Path lib) throws IOException {
        byte[] bytes = Files.readAllBytes(lib);
        outer:
        for (int i = 0; i + NEW_ABI.length <= bytes.length; i++) {
            for (int j = 0; j < NEW_ABI.length; j++) {
                if (bytes[i + j] != NEW_ABI[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * The CUDA runtime beside the natives: {@code libcudart*.so*} in {@code dir}, or the pip package
     * {@code nvidia-cuda-runtime-cu12} next to {@code torch} ({@code ../../nvidia/cuda_runtime/lib}).
     */
    public static Optional<Path> findCudart(Path dir) throws IOException {
        Path abs = dir.toAbsolutePath();
        List<Path> places = new ArrayList<>(List.of(abs));
        if (abs.getParent() != null && abs.getParent().getParent() != null) {
            places.add(abs.getParent().getParent().resolve("nvidia/cuda_runtime/lib"));
        }
        for (Path place : places) {
            if (!Files.isDirectory(place)) {
                continue;
            }
            try (Stream<Path> files = Files.list(place)) {
                Optional<Path> found = files.filter(p -> CUDART.matcher(p.getFileName().toString()).matches())
                        .sorted().findFirst();
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}

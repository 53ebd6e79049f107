package io.medreason.core.gpu;

import io.medreason.core.cli.Flags;
import io.medreason.core.cli.Subcommand;
import io.medreason.core.cli.UsageException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code medreason gpu-setup}: installs PyTorch 2.5.1's CUDA natives for DJL 0.33 outside the product, either by
 * downloading DJL's {@code pytorch-native-cu124} jar from Maven Central (or {@code --repository URL}) or by pointing
 * at an existing libtorch 2.5.1 CUDA folder ({@code --libtorch DIR}), and records them in {@link GpuNatives}'s
 * {@code natives.conf}, which {@code ./medreason} and the workbench read for every engine JVM.
 */
public final class GpuSetupCommand implements Subcommand {

    private final Map<String, String> env;

    public GpuSetupCommand() {
        this(System.getenv());
    }

    public GpuSetupCommand(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public String name() {
        return "gpu-setup";
    }

    @Override
    public String summary() {
        return "install PyTorch's CUDA 12.4 natives for NVIDIA GPUs (download, or --libtorch DIR)";
    }

    @Override
    public String usage() {
        return """
                medreason gpu-setup [--libtorch DIR] [--dir FOLDER] [--repository URL] [--force]
                  Downloads %s (2.4 GB) and extracts its libraries (4.3 GB) into FOLDER/lib, checked against
                  the repository's SHA-1; or, with --libtorch DIR, uses an existing libtorch 2.5.1 CUDA 12 folder
                  (e.g. the torch/lib folder of a Python torch 2.5.1+cu124 installation) where it is.
                  FOLDER: $%s, default ~/.cache/medreason/%s. Afterwards ./medreason and the workbench's runs set
                  PYTORCH_LIBRARY_PATH and PYTORCH_FLAVOR for the engine (MEDREASON_GPU_NATIVES=off: not).
                  --repository URL  a Maven repository (default %s; file: URLs work)
                  --force           download again although the natives are installed"""
                .formatted(NativesJar.COORDINATES, GpuNatives.FOLDER_ENV, GpuNatives.DEFAULT_NAME, NativesJar.CENTRAL);
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        Flags flags = Flags.parse(args, Set.of("libtorch", "dir", "repository"), Set.of("force"));
        if (!flags.positional().isEmpty()) {
            throw new UsageException("unexpected argument '" + flags.positional().get(0) + "'");
        }
        Path folder = flags.has("dir") ? Path.of(flags.required("dir")) : GpuNatives.folder(env);
        if (flags.has("libtorch")) {
            return report(useLibtorch(Path.of(flags.required("libtorch")), folder), flags.has("dir"), out);
        }
        Optional<GpuNatives> installed = installedIn(folder);
        if (installed.isPresent() && !flags.has("force")) {
            out.println("GPU natives already set up in " + folder + " (--force downloads them again)");
            return report(installed.get(), flags.has("dir"), out);
        }
        String repository = flags.string("repository", env.getOrDefault("MEDREASON_MAVEN_REPOSITORY",
                NativesJar.CENTRAL));
        try {
            return report(download(repository, folder, out), flags.has("dir"), out);
        } catch (IOException e) {
            err.println("medreason gpu-setup: " + e.getMessage());
            err.println("Without access to Maven Central: medreason gpu-setup --libtorch DIR (a libtorch 2.5.1"
                    + " CUDA 12 folder, e.g. site-packages/torch/lib of torch 2.5.1+cu124)");
            return 1;
        }
    }

    private static Optional<GpuNatives> installedIn(Path folder) {
        return GpuNatives.find(Map.of(GpuNatives.FOLDER_ENV, folder.toString()));
    }

    private static GpuNatives useLibtorch(Path dir, Path folder) throws IOException {
        LibtorchFolder lib = LibtorchFolder.check(dir);
        Path cudart = CudartLink.create(folder, lib.cudart());
        GpuNatives natives = new GpuNatives(folder, lib.dir(), lib.flavor(), cudart, "libtorch folder " + lib.dir()
                + " (PyTorch " + (lib.version() == null ? "version not recorded beside it" : lib.version()) + ")");
        natives.write();
        return natives;
    }

    private static GpuNatives download(String repository, Path folder, PrintStream out) throws IOException {
        NativesJar.Extracted extracted = new NativesDownload(repository, out).install(folder);
        Path lib = folder.resolve("lib");
        Path cudart = CudartLink.create(folder, LibtorchFolder.findCudart(lib).orElse(null));
        GpuNatives natives = new GpuNatives(folder, lib.toAbsolutePath(), extracted.flavor(), cudart,
                NativesJar.COORDINATES + " from " + repository + " (PyTorch " + extracted.version() + ", "
                        + extracted.libraries().size() + " libraries)");
        natives.write();
        return natives;
    }

    private int report(GpuNatives natives, boolean explicitFolder, PrintStream out) {
        out.println("GPU natives ready: " + natives.flavor() + " in " + natives.libraryPath());
        out.println("  from " + natives.source());
        out.println("./medreason and the workbench's runs will set:");
        natives.environment().forEach((k, v) -> out.println("  " + k + "=" + v));
        if (natives.cudartDir() == null) {
            out.println("No CUDA runtime (libcudart) beside the natives: DJL detects GPUs with the system's"
                    + " libcudart.so (CUDA toolkit) instead.");
        }
        Path standard = GpuNatives.folder(env).toAbsolutePath().normalize();
        if (explicitFolder && !standard.equals(natives.folder().toAbsolutePath().normalize())) {
            out.println("This is not the default folder: export " + GpuNatives.FOLDER_ENV + "=" + natives.folder()
                    + " so that ./medreason finds it.");
        }
        out.println("Check with: ./medreason doctor");
        return 0;
    }
}

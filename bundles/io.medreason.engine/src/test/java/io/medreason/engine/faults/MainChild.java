package io.medreason.engine.faults;

import io.medreason.core.cli.VectorSupport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code medreason} in a child JVM as {@code ./medreason} starts it: {@code io.medreason.core.cli.Main} on this test's
 * class path with the script's JVM flags and environment (DJL offline, UTF-8, native access, the Vector API for the
 * subcommands that decode, glibc's fixed mmap threshold, passive OpenMP waits). Optionally under {@code sh -c 'ulimit -f BLOCKS'} (512-byte blocks).
 */
public final class MainChild {

    /** A finished child: exit status, stdout and stderr. */
    public record Result(int code, String out, String err) {

        /**
         * Lines of stderr that are not the JVM's warnings ({@code WARNING: …}) or PyTorch's native log lines
         * ({@code [W1205 17:21:02.16… LegacyTypeDispatch.h:74] Warning: …}, printed by libtorch in every run).
         */
        public List<String> errorLines() {
            return err.lines().filter(l -> !l.isBlank() && !l.startsWith("WARNING:")
                    && !l.matches("\\[[WIE]\\d{4} .*")).toList();
        }
    }

    private MainChild() {
    }

    /** The child's command line: java, the script's flags, Main, {@code args}. */
    public static List<String> command(String heap, List<String> args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap));
        cmd.addAll(VectorSupport.jvmOptions(args.isEmpty() ? "" : args.get(0)));
        cmd.addAll(List.of("--enable-native-access=ALL-UNNAMED", "-Dai.djl.offline=true", "-Dfile.encoding=UTF-8",
                "-Dstdout.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                "io.medreason.core.cli.Main"));
        cmd.addAll(args);
        return cmd;
    }

    /** A process builder for the child with the script's environment. */
    public static ProcessBuilder builder(List<String> command) {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("OMP_WAIT_POLICY", "PASSIVE");
        pb.environment().put("MALLOC_MMAP_THRESHOLD_", "131072");
        return pb;
    }

    /** Runs {@code medreason args} to the end (at most {@code timeoutS}). */
    public static Result run(List<String> args, long timeoutS) throws IOException, InterruptedException {
        return finish(builder(command("1g", args)).start(), timeoutS);
    }

    /** Runs {@code medreason args} with a file-size limit of {@code blocks} 512-byte blocks ({@code ulimit -f}). */
    public static Result runWithFileSizeLimit(long blocks, List<String> args, long timeoutS) throws IOException,
            InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("sh", "-c", "ulimit -f " + blocks + " && exec \"$0\" \"$@\""));
        cmd.addAll(command("1g", args));
        return finish(builder(cmd).start(), timeoutS);
    }

    /** Waits for {@code p} (at most {@code timeoutS}), reading its output. */
    public static Result finish(Process p, long timeoutS) throws IOException, InterruptedException {
        p.getOutputStream().close();
        CompletableFuture<String> out = read(p.getInputStream());
        CompletableFuture<String> err = read(p.getErrorStream());
        if (!p.waitFor(timeoutS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("medreason did not finish in " + timeoutS + " s");
        }
        return new Result(p.exitValue(), out.join(), err.join());
    }

    private static CompletableFuture<String> read(java.io.InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        });
    }
}

package io.medreason.chinese;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real OpenCC from Debian's {@code opencc} package, run as a process. Tests that need it fail (never skip) when
 * it is missing, telling how to install it.
 */
final class OpenccCommand {

    static final Path SHARE = Path.of(System.getenv().getOrDefault("OPENCC_SHARE", "/usr/share/opencc"));

    private OpenccCommand() {
    }

    /** Path of {@code tool} ({@code opencc}, {@code opencc_dict}) on PATH; fails the test when missing. */
    static String require(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, tool);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        fail("'" + tool + "' is not installed: this test compares with the real OpenCC. "
                + "Install it with: sudo apt-get install opencc");
        return null;
    }

    /** Converts {@code input} with OpenCC's configuration {@code profile}.json; returns the output file's text. */
    static String convert(String profile, Path input, Path work) throws IOException, InterruptedException {
        Path output = work.resolve(profile + ".opencc.txt");
        run(List.of(require("opencc"), "-c", SHARE.resolve(profile + ".json").toString(), "-i", input.toString(),
                "-o", output.toString()));
        return Files.readString(output, StandardCharsets.UTF_8);
    }

    /** Dumps OpenCC's {@code name}.ocd2 as text ({@code key<TAB>values}) and returns its lines. */
    static List<String> dictionary(String name, Path work) throws IOException, InterruptedException {
        Path output = work.resolve(name + ".txt");
        run(List.of(require("opencc_dict"), "-i", SHARE.resolve(name + ".ocd2").toString(), "-o", output.toString(),
                "-f", "ocd2", "-t", "text"));
        return Files.readAllLines(output, StandardCharsets.UTF_8);
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
        String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            fail(String.join(" ", command) + " failed: " + log);
        }
    }
}

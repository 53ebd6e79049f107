package io.medreason.engine.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medreason.engine.TestData;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The product puts DJL in offline mode itself, before DJL loads: {@code medreason ask} in a child JVM started
 * <em>without</em> {@code -Dai.djl.offline} or {@code DJL_OFFLINE}, whose class path lacks the PyTorch natives jar and
 * whose DJL cache is empty, is exactly the case where DJL would download libtorch from publish.djl.ai. It must
 * refuse with DJL's "Offline mode is enabled" and leave the cache without a download.
 */
class OfflineModeTest {

    @Test
    void askNeverDownloadsPytorchEvenWithoutTheOfflineFlag(@TempDir Path dir) throws Exception {
        Path cache = Files.createDirectories(dir.resolve("djl-cache"));
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !e.contains("pytorch-native")).collect(Collectors.joining(File.pathSeparator));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "--enable-native-access=ALL-UNNAMED", "-cp", classPath, "io.medreason.core.cli.Main",
                "--debug", "ask", "--model", TestData.TINY_MODEL.toString(), "--max-new-tokens", "2", "頭痛"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("DJL_OFFLINE");
        pb.environment().remove("PYTORCH_LIBRARY_PATH");
        pb.environment().put("DJL_CACHE_DIR", cache.toString());
        pb.environment().put("ENGINE_CACHE_DIR", cache.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        p.waitFor();
        String first = out.lines().filter(l -> l.startsWith("medreason ask:")).findFirst().orElse("(none)");
        System.out.println("ask without the PyTorch natives and without -Dai.djl.offline: exit " + p.exitValue()
                + ": " + first);
        assertNotEquals(0, p.exitValue(), out);
        assertTrue(out.contains("Offline mode is enabled"), "DJL was not offline:\n" + out);
        assertTrue(first.contains("MedReason never downloads it") && first.contains("pytorch-native jar"),
                "the user's line says what is missing: " + first);
        try (Stream<Path> files = Files.walk(cache)) {
            assertEquals(List.of(), files.filter(Files::isRegularFile).filter(f -> f.toString().contains("pytorch"))
                    .map(Path::toString).toList(), "nothing downloaded into the DJL cache");
        }
    }
}

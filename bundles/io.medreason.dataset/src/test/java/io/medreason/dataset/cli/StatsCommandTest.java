package io.medreason.dataset.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.medreason.core.cli.Subcommand;
import io.medreason.core.cli.UsageException;
import io.medreason.dataset.io.DatasetFormatException;
import io.medreason.dataset.io.TestFiles;

/** {@code medreason stats} end to end on real files, as the command line runs it. */
class StatsCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws Exception {
        return new StatsCommand().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonLastLineCarriesTheRecordCountAndProblemsByKind() throws Exception {
        Path data = TestFiles.copy("validation/problems.jsonl", folder);

        assertEquals(0, run("--data", data.toString(), "--json", "--max-length", "200"));

        List<String> lines = output().lines().toList();
        Map<String, Object> json = JsonLine.parse(lines.get(lines.size() - 1));
        assertEquals(11L, json.get("records"));
        assertEquals("MEDICAL_O1", json.get("format"));
        assertEquals("characters", json.get("unit"));
        assertEquals(1L, json.get("overLimit"));
        Map<String, Object> problems = (Map<String, Object>) json.get("problems");
        assertEquals(1L, problems.get("DUPLICATE"));
        assertEquals(9, problems.size());
        Map<String, Object> reasoning = (Map<String, Object>) ((Map<String, Object>) json.get("fields")).get("reasoning");
        assertEquals(10L, reasoning.get("count"), "one record has no reasoning");
        assertTrue(output().contains("format: medical-o1 (Question, Complex_CoT, Response), JSON Lines, 11 records"),
                output());
        assertTrue(output().contains("over 200 characters: 1 records (9.09%)"), output());
    }

    @Test
    void aFileWithAByteOrderMarkGivesTheSameStatisticsAsWithout() throws Exception {
        Path bom = TestFiles.copy("malformed/bom.json", folder);
        byte[] withBom = java.nio.file.Files.readAllBytes(bom);
        Path plain = java.nio.file.Files.write(folder.resolve("plain.json"),
                java.util.Arrays.copyOfRange(withBom, 3, withBom.length));

        assertEquals(0, run("--data", plain.toString(), "--json"));
        String expected = output().replace(plain.toString(), "FILE");
        out.reset();
        assertEquals(0, run("--data", bom.toString(), "--json"));

        assertEquals(expected, output().replace(bom.toString(), "FILE"));
        assertTrue(output().contains("4 records"), output());
        assertEquals("", err.toString(StandardCharsets.UTF_8), "no warning for a byte order mark");
    }

    @Test
    void anUnreadableFileIsAUsageErrorNamingThePlace() {
        Path data = TestFiles.copy("malformed/truncated.json", folder);

        DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> run("--data", data.toString()));

        assertTrue(e.getMessage().contains("truncated.json:14:24: record 2:"), e.getMessage());
    }

    @Test
    void lenientReadsWhatItCanAndSaysWhatItSkipped() throws Exception {
        Path data = TestFiles.copy("malformed/truncated.json", folder);

        assertEquals(0, run("--data", data.toString(), "--lenient", "--json"));

        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("read 2 of 3 records; not read: record 2"));
        assertTrue(output().lines().reduce((a, b) -> b).orElseThrow().startsWith("{\"records\":2,"));
    }

    @Test
    void badFlagsAreUsageErrors() {
        Path data = TestFiles.copy("validation/problems.jsonl", folder);
        assertThrows(UsageException.class, () -> run("--data", folder.resolve("none.json").toString()));
        assertThrows(UsageException.class, () -> run("--data", data.toString(), "--max-length", "0"));
        assertThrows(UsageException.class, () -> run("--data", data.toString(), "--script", "cyrillic"));
        UsageException noTokenizer = assertThrows(UsageException.class,
                () -> run("--data", data.toString(), "--model", folder.toString()));
        assertTrue(noTokenizer.getMessage().startsWith("--model"), noTokenizer.getMessage());
    }

    @Test
    void templateChangesTheWholeRecordLength() throws Exception {
        Path data = TestFiles.copy("validation/problems.jsonl", folder);
        run("--data", data.toString(), "--template", "chatml-reasoning");
        assertTrue(output().contains("whole record: template chatml-reasoning"), output());
    }

    @Test
    void bothSubcommandsAreRegisteredForTheCommandLine() {
        List<String> names = ServiceLoader.load(Subcommand.class).stream().map(p -> p.get().name()).toList();
        assertTrue(names.containsAll(List.of("stats", "bench-dataset")), names.toString());
    }
}

package io.medreason.chinese.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.medreason.core.cli.Subcommand;
import io.medreason.core.cli.UsageException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code medreason convert} on real files: text mode, dataset mode, and bad input leaving the output untouched. */
class ConvertCommandTest {

    private static final String UNTOUCHED = "previous content";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();

    private int run(byte[] stdin, String... args) throws Exception {
        return new ConvertCommand(new ByteArrayInputStream(stdin)).run(List.of(args),
                new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
    }

    private int run(String... args) throws Exception {
        return run(new byte[0], args);
    }

    @Test
    void isRegisteredForTheCommandLine() {
        List<String> names = ServiceLoader.load(Subcommand.class).stream().map(p -> p.get().name()).toList();
        assertTrue(names.contains("convert"), names.toString());
    }

    @Test
    void namesTheOpenccDataVersion() throws Exception {
        assertEquals(0, run("--version"));
        assertTrue(stdout.toString(StandardCharsets.UTF_8).startsWith("OpenCC 1.4.2 "), stdout.toString());
        String usage = new ConvertCommand().usage();
        assertTrue(usage.contains("Conversion follows OpenCC 1.4.2"), usage);
        assertTrue(usage.contains("--version"), usage);
    }

    @Test
    void convertsTextLineByLineKeepingLineEndings() throws Exception {
        Path in = Files.writeString(dir.resolve("in.txt"), "软件\r\n信息系统\n\n皮肤科 U盘 😀\r\n最后一行");
        Path out = dir.resolve("out.txt");
        assertEquals(0, run("--profile", "s2twp", "--in", in.toString(), "--out", out.toString()));
        assertEquals("軟體\r\n資訊系統\n\n皮膚科 隨身碟 😀\r\n最後一行", Files.readString(out));
        assertNoTempFiles();
    }

    @Test
    void readsStandardInputAndWritesStandardOutput() throws Exception {
        assertEquals(0, run("前列腺\n".getBytes(StandardCharsets.UTF_8), "--profile", "s2twp-med"));
        assertEquals("攝護腺\n", stdout.toString(StandardCharsets.UTF_8));
    }

    @Test
    void rejectsInputThatIsNotUtf8AndLeavesTheOutputAlone() throws Exception {
        Path in = dir.resolve("latin1.txt");
        Files.write(in, "第一行\n".getBytes(StandardCharsets.UTF_8));
        Files.write(in, new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'}, java.nio.file.StandardOpenOption.APPEND);
        Path out = Files.writeString(dir.resolve("out.txt"), UNTOUCHED);
        UsageException e = assertThrows(UsageException.class,
                () -> run("--profile", "s2t", "--in", in.toString(), "--out", out.toString()));
        assertEquals(in + ": line 2 is not valid UTF-8", e.getMessage());
        assertEquals(UNTOUCHED, Files.readString(out));
        assertNoTempFiles();
        assertThrows(UsageException.class, () -> run(new byte[] {(byte) 0xC3}, "--profile", "s2t"));
        assertEquals(0, stdout.size(), "nothing written to standard output on bad input");
    }

    @Test
    void rejectsUnknownProfilesAndMissingFilesInOneLine() throws Exception {
        Path out = Files.writeString(dir.resolve("out.txt"), UNTOUCHED);
        UsageException unknown = assertThrows(UsageException.class,
                () -> run("--profile", "s2xx", "--in", "-", "--out", out.toString()));
        assertTrue(unknown.getMessage().contains("s2xx") && unknown.getMessage().contains("s2twp-med"));
        UsageException missing = assertThrows(UsageException.class,
                () -> run("--profile", "s2t", "--in", dir.resolve("nope.txt").toString(), "--out", out.toString()));
        assertTrue(missing.getMessage().contains("nope.txt") && missing.getMessage().contains("does not exist"));
        assertThrows(UsageException.class, () -> run("--in", "x"));
        for (UsageException e : List.of(unknown, missing)) {
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
        assertEquals(UNTOUCHED, Files.readString(out));
    }

    @Test
    void aDatasetWithAByteOrderMarkConvertsLikeAnyOtherAndKeepsTheMark() throws Exception {
        byte[] json = """
                [
                  {"Question": "皮肤科医生说什么？", "Complex_CoT": "先看信息系统", "Response": "家里休息"}
                ]""".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[json.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withBom, 3, json.length);
        Path plain = Files.write(dir.resolve("plain.json"), json);
        Path bom = Files.write(dir.resolve("windows.json"), withBom);

        assertEquals(0, run("--profile", "s2twp", "--dataset", plain.toString(), "--out",
                dir.resolve("plain.tw.json").toString()));
        assertEquals(0, run("--profile", "s2twp", "--dataset", bom.toString(), "--out",
                dir.resolve("windows.tw.json").toString()));

        byte[] converted = Files.readAllBytes(dir.resolve("windows.tw.json"));
        byte[] expected = Files.readAllBytes(dir.resolve("plain.tw.json"));
        assertEquals("EFBBBF", java.util.HexFormat.of().withUpperCase().formatHex(converted, 0, 3), "the mark is kept");
        assertEquals(new String(expected, StandardCharsets.UTF_8),
                new String(converted, 3, converted.length - 3, StandardCharsets.UTF_8));
        assertTrue(new String(expected, StandardCharsets.UTF_8).contains("皮膚科醫生說什麼？"));
    }

    @Test
    void convertsDatasetFieldsOfAJsonArrayKeepingEverythingElse() throws Exception {
        String json = """
                [
                  {"id": 7, "Question": "皮肤科医生说什么？", "score": 1.50, "meta": {"Question": "面瘫"},
                   "Complex_CoT": "先看信息系统", "Response": "家里休息", "source": "软件", "tags": ["乙肝"]},
                  {"Response": null, "Question": "U盘\\n😀", "big": 12345678901234567890}
                ]""";
        Path in = Files.writeString(dir.resolve("data.json"), json);
        Path out = dir.resolve("data.tw.json");
        assertEquals(0, run("--profile", "s2twp", "--dataset", in.toString(), "--out", out.toString()));
        String written = Files.readString(out);
        assertFalse(written.contains("\\u"), "Unicode must be written as characters: " + written);
        assertTrue(written.contains("1.50") && written.contains("12345678901234567890"), written);
        JsonNode records = new ObjectMapper().readTree(written);
        assertEquals(2, records.size());
        JsonNode first = records.get(0);
        assertEquals(List.of("id", "Question", "score", "meta", "Complex_CoT", "Response", "source", "tags"),
                fieldNames(first));
        assertEquals("皮膚科醫生說什麼？", first.get("Question").asText());
        assertEquals("先看資訊系統", first.get("Complex_CoT").asText());
        assertEquals("家裡休息", first.get("Response").asText());
        assertEquals("软件", first.get("source").asText(), "other keys are kept as they are");
        assertEquals("面瘫", first.get("meta").get("Question").asText(), "only the record's own fields");
        assertEquals("乙肝", first.get("tags").get(0).asText());
        assertEquals("隨身碟\n😀", records.get(1).get("Question").asText());
        assertTrue(records.get(1).get("Response").isNull());
        assertTrue(stdout.toString(StandardCharsets.UTF_8).contains("converted 2 records"));
    }

    @Test
    void convertsJsonLinesWithChosenFields() throws Exception {
        Path in = Files.writeString(dir.resolve("data.jsonl"),
                "{\"instruction\":\"面瘫\",\"output\":\"信息\",\"Question\":\"软件\"}\n{\"instruction\":\"家里\"}\n");
        Path out = dir.resolve("out.jsonl");
        assertEquals(0, run("--profile", "s2twp", "--dataset", in.toString(), "--out", out.toString(), "--fields",
                "instruction,output"));
        List<String> lines = Files.readAllLines(out);
        assertEquals(List.of("{\"instruction\":\"面癱\",\"output\":\"資訊\",\"Question\":\"软件\"}",
                "{\"instruction\":\"家裡\"}"), lines);
    }

    @Test
    void rejectsBrokenDatasetsAndLeavesTheOutputAlone() throws Exception {
        Path out = Files.writeString(dir.resolve("out.json"), UNTOUCHED);
        Path broken = Files.writeString(dir.resolve("broken.json"), "[{\"Question\": \"好\"}, {\"Question\": ]");
        UsageException e = assertThrows(UsageException.class,
                () -> run("--profile", "s2t", "--dataset", broken.toString(), "--out", out.toString()));
        assertTrue(e.getMessage().startsWith(broken.toString()) && e.getMessage().contains("record 2"),
                e.getMessage());
        Path latin1 = dir.resolve("latin1.jsonl");
        Files.write(latin1, new byte[] {'{', '"', 'Q', '"', ':', '"', (byte) 0xE9, 't', 'e', '"', '}', '\n'});
        assertThrows(UsageException.class,
                () -> run("--profile", "s2t", "--dataset", latin1.toString(), "--out", out.toString()));
        assertEquals(UNTOUCHED, Files.readString(out));
        assertNoTempFiles();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private void assertNoTempFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> temps = files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
            assertTrue(temps.isEmpty(), temps.toString());
        }
    }
}

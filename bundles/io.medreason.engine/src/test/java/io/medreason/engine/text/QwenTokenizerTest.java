package io.medreason.engine.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.medreason.core.cli.UsageException;
import io.medreason.core.text.TokenCounterFactory;
import io.medreason.engine.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real Qwen tokenizer against ids from an independent implementation (tiny-qwen2/ids.json). */
class QwenTokenizerTest {

    private static QwenTokenizer tokenizer;

    @BeforeAll
    static void load() throws Exception {
        tokenizer = QwenTokenizer.load(TestData.TINY_MODEL);
    }

    @AfterAll
    static void close() {
        tokenizer.close();
    }

    private static List<String> texts() throws Exception {
        ObjectMapper json = new ObjectMapper();
        return Files.readAllLines(TestData.resource("tiny-qwen2/texts.jsonl")).stream()
                .map(l -> {
                    try {
                        return json.readTree(l).get("text").asText();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
    }

    @Test
    void idsMatchReference() throws Exception {
        List<String> texts = texts();
        List<long[]> expected = TestData.tinyIds();
        assertEquals(expected.size(), texts.size());
        for (int i = 0; i < texts.size(); i++) {
            assertArrayEquals(expected.get(i), tokenizer.encode(texts.get(i)), "record " + i);
        }
    }

    @Test
    void batchCountsAndDjlEncodingAgreeWithEncode() throws Exception {
        List<String> texts = texts();
        int[] counts = tokenizer.countAll(texts);
        try (ai.djl.huggingface.tokenizers.HuggingFaceTokenizer djl = ai.djl.huggingface.tokenizers.HuggingFaceTokenizer
                .newInstance(TestData.TINY_MODEL.resolve("tokenizer.json"), java.util.Map.of("addSpecialTokens",
                        "false", "truncation", "false", "padding", "false"))) {
            for (int i = 0; i < texts.size(); i++) {
                assertArrayEquals(djl.encode(texts.get(i)).getIds(), tokenizer.encode(texts.get(i)));
                assertEquals(tokenizer.count(texts.get(i)), counts[i]);
            }
        }
    }

    @Test
    void decodeRestoresText() throws Exception {
        for (String text : texts()) {
            assertEquals(text, tokenizer.decode(tokenizer.encode(text)));
        }
    }

    @Test
    void longTextIsNotTruncated() {
        String text = "頭暈 ".repeat(1500);
        assertEquals(text, tokenizer.decode(tokenizer.encode(text)));
    }

    @Test
    void chatMlUsesSpecialTokensAndDefaultSystemPrompt() {
        String prompt = ChatMl.prompt(null, "頭痛怎麼辦？");
        assertEquals("<|im_start|>system\nYou are Qwen, created by Alibaba Cloud. You are a helpful assistant."
                + "<|im_end|>\n<|im_start|>user\n頭痛怎麼辦？<|im_end|>\n<|im_start|>assistant\n", prompt);
        long[] ids = tokenizer.encode(prompt);
        assertEquals(151644, ids[0]);
        assertEquals(tokenizer.id(QwenTokenizer.IM_END), 151645);
        assertEquals(151643, tokenizer.id(QwenTokenizer.END_OF_TEXT));
        assertEquals(2, java.util.Arrays.stream(ids).filter(id -> id == 151645).count());
    }

    @Test
    void tokenCounterFactoryIsRegistered() throws Exception {
        assertEquals(tokenizer.count("高血壓患者"), TokenCounterFactory.find().forModel(TestData.TINY_MODEL)
                .count("高血壓患者"));
    }

    @Test
    void missingTokenizerIsAUsageError(@org.junit.jupiter.api.io.TempDir Path dir) {
        UsageException e = assertThrows(UsageException.class, () -> QwenTokenizer.load(dir));
        assertEquals(dir + ": no tokenizer.json", e.getMessage());
    }
}

package io.medreason.core.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medreason.core.cli.UsageException;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptTemplateTest {

    private static final SftRecord RECORD = SftRecord.of("頭痛怎麼辦？", "先想想{原因}。", "多休息，持續請就醫。");

    @Test
    void chatmlReasoningMatchesQwenChatTemplateLayout() {
        Rendered r = PromptTemplate.resolve("chatml-reasoning", "<|im_end|>").render(RECORD);
        assertEquals("<|im_start|>system\nYou are Qwen, created by Alibaba Cloud. You are a helpful assistant.<|im_end|>\n"
                + "<|im_start|>user\n頭痛怎麼辦？<|im_end|>\n<|im_start|>assistant\n", r.prompt());
        assertEquals("<think>\n先想想{原因}。\n</think>\n\n多休息，持續請就醫。<|im_end|>", r.assistant());
        assertEquals(r.prompt() + r.assistant(), r.text());
    }

    @Test
    void alpacaReasoningEndsWithTheEosToken() {
        Rendered r = PromptTemplate.resolve("alpaca-reasoning", "<|endoftext|>").render(RECORD);
        assertTrue(r.prompt().endsWith("### Question:\n頭痛怎麼辦？\n\n### Response:\n"), r.prompt());
        assertEquals("<think>\n先想想{原因}。\n</think>\n多休息，持續請就醫。<|endoftext|>", r.assistant());
    }

    @Test
    void rawTextIsAllAssistant() {
        for (String name : PromptTemplate.BUILT_IN) {
            Rendered r = PromptTemplate.resolve(name, "</s>").render(SftRecord.text("全文"));
            assertEquals("", r.prompt(), name);
            assertEquals("全文", r.assistant(), name);
        }
        Rendered r = PromptTemplate.resolve("raw", "</s>").render(RECORD);
        assertEquals("頭痛怎麼辦？\n\n", r.prompt());
        assertEquals("先想想{原因}。\n\n多休息，持續請就醫。", r.assistant());
    }

    @Test
    void templateFileSplitsAtTheFirstAnswerPlaceholderAndFillsOnce(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("t.txt");
        Files.writeString(file, "Q: {question} {x}\nA: {cot} => {response}$1 END");
        Rendered r = PromptTemplate.resolve(file.toString(), "").render(SftRecord.of("{cot}?", "c", "r"));
        assertEquals("Q: {cot}? {x}\nA: ", r.prompt());
        assertEquals("c => r$1 END", r.assistant());
    }

    @Test
    void badTemplatesAreNamedInTheError(@TempDir Path dir) throws Exception {
        Path noResponse = dir.resolve("bad.txt");
        Files.writeString(noResponse, "{question} {cot}");
        UsageException e = assertThrows(UsageException.class, () -> PromptTemplate.fromFile(noResponse));
        assertTrue(e.getMessage().contains("bad.txt") && e.getMessage().contains("{response}"), e.getMessage());
        Path late = dir.resolve("late.txt");
        Files.writeString(late, "{response} {question}");
        assertThrows(UsageException.class, () -> PromptTemplate.fromFile(late));
        e = assertThrows(UsageException.class, () -> PromptTemplate.resolve("chatml", ""));
        assertTrue(e.getMessage().contains("chatml"), e.getMessage());
    }

    @Test
    void mapConvertsEveryField() {
        SftRecord upper = SftRecord.of("a", "b", "c").map(String::toUpperCase);
        assertEquals(SftRecord.of("A", "B", "C"), upper);
    }
}

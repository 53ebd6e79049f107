package io.medreason.core.template;

import io.medreason.core.cli.UsageException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns an {@link SftRecord} into model text, split into a prompt part and an assistant part ({@link Rendered}).
 * Built-in templates: {@code chatml-reasoning} (the default), {@code alpaca-reasoning}, {@code raw}; any other name is
 * read as a template file with {@code {question}}, {@code {cot}} and {@code {response}} placeholders.
 */
public interface PromptTemplate {

    /** Qwen2.5's default system prompt, used by {@code chatml-reasoning} when no other is given. */
    String QWEN_SYSTEM_PROMPT = "You are Qwen, created by Alibaba Cloud. You are a helpful assistant.";

    /** The template names the command line accepts besides a file path. */
    List<String> BUILT_IN = List.of("chatml-reasoning", "alpaca-reasoning", "raw");

    /** The name shown in logs and written in run configurations. */
    String name();

    /** Renders one record; a raw text record always renders as empty prompt + the whole text. */
    Rendered render(SftRecord record);

    /** The default template: Qwen ChatML with Qwen2.5's default system prompt. */
    static PromptTemplate defaultTemplate() {
        return new ChatMlReasoningTemplate(QWEN_SYSTEM_PROMPT);
    }

    /**
     * A built-in template by name, or a template file by path.
     *
     * @param nameOrFile {@code chatml-reasoning}, {@code alpaca-reasoning}, {@code raw}, or a file path
     * @param eosToken the tokenizer's end-of-sequence text used by {@code alpaca-reasoning} (Qwen: {@code <|im_end|>})
     * @throws UsageException when the name is neither built in nor a readable, valid template file
     */
    static PromptTemplate resolve(String nameOrFile, String eosToken) {
        return switch (nameOrFile) {
            case "chatml-reasoning" -> defaultTemplate();
            case "alpaca-reasoning" -> new AlpacaReasoningTemplate(eosToken);
            case "raw" -> new RawTemplate();
            default -> fromFile(Path.of(nameOrFile));
        };
    }

    /** Reads a template file (UTF-8) with placeholders; errors name the file. */
    static PromptTemplate fromFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UsageException("template '" + file + "' is neither one of " + BUILT_IN + " nor a readable file");
        }
        try {
            return FileTemplate.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UsageException("template file " + file + ": " + e.getMessage(), e);
        }
    }
}

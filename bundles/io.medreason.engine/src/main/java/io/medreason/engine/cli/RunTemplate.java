package io.medreason.engine.cli;

import io.medreason.core.cli.UsageException;
import io.medreason.core.run.Json;
import io.medreason.core.run.RunProtocol;
import io.medreason.core.template.ChatMlReasoningTemplate;
import io.medreason.core.template.PromptTemplate;
import io.medreason.core.template.SftRecord;
import io.medreason.engine.text.QwenTokenizer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The prompt template {@code ask} writes a question with: the one the adapter's run trained with (its configuration,
 * {@link RunProtocol#CONFIG_FILES}, in the adapter folder or, for a
 * {@code checkpoint-N}, in the run folder above it), else {@code chatml-reasoning}. Reasoning templates answer with a
 * think block first, so they get a longer default answer.
 *
 * @param template the template
 * @param source where its name came from, for the log line
 */
public record RunTemplate(PromptTemplate template, String source) {

    /** Default {@code --max-new-tokens} for reasoning templates (the think block comes first) and for others. */
    static final int REASONING_MAX_NEW_TOKENS = 2048;
    static final int PLAIN_MAX_NEW_TOKENS = 512;

    /** The template for {@code adapter} (null: none), with {@code system} replacing the default system prompt. */
    public static RunTemplate of(Path adapter, String system) {
        Optional<Path> config = adapter == null ? Optional.empty() : configOf(adapter);
        String name = config.map(RunTemplate::templateName).orElse("chatml-reasoning");
        PromptTemplate t = name.equals("chatml-reasoning") && system != null ? new ChatMlReasoningTemplate(system)
                : PromptTemplate.resolve(name, QwenTokenizer.IM_END);
        return new RunTemplate(t, config.map(p -> "the run's " + p).orElse("the default"));
    }

    /** The question as the template's prompt: everything up to where the answer starts. */
    public String prompt(String question) {
        return template.render(SftRecord.of(question, "", "")).prompt();
    }

    /** The default answer length: {@value #REASONING_MAX_NEW_TOKENS} tokens for reasoning templates. */
    public int defaultMaxNewTokens() {
        return template.name().endsWith("-reasoning") ? REASONING_MAX_NEW_TOKENS : PLAIN_MAX_NEW_TOKENS;
    }

    private static Optional<Path> configOf(Path adapter) {
        for (Path dir : new Path[] {adapter, adapter.toAbsolutePath().getParent()}) {
            for (String name : RunProtocol.CONFIG_FILES) {
                if (dir != null && Files.isRegularFile(dir.resolve(name))) {
                    return Optional.of(dir.resolve(name));
                }
            }
        }
        return Optional.empty();
    }

    private static String templateName(Path config) {
        try {
            Map<String, Object> map = Json.parseObject(Files.readString(config, StandardCharsets.UTF_8));
            Object name = map.get("template");
            return name == null ? "chatml-reasoning" : name.toString();
        } catch (IOException | IllegalArgumentException e) {
            throw new UsageException(config + ": not a readable run configuration: " + e.getMessage(), e);
        }
    }
}

package io.medreason.core.template;

import io.medreason.core.cli.UsageException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A user template with {@code {question}}, {@code {cot}} and {@code {response}} placeholders. Everything before the
 * first {@code {cot}} or {@code {response}} is the prompt; the rest is the assistant part. Placeholders are filled in
 * one pass, so braces inside the record's text are never read as placeholders; other braces are literal text.
 */
final class FileTemplate implements PromptTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(question|cot|response)\\}");

    private final String name;
    private final String promptPart;
    private final String assistantPart;

    private FileTemplate(String name, String promptPart, String assistantPart) {
        this.name = name;
        this.promptPart = promptPart;
        this.assistantPart = assistantPart;
    }

    /** Splits {@code text} into its prompt and assistant parts; {@code source} names the file in errors. */
    static FileTemplate parse(String source, String text) {
        if (!text.contains("{response}")) {
            throw new UsageException("template file " + source + " has no {response} placeholder");
        }
        int cot = text.indexOf("{cot}");
        int response = text.indexOf("{response}");
        int split = cot >= 0 ? Math.min(cot, response) : response;
        if (text.indexOf("{question}", split) >= 0) {
            throw new UsageException("template file " + source + ": {question} must come before {cot} and {response}");
        }
        return new FileTemplate(source, text.substring(0, split), text.substring(split));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Rendered render(SftRecord record) {
        if (record.raw()) {
            return new Rendered("", record.response());
        }
        return new Rendered(fill(promptPart, record), fill(assistantPart, record));
    }

    private static String fill(String part, SftRecord record) {
        Matcher m = PLACEHOLDER.matcher(part);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "question" -> record.question();
                case "cot" -> record.cot();
                default -> record.response();
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}

package io.medreason.engine.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.medreason.core.cli.UsageException;
import io.medreason.core.template.PromptTemplate;
import io.medreason.core.template.Rendered;
import io.medreason.core.template.SftRecord;
import io.medreason.engine.text.QwenTokenizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds {@link EvalExample}s: {@code raw} reads JSON Lines of {@code {"text": …}} here (every token scored); other
 * templates get their records from the caller's {@link EvalRecordReader} and render them with
 * {@link PromptTemplate} (only the assistant part scored). Sequences longer than {@code maxLength} are cut.
 */
public final class EvalExamples {

    private EvalExamples() {
    }

    public static List<EvalExample> read(Path file, String template, String convert, QwenTokenizer tokenizer,
            int maxLength, EvalRecordReader records) throws IOException {
        if (template.equals("raw") && (convert == null || convert.equals("none"))) {
            List<EvalExample> out = new ArrayList<>();
            for (String text : rawTexts(file)) {
                long[] ids = cut(tokenizer.encode(text), maxLength);
                out.add(new EvalExample(ids, ids));
            }
            return out;
        }
        PromptTemplate prompt = PromptTemplate.resolve(template, QwenTokenizer.IM_END);
        List<EvalExample> out = new ArrayList<>();
        for (SftRecord record : records.read(file, convert)) {
            Rendered r = prompt.render(record);
            long[] p = tokenizer.encode(r.prompt());
            long[] a = tokenizer.encode(r.assistant());
            long[] ids = cut(concat(p, a), maxLength);
            long[] labels = ids.clone();
            Arrays.fill(labels, 0, Math.min(p.length, ids.length), TokenLoss.IGNORE);
            out.add(new EvalExample(ids, labels));
        }
        return out;
    }


    /** The {@code text} of every JSON line; errors name file, line and field. */
    static List<String> rawTexts(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = json.readTree(line);
                } catch (IOException e) {
                    throw new UsageException(file + ": line " + number + " is not valid JSON", e);
                }
                JsonNode text = node == null ? null : node.get("text");
                if (text == null || !text.isTextual()) {
                    throw new UsageException(file + ": line " + number + ": field \"text\" is missing or not a string");
                }
                texts.add(text.asText());
            }
        }
        return texts;
    }

    private static long[] concat(long[] a, long[] b) {
        long[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static long[] cut(long[] ids, int maxLength) {
        return ids.length <= maxLength ? ids : Arrays.copyOf(ids, maxLength);
    }
}

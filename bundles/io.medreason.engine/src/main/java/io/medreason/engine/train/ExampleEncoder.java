package io.medreason.engine.train;

import io.medreason.core.template.PromptTemplate;
import io.medreason.core.template.Rendered;
import io.medreason.core.template.SftRecord;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Records → token ids: script conversion of every text field (e.g. s2twp), the template, tokenization of the prompt
 * and the assistant part separately (so the boundary is exact), truncation to the maximum length, and the prompt
 * length that the loss masks. A record longer than the maximum length is dropped ({@code --truncation drop}, the
 * default: a reasoning trace cut short loses its {@code <|im_end|>} and teaches the model not to stop) or cut to the
 * maximum length ({@code cut}); records whose assistant part is cut away entirely are skipped. Both are counted.
 */
public final class ExampleEncoder {

    private final PromptTemplate template;
    private final UnaryOperator<String> convert;
    private final Function<String, long[]> tokenizer;
    private final int maxLength;
    private final boolean trainOnAll;
    private final boolean dropOverLength;

    /**
     * @param convert the script conversion applied to every field before templating (identity for none)
     * @param tokenizer text → ids, no special tokens added, no truncation
     * @param trainOnAll true for a loss on every token, false for the assistant part only
     * @param dropOverLength true to leave out records longer than {@code maxLength}, false to cut them
     */
    public ExampleEncoder(PromptTemplate template, UnaryOperator<String> convert, Function<String, long[]> tokenizer,
            int maxLength, boolean trainOnAll, boolean dropOverLength) {
        this.dropOverLength = dropOverLength;
        this.template = template;
        this.convert = convert;
        this.tokenizer = tokenizer;
        this.maxLength = maxLength;
        this.trainOnAll = trainOnAll;
    }

    /** The encoded records that train, with the counts. */
    public record Result(List<TokenizedExample> examples, EncodeStats stats) {
    }

    /** Encodes every record, in order. */
    public Result encode(List<SftRecord> records) {
        List<TokenizedExample> out = new ArrayList<>(records.size());
        int skipped = 0;
        int truncated = 0;
        List<Integer> dropped = new ArrayList<>();
        int index = 0;
        long tokens = 0;
        long labels = 0;
        for (SftRecord record : records) {
            index++;
            Rendered r = template.render(record.map(convert));
            long[] prompt = tokenizer.apply(r.prompt());
            long[] answer = tokenizer.apply(r.assistant());
            int total = prompt.length + answer.length;
            if (dropOverLength && total > maxLength) {
                dropped.add(index);
                continue;
            }
            int length = Math.min(total, maxLength);
            int promptLength = trainOnAll ? 0 : prompt.length;
            TokenizedExample example = new TokenizedExample(concat(prompt, answer, length), promptLength);
            if (example.labelTokens() <= 0) {
                skipped++;
                continue;
            }
            truncated += total > maxLength ? 1 : 0;
            tokens += length;
            labels += example.labelTokens();
            out.add(example);
        }
        return new Result(out, new EncodeStats(records.size(), out.size(), skipped, truncated, dropped.size(),
                dropped.subList(0, Math.min(dropped.size(), EncodeStats.FIRST_DROPPED)), tokens, labels));
    }

    private static long[] concat(long[] a, long[] b, int length) {
        long[] ids = Arrays.copyOf(a, length);
        if (length > a.length) {
            System.arraycopy(b, 0, ids, a.length, length - a.length);
        }
        return ids;
    }
}

package io.medreason.engine.cli;

import io.medreason.core.cli.Flags;
import io.medreason.core.cli.Subcommand;
import io.medreason.core.cli.UsageException;
import io.medreason.engine.eval.EvalExample;
import io.medreason.engine.eval.EvalExamples;
import io.medreason.engine.eval.TokenLoss;
import io.medreason.engine.train.EvalRecords;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code medreason eval}: mean next-token cross-entropy of a data set under a model (and adapter). Each record is
 * run alone, without added special tokens; the loss averages over every predicted token of every record (for
 * templated records, over the assistant part only). The last line of stdout is one JSON object
 * {@code {"loss": …, "perplexity": …, "tokens": …, "records": …}}.
 */
public final class EvalCommand implements Subcommand {

    @Override
    public String name() {
        return "eval";
    }

    @Override
    public String summary() {
        return "loss and perplexity of a model (+ adapter) on a data set";
    }

    @Override
    public String usage() {
        return """
                medreason eval --model DIR [--adapter DIR] --data FILE [--template raw|chatml-reasoning|...]
                               [--convert s2twp|s2tw|s2t|none] [--max-length N] [--device auto|cpu|gpu]
                               [--attn-implementation sdpa|eager]
                  --template raw: FILE is JSON Lines of {"text": ...}; every token is predicted.
                  Other templates read question/reasoning/answer records and score the assistant part only.
                  The last output line is {"loss": ..., "perplexity": ..., "tokens": ..., "records": ...}.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Flags flags = Flags.parse(args, Set.of("model", "adapter", "data", "template", "max-length", "device",
                "convert", "attn-implementation"), Set.of());
        if (!flags.positional().isEmpty()) {
            throw new UsageException("eval takes no positional arguments, got '" + flags.positional().get(0) + "'");
        }
        Path data = flags.existingPath("data");
        int maxLength = flags.integer("max-length", 2048);
        if (maxLength < 2) {
            throw new UsageException("--max-length must be at least 2, got " + maxLength);
        }
        String template = flags.string("template", "raw");
        try (LoadedModel loaded = LoadedModel.open(flags, err, maxLength)) {
            List<EvalExample> examples = EvalExamples.read(data, template, flags.string("convert", null),
                    loaded.tokenizer, maxLength, new EvalRecords());
            TokenLoss.Sum total = new TokenLoss.Sum(0, 0);
            long start = System.nanoTime();
            for (EvalExample ex : examples) {
                total = total.plus(TokenLoss.of(loaded.model, ex.ids(), ex.labels()));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (total.tokens() == 0) {
                throw new UsageException(data + ": no token to predict (records empty or shorter than two tokens)");
            }
            err.printf(Locale.ROOT, "%d records, %d predicted tokens, %.1f tokens/s%n", examples.size(),
                    total.tokens(), total.tokens() / Math.max(seconds, 1e-9));
            double loss = total.mean();
            com.fasterxml.jackson.databind.node.ObjectNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                    .createObjectNode().put("loss", loss).put("perplexity", Math.exp(loss))
                    .put("tokens", total.tokens()).put("records", examples.size());
            out.println(json.toString());
            return 0;
        }
    }
}

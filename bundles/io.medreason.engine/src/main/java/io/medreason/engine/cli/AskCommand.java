package io.medreason.engine.cli;

import io.medreason.core.cli.Flags;
import io.medreason.core.cli.Subcommand;
import io.medreason.core.cli.UsageException;
import io.medreason.core.run.AskProtocol;
import io.medreason.engine.generate.GenerationConfig;
import io.medreason.engine.generate.GenerationDefaults;
import io.medreason.engine.generate.Generator;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * {@code medreason ask}: answers a question with the model (and adapter), streaming the answer to stdout as it is
 * generated. The question is wrapped in Qwen ChatML with the given system prompt (Qwen2.5's default when none).
 *
 * <h2>Line protocol (no question on the command line)</h2>
 * Used by the workbench console: {@link AskProtocol}. Stdin is read on its own thread while answers are generated;
 * the model runs on one thread, which answers the questions one after another in the order they came.
 * Device, type and timing lines go to stderr.
 */
public final class AskCommand implements Subcommand {

    private final InputStream stdin;

    public AskCommand() {
        this(System.in);
    }

    /** For tests: reads questions from {@code stdin}. */
    public AskCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public String name() {
        return "ask";
    }

    @Override
    public String summary() {
        return "answer a question (or one per stdin line), streaming the answer";
    }

    @Override
    public String usage() {
        return """
                medreason ask --model DIR [--adapter DIR] [--system TEXT] [--max-new-tokens N] [--temperature T]
                              [--top-p P] [--top-k K] [--repetition-penalty R] [--seed S] [--device auto|cpu|gpu]
                              [--attn-implementation sdpa|eager]
                              [QUESTION...]
                  Sampling defaults come from the model's generation_config.json (as transformers does), else
                  Qwen2.5-Instruct's: temperature 0.7, top-p 0.8, top-k 20, repetition penalty 1.05;
                  the question is written with the template the adapter's run trained with (its
                  training_config.json), else chatml-reasoning; reasoning templates answer up to 2048 new
                  tokens by default (others 512);
                  --temperature 0 is greedy. Without QUESTION, reads one question per
                  stdin line and ends each answer with the line <|answer_end|>; the stdin line <|stop|> ends the
                  answer in progress early (the line <|stopped|> precedes <|answer_end|>) and keeps the model
                  loaded (see the class documentation).""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Flags flags = Flags.parse(args, Set.of("model", "adapter", "system", "max-new-tokens", "temperature", "top-p",
                "top-k", "repetition-penalty", "seed", "device", "attn-implementation"), Set.of());
        String system = flags.string("system", null);
        RunTemplate template = RunTemplate.of(flags.has("adapter") ? flags.existingPath("adapter") : null, system);
        GenerationConfig config = config(flags, GenerationDefaults.read(flags.existingPath("model")),
                template.defaultMaxNewTokens());
        String question = String.join(" ", flags.positional()).trim();
        try (LoadedModel loaded = LoadedModel.open(flags, err, config.maxNewTokens(), true);
                Generator generator = new Generator(loaded.model, loaded.tokenizer)) {
            err.println("template " + template.template().name() + " (" + template.source() + "), up to "
                    + config.maxNewTokens() + " new tokens, decoding with " + generator.decodeKernel());
            if (!question.isEmpty()) {
                answer(generator, loaded, template, question, config, () -> false, out, err);
                out.println();
                out.flush();
                return 0;
            }
            out.println(AskProtocol.READY);
            out.flush();
            AskInbox inbox = AskInbox.read(stdin);
            String line;
            while ((line = inbox.next()) != null) {
                answerLine(generator, loaded, template, AskProtocol.unescape(line), config, inbox, out, err);
            }
            return 0;
        }
    }

    /** One question of the line protocol: the answer, a stopped line if stopped, the end line. */
    private static void answerLine(Generator generator, LoadedModel loaded, RunTemplate template, String question,
            GenerationConfig config, AskInbox inbox, PrintStream out, PrintStream err) {
        try {
            Generator.Stop stop = answer(generator, loaded, template, question, config, inbox::stopRequested, out,
                    err);
            out.println();
            if (stop == Generator.Stop.REQUESTED) {
                out.println(AskProtocol.STOPPED);
            }
        } catch (RuntimeException e) {
            out.println();
            out.println(AskProtocol.ERROR + e.getMessage());
        }
        inbox.answered();
        out.println(AskProtocol.ANSWER_END);
        out.flush();
    }

    private static Generator.Stop answer(Generator generator, LoadedModel loaded, RunTemplate template, String question,
            GenerationConfig config, BooleanSupplier stopRequested, PrintStream out, PrintStream err) {
        long[] prompt = loaded.tokenizer.encode(template.prompt(question));
        int limit = loaded.model.config().maxPositionEmbeddings();
        if (prompt.length + config.maxNewTokens() > limit) {
            throw new UsageException("question of " + prompt.length + " tokens + " + config.maxNewTokens()
                    + " new tokens exceeds the model's " + limit + " positions");
        }
        Generator.Result r = generator.generate(prompt, config, piece -> {
            out.print(piece);
            out.flush();
        }, stopRequested);
        err.printf(Locale.ROOT, "[%d prompt tokens in %.2f s, %d new tokens at %.2f tokens/s, stop: %s]%n",
                r.promptTokens(), r.prefillNanos() / 1e9, r.tokens().length, r.decodeTokensPerSecond(),
                stopText(r.stop()));
        return r.stop();
    }

    private static String stopText(Generator.Stop stop) {
        return switch (stop) {
            case END_TOKEN -> "end of turn";
            case MAX_TOKENS -> "max new tokens";
            case REQUESTED -> "stopped";
        };
    }

    static GenerationConfig config(Flags flags, GenerationDefaults d, int defaultMaxNewTokens) {
        try {
            return new GenerationConfig(flags.integer("max-new-tokens", defaultMaxNewTokens),
                    flags.decimal("temperature", d.temperature()), flags.integer("top-k", d.topK()),
                    flags.decimal("top-p", d.topP()), flags.decimal("repetition-penalty", d.repetitionPenalty()),
                    flags.longValue("seed", 42));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}

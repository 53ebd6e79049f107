package io.medreason.engine.cli;

import io.medreason.core.cli.Flags;
import io.medreason.core.cli.Subcommand;
import io.medreason.core.cli.UsageException;
import io.medreason.engine.generate.GenerationConfig;
import io.medreason.engine.generate.GenerationDefaults;
import io.medreason.engine.generate.Generator;
import io.medreason.engine.text.ChatMl;
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
 * Used by the workbench console; all text is UTF-8. Stdin is read on its own thread while answers are generated;
 * the model runs on one thread, which answers the questions one after another in the order they came.
 * <ol>
 * <li>After loading, ask writes the line {@value #READY} to stdout.</li>
 * <li>Each stdin line is one question; the two characters {@code \n} in it stand for a line break, {@code \\} for a
 * backslash. Blank lines are ignored; the line {@value #EXIT} or the end of input ends the session (exit 0) once the
 * questions before it are answered.</li>
 * <li>The answer is streamed to stdout (it may contain line breaks, never half a character), followed by a line
 * break and the line {@value #ANSWER_END}; stdout is flushed after every piece.</li>
 * <li>The stdin line {@value #STOP} ends the current answer (the one to the first question not yet answered) after
 * the token being generated: the text so far stays, followed by a line break, the line {@value #STOPPED} and
 * {@value #ANSWER_END}; the model stays loaded for the next question. A stop line while no answer is pending is
 * ignored.</li>
 * <li>A question that cannot be answered (e.g. too long) gets one line {@value #ERROR} + message, then
 * {@value #ANSWER_END}.</li>
 * </ol>
 * Device, type and timing lines go to stderr.
 */
public final class AskCommand implements Subcommand {

    /** Written once the model is loaded. */
    public static final String READY = "<|ready|>";
    /** Ends every answer in line mode. */
    public static final String ANSWER_END = "<|answer_end|>";
    /** Stdin line: ends the current answer in line mode (the model stays loaded). */
    public static final String STOP = "<|stop|>";
    /** Written before {@value #ANSWER_END} when {@value #STOP} ended the answer. */
    public static final String STOPPED = "<|stopped|>";
    /** Prefix of an error line in line mode. */
    public static final String ERROR = "<|error|> ";
    /** Ends the session. */
    public static final String EXIT = "/exit";

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
                  --temperature 0 is greedy. Without QUESTION, reads one question per
                  stdin line and ends each answer with the line <|answer_end|>; the stdin line <|stop|> ends the
                  answer in progress early (the line <|stopped|> precedes <|answer_end|>) and keeps the model
                  loaded (see the class documentation).""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Flags flags = Flags.parse(args, Set.of("model", "adapter", "system", "max-new-tokens", "temperature", "top-p",
                "top-k", "repetition-penalty", "seed", "device", "attn-implementation"), Set.of());
        GenerationConfig config = config(flags, GenerationDefaults.read(flags.existingPath("model")));
        String system = flags.string("system", null);
        String question = String.join(" ", flags.positional()).trim();
        try (LoadedModel loaded = LoadedModel.open(flags, err)) {
            Generator generator = new Generator(loaded.model, loaded.tokenizer);
            if (!question.isEmpty()) {
                answer(generator, loaded, system, question, config, () -> false, out, err);
                out.println();
                out.flush();
                return 0;
            }
            out.println(READY);
            out.flush();
            AskInbox inbox = AskInbox.read(stdin);
            String line;
            while ((line = inbox.next()) != null) {
                answerLine(generator, loaded, system, unescape(line), config, inbox, out, err);
            }
            return 0;
        }
    }

    /** One question of the line protocol: the answer, a stopped line if stopped, the end line. */
    private static void answerLine(Generator generator, LoadedModel loaded, String system, String question,
            GenerationConfig config, AskInbox inbox, PrintStream out, PrintStream err) {
        try {
            Generator.Stop stop = answer(generator, loaded, system, question, config, inbox::stopRequested, out,
                    err);
            out.println();
            if (stop == Generator.Stop.REQUESTED) {
                out.println(STOPPED);
            }
        } catch (RuntimeException e) {
            out.println();
            out.println(ERROR + e.getMessage());
        }
        inbox.answered();
        out.println(ANSWER_END);
        out.flush();
    }

    private static Generator.Stop answer(Generator generator, LoadedModel loaded, String system, String question,
            GenerationConfig config, BooleanSupplier stopRequested, PrintStream out, PrintStream err) {
        long[] prompt = loaded.tokenizer.encode(ChatMl.prompt(system, question));
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

    static GenerationConfig config(Flags flags, GenerationDefaults d) {
        try {
            return new GenerationConfig(flags.integer("max-new-tokens", 512),
                    flags.decimal("temperature", d.temperature()), flags.integer("top-k", d.topK()),
                    flags.decimal("top-p", d.topP()), flags.decimal("repetition-penalty", d.repetitionPenalty()),
                    flags.longValue("seed", 42));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** {@code \n} → line break, {@code \\} → backslash. */
    static String unescape(String line) {
        StringBuilder sb = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                char n = line.charAt(i + 1);
                if (n == 'n' || n == '\\') {
                    sb.append(n == 'n' ? '\n' : '\\');
                    i++;
                    continue;
                }
            }
            sb.append(c);
        }
        return sb.toString();
    }
}

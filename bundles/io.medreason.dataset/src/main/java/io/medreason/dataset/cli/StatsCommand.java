package io.medreason.dataset.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.medreason.core.cli.Flags;
import io.medreason.core.cli.Subcommand;
import io.medreason.core.cli.UsageException;
import io.medreason.core.text.TokenCounterFactory;
import io.medreason.dataset.io.DatasetIO;
import io.medreason.dataset.io.LoadResult;
import io.medreason.dataset.model.Dataset;
import io.medreason.dataset.stats.DatasetStatistics;
import io.medreason.dataset.stats.LengthMeasure;
import io.medreason.dataset.stats.RecordLengths;
import io.medreason.dataset.stats.TemplateRenderer;
import io.medreason.dataset.validation.Problem;
import io.medreason.dataset.validation.ScriptExpectation;
import io.medreason.dataset.validation.ValidationOptions;
import io.medreason.dataset.validation.Validator;

/**
 * {@code medreason stats}: record count, detected format, length percentiles per field, records over the maximum
 * length and validation problems by kind of a data set file.
 */
public final class StatsCommand implements Subcommand {

    @Override
    public String name() {
        return "stats";
    }

    @Override
    public String summary() {
        return "record count, format, length percentiles and problems of a data set";
    }

    @Override
    public String usage() {
        return "medreason stats --data FILE [--model DIR] [--template T] [--max-length N] [--json]\n"
                + "                [--script traditional|auto|any] [--lenient]\n"
                + "  --data FILE      a .json array or .jsonl file (medical-o1, text, Alpaca, ShareGPT, OpenAI messages)\n"
                + "  --model DIR      count tokens with the model's tokenizer.json (else characters)\n"
                + "  --template T     whole-record length under a prompt template: "
                + "chatml-reasoning, alpaca-reasoning, raw or a template file\n"
                + "                   (default: the sum of the fields)\n"
                + "  --max-length N   maximum whole-record length (default 2048)\n"
                + "  --json           end with one JSON line; its \"records\" is the record count\n"
                + "  --script S       expected Chinese script for the Simplified-character check (default auto)\n"
                + "  --lenient        read what is readable and say which records were not\n"
                + "A file that cannot be read exits with status 2.";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        Flags flags = Flags.parse(args, Set.of("data", "model", "template", "max-length", "script"),
                Set.of("json", "lenient"));
        Path data = flags.existingPath("data");
        int maxLength = flags.integer("max-length", ValidationOptions.DEFAULT_MAX_LENGTH);
        if (maxLength <= 0) {
            throw new UsageException("--max-length must be positive, got " + maxLength);
        }
        ScriptExpectation script = script(flags.string("script", "auto"));
        TemplateRenderer template = flags.has("template") ? TemplateRenderer.resolve(flags.required("template")) : null;
        LengthMeasure measure = measure(flags);

        Dataset dataset;
        if (flags.has("lenient")) {
            LoadResult result = DatasetIO.loadLenient(data);
            err.println(result.summary());
            dataset = result.dataset();
        } else {
            dataset = DatasetIO.load(data);
        }
        RecordLengths lengths = RecordLengths.measure(dataset, measure, template, null);
        DatasetStatistics statistics = DatasetStatistics.compute(lengths, maxLength);
        List<Problem> problems = new Validator(new ValidationOptions(lengths, maxLength, script)).validate(dataset);

        StatsReport report = new StatsReport(dataset, statistics, problems);
        report.printText(out, flags.has("model") ? " (" + flags.required("model") + ")"
                : " (no --model; give one for tokens)");
        if (flags.has("json")) {
            report.printJson(out);
        }
        return 0;
    }

    private static LengthMeasure measure(Flags flags) {
        if (!flags.has("model")) {
            return LengthMeasure.characters();
        }
        Path model = flags.existingPath("model");
        TokenCounterFactory factory;
        try {
            factory = TokenCounterFactory.find();
        } catch (IllegalStateException e) {
            throw new UsageException("--model: " + e.getMessage());
        }
        try {
            return LengthMeasure.tokens(factory.forModel(model));
        } catch (IOException e) {
            throw new UsageException("--model " + model + ": " + e.getMessage(), e);
        }
    }

    private static ScriptExpectation script(String value) {
        try {
            return ScriptExpectation.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--script wants traditional, auto or any, got '" + value + "'");
        }
    }
}

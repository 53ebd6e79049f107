package io.medreason.chinese.cli;

import io.medreason.chinese.AtomicOutput;
import io.medreason.chinese.ChineseConverter;
import io.medreason.chinese.DatasetConverter;
import io.medreason.core.cli.Flags;
import io.medreason.core.cli.Subcommand;
import io.medreason.core.cli.UsageException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code medreason convert}: Chinese script conversion of a text file (line by line) or of dataset fields, with
 * OpenCC-exact profiles. Output files are written atomically; on bad input they are left untouched.
 */
public final class ConvertCommand implements Subcommand {

    private static final String DEFAULT_FIELDS = String.join(",", DatasetConverter.DEFAULT_FIELDS);

    private final InputStream stdin;

    /** The command line's constructor (ServiceLoader): reads {@code -} from {@link System#in}. */
    public ConvertCommand() {
        this(System.in);
    }

    /** For tests: {@code -} reads from {@code stdin}. */
    public ConvertCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public String name() {
        return "convert";
    }

    @Override
    public String summary() {
        return "convert Chinese text or dataset fields between scripts (OpenCC profiles, e.g. s2twp)";
    }

    @Override
    public String usage() {
        return """
                medreason convert --profile P [--in FILE|-] [--out FILE|-]
                medreason convert --profile P --dataset IN --out OUT [--fields %s]
                medreason convert --bench [--profile P] [--in FILE]
                medreason convert --version

                Profiles: %s (s2twp-med: s2twp plus Taiwan medical terms).
                Conversion follows OpenCC %s: its dictionaries and configurations of the same names.
                Text mode converts UTF-8 line by line and keeps line endings (default: stdin to stdout).
                Dataset mode converts the named string fields of each record of a JSON array or JSON Lines file
                and keeps every other key as it is. Output files are replaced atomically.
                --bench prints conversion speed (chars/s after warm-up) and the first conversion's time.
                --version prints the OpenCC data version the profiles follow.
                """.formatted(DEFAULT_FIELDS, String.join(", ", ChineseConverter.profiles()),
                ChineseConverter.OPENCC_VERSION);
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        Flags flags = Flags.parse(args, Set.of("profile", "in", "out", "dataset", "fields"), Set.of("bench", "version"));
        if (!flags.positional().isEmpty()) {
            throw new UsageException("unexpected argument '" + flags.positional().get(0) + "'");
        }
        if (flags.has("version")) {
            out.println("OpenCC " + ChineseConverter.OPENCC_VERSION
                    + " (dictionaries and configurations of the npm package opencc " + ChineseConverter.OPENCC_VERSION
                    + "); s2twp-med adds the MedReason medical Taiwan terms");
            return 0;
        }
        if (flags.has("bench")) {
            String file = flags.string("in", null);
            ConvertBenchmark.run(flags.string("profile", "s2twp"), file == null ? null : Path.of(file), out);
            return 0;
        }
        ChineseConverter converter = converter(flags.required("profile"));
        if (flags.has("dataset")) {
            return convertDataset(converter, flags, out);
        }
        convertText(converter, flags.string("in", "-"), flags.string("out", "-"), out);
        return 0;
    }

    private static ChineseConverter converter(String profile) {
        try {
            return ChineseConverter.of(profile);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--profile: " + e.getMessage());
        }
    }

    private void convertText(ChineseConverter converter, String in, String outName, PrintStream out)
            throws IOException {
        TextFileConverter text = new TextFileConverter(converter);
        String sourceName = in.equals("-") ? "standard input" : in;
        try (InputStream input = open(in, "in")) {
            if (outName.equals("-")) {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream(); // nothing written on bad input
                text.convert(input, buffer, sourceName);
                buffer.writeTo(out);
                out.flush();
                return;
            }
            try (AtomicOutput target = new AtomicOutput(outputPath(outName))) {
                text.convert(input, target.stream(), sourceName);
                target.commit();
            }
        }
    }

    private int convertDataset(ChineseConverter converter, Flags flags, PrintStream out) throws IOException {
        String in = flags.required("dataset");
        Path outPath = outputPath(flags.required("out"));
        Set<String> fields = new LinkedHashSet<>(Arrays.asList(flags.string("fields", DEFAULT_FIELDS).split(",")));
        fields.removeIf(String::isBlank);
        if (fields.isEmpty()) {
            throw new UsageException("--fields: name at least one field");
        }
        DatasetConverter dataset = new DatasetConverter(converter, fields);
        DatasetConverter.Summary summary;
        try (InputStream input = open(in, "dataset"); AtomicOutput target = new AtomicOutput(outPath)) {
            summary = dataset.convert(input, target.stream(), in, DatasetConverter.NO_PROGRESS);
            target.commit();
        }
        out.printf("converted %d records (%d of %d fields changed, %d characters) with %s -> %s%n",
                summary.records(), summary.fieldsChanged(), summary.fieldsConverted(), summary.charactersChanged(),
                converter.profile(), outPath);
        return 0;
    }

    private InputStream open(String name, String flag) {
        if (name.equals("-")) {
            return stdin;
        }
        Path path = Path.of(name);
        try {
            if (Files.isDirectory(path)) {
                throw new UsageException("--" + flag + ": " + path + " is a folder, not a file");
            }
            return Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw new UsageException("--" + flag + ": " + path + " does not exist");
        } catch (AccessDeniedException e) {
            throw new UsageException("--" + flag + ": " + path + " is not readable");
        } catch (IOException e) {
            throw new UsageException("--" + flag + ": cannot read " + path + ": " + e.getMessage());
        }
    }

    private static Path outputPath(String name) {
        if (name.equals("-")) {
            throw new UsageException("--out: give a file name here ('-' only works in text mode)");
        }
        Path path = Path.of(name).toAbsolutePath();
        if (Files.isDirectory(path)) {
            throw new UsageException("--out: " + path + " is a folder, not a file");
        }
        if (path.getParent() == null || !Files.isDirectory(path.getParent())) {
            throw new UsageException("--out: folder " + path.getParent() + " does not exist");
        }
        return path;
    }
}

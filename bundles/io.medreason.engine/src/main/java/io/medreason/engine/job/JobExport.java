package io.medreason.engine.job;

import io.medreason.core.cli.UsageException;
import io.medreason.core.run.Json;
import io.medreason.core.run.ModelDims;
import io.medreason.core.run.TrainingConfig;
import io.medreason.engine.lora.LoraAdapter;
import io.medreason.engine.lora.LoraConfig;
import io.medreason.engine.text.QwenTokenizer;
import io.medreason.engine.train.EncodeStats;
import io.medreason.engine.train.TrainingData;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Exports a training run as a self-contained PyTorch Distributed job folder (see {@link JobFiles}): the run's
 * configuration, its records already converted, templated, tokenized, truncated and split exactly as
 * {@link TrainingData} prepares them for a local run, and the trainer scripts. The folder is built beside the target
 * and renamed into place, so an interrupted export leaves nothing half-written under the target's name.
 */
public final class JobExport {

    /** The model config.json keys the job checks against MODEL_DIR at run time. */
    static final List<String> DIM_KEYS = List.of("hidden_size", "num_hidden_layers", "num_attention_heads",
            "num_key_value_heads", "intermediate_size", "vocab_size");

    private final TrainingConfig config;
    private final PrintStream out;

    public JobExport(TrainingConfig config, PrintStream out) {
        this.config = config;
        this.out = out;
    }

    /** Writes the job into {@code dir}, which must not exist or be empty. */
    public void export(Path dir) throws IOException {
        checkTarget(dir);
        ModelDims dims = ModelDims.read(config.model().path());
        TrainingData data;
        long padId;
        try (QwenTokenizer tokenizer = QwenTokenizer.load(config.model().path())) {
            data = TrainingData.load(config, tokenizer);
            padId = tokenizer.id(QwenTokenizer.END_OF_TEXT);
        }
        if (data.train().isEmpty()) {
            throw new UsageException(config.data().path() + ": no record has answer tokens within --max-length "
                    + config.data().maxLength() + " (" + data.trainStats() + ")");
        }
        Path absolute = dir.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path tmp = Files.createTempDirectory(absolute.getParent(), "." + absolute.getFileName() + ".tmp-");
        try {
            write(tmp, data, padId, dims);
            Files.deleteIfExists(absolute);
            Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            deleteTree(tmp);
            throw e;
        }
        out.println("job written to " + dir + ": " + data.train().size() + " training records, " + data.eval().size()
                + " held-out records, " + totalSteps(data) + " steps (" + data.trainStats() + ")");
        out.println("run it with: MODEL_DIR=" + config.model().path().toAbsolutePath() + " " + dir.resolve("run.sh"));
    }

    private void write(Path job, TrainingData data, long padId, ModelDims dims) throws IOException {
        Files.writeString(job.resolve(JobFiles.CONFIG), Json.write(config.toJson()) + "\n", StandardCharsets.UTF_8);
        TokenLines.write(job.resolve(JobFiles.TRAIN), data.train());
        TokenLines.write(job.resolve(JobFiles.EVAL), data.eval());
        Files.writeString(job.resolve(JobFiles.META), Json.write(meta(data, padId, dims)) + "\n",
                StandardCharsets.UTF_8);
        if (config.model().initAdapter() != null) {
            copyAdapter(config.model().initAdapter(), job.resolve(JobFiles.INIT_ADAPTER));
        }
        for (String script : JobFiles.SCRIPTS) {
            Path file = copyResource(script, job);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        copyResource(JobFiles.README, job);
    }

    /** What train.py needs beside job.json. */
    private Map<String, Object> meta(TrainingData data, long padId, ModelDims dims) throws IOException {
        Map<String, Object> modelJson = Json.parseObject(Files.readString(config.model().path().resolve("config.json")));
        Map<String, Object> model = new LinkedHashMap<>();
        for (String key : DIM_KEYS) {
            model.put(key, modelJson.get(key));
        }
        EncodeStats s = data.trainStats();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", 1);
        m.put("pad_id", padId);
        m.put("total_steps", totalSteps(data));
        m.put("flops_per_token", 6.0 * (dims.parameterCount() - (long) dims.vocabSize() * dims.hiddenSize()));
        m.put("base_model_name_or_path", config.model().path().toAbsolutePath().normalize().toString());
        m.put("model", model);
        m.put("records", s.records());
        m.put("kept_records", s.kept());
        m.put("skipped_records", s.skippedNoLabels());
        m.put("truncated_records", s.truncated());
        m.put("dropped_records", s.dropped());
        m.put("tokens", s.tokens());
        m.put("eval_records", data.eval().size());
        return m;
    }

    /** The run's optimizer steps, as {@code TrainingRun} counts them. */
    int totalSteps(TrainingData data) {
        return config.optimization().steps() > 0 ? config.optimization().steps()
                : (int) Math.ceil(config.optimization().epochs() * data.train().size() / config.optimization().effectiveBatch());
    }

    private void checkTarget(Path dir) throws IOException {
        if (Files.isRegularFile(dir)) {
            throw new UsageException("--out " + dir + " is a file, not a folder");
        }
        if (Files.isDirectory(dir)) {
            try (Stream<Path> list = Files.list(dir)) {
                if (list.findAny().isPresent()) {
                    throw new UsageException("--out " + dir + " is not empty (export into a new or empty folder)");
                }
            }
        }
    }

    private static void copyAdapter(Path from, Path to) throws IOException {
        LoraConfig.read(from);
        Files.createDirectories(to);
        for (String name : List.of(LoraConfig.FILE, LoraAdapter.WEIGHTS)) {
            if (!Files.isRegularFile(from.resolve(name))) {
                throw new UsageException("--init-adapter " + from + ": no " + name);
            }
            Files.copy(from.resolve(name), to.resolve(name));
        }
    }

    private static Path copyResource(String name, Path job) throws IOException {
        Path target = job.resolve(name);
        try (InputStream in = JobExport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the engine bundle lacks its job resource " + name);
            }
            Files.copy(in, target);
        }
        return target;
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.isDirectory(root)) {
            try (Stream<Path> children = Files.list(root)) {
                for (Path child : children.toList()) {
                    deleteTree(child);
                }
            }
        }
        Files.deleteIfExists(root);
    }
}

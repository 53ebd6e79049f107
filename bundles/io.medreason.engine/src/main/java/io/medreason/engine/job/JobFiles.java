package io.medreason.engine.job;

/** The names inside an exported job folder, shared by the exporter, its tests and {@code train.py}. */
public final class JobFiles {

    /** The run's training configuration, in the JSON form of {@code training_config.json} / {@code --config}. */
    public static final String CONFIG = "job.json";
    /** Tokenized training records: one {@code {"input_ids": […], "labels": […]}} per line. */
    public static final String TRAIN = "data/train.jsonl";
    /** Tokenized held-out records, same form (empty when the run has none). */
    public static final String EVAL = "data/eval.jsonl";
    /** What the trainer needs besides the configuration: pad id, model dimensions, step count, data counts. */
    public static final String META = "data/meta.json";
    /** The adapter the run starts from ({@code --init-adapter}), copied when given. */
    public static final String INIT_ADAPTER = "init-adapter";
    /** The scripts and the README copied from the engine bundle, executable first. */
    public static final String[] SCRIPTS = {"run.sh", "train.py"};
    public static final String README = "README.md";
    /** Where the job writes what a local run writes. */
    public static final String OUTPUT = "output";

    private JobFiles() {
    }
}

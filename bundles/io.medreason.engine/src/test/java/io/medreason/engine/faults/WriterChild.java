package io.medreason.engine.faults;

import io.medreason.chinese.AtomicOutput;
import io.medreason.core.io.AtomicWrite;
import io.medreason.dataset.io.DatasetIO;
import io.medreason.dataset.model.Dataset;
import io.medreason.engine.safetensors.SafeDType;
import io.medreason.engine.safetensors.SafetensorsWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A child process that rewrites one file over and over through a product writer, alternating two versions, until it
 * is killed: {@code WriterChild KIND FILE} with KIND {@code adapter} (SafetensorsWriter, as adapters, checkpoints
 * and optimizer states are written), {@code dataset} (the editor's save, DatasetIO), {@code converted} (convert's
 * AtomicOutput) or {@code config} (a run configuration, AtomicWrite). Prints "writing" after its first complete write.
 */
public final class WriterChild {

    /** Elements of the adapter tensor (16 MB: a write takes long enough to be killed in the middle). */
    static final int FLOATS = 4 << 20;

    private WriterChild() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[1]);
        Dataset[] datasets = args[0].equals("dataset") ? new Dataset[] {dataset(0), dataset(1)} : null;
        write(args[0], file, 0, datasets); // warm up: classes loaded, the next writes are the ones killed
        System.out.println("writing");
        System.out.flush();
        for (int version = 1;; version = 1 - version) {
            write(args[0], file, version, datasets);
        }
    }

    static void write(String kind, Path file, int version, Dataset[] datasets) throws IOException {
        switch (kind) {
            case "adapter" -> new SafetensorsWriter().addFloats("w", new long[] {FLOATS}, floats(version),
                    SafeDType.F32).write(file);
            case "dataset" -> DatasetIO.save(datasets[version], file);
            case "converted" -> {
                try (AtomicOutput out = new AtomicOutput(file)) {
                    out.stream().write(text(version).getBytes(StandardCharsets.UTF_8));
                    out.commit();
                }
            }
            default -> AtomicWrite.writeString(file, config(version));
        }
    }

    static float[] floats(int version) {
        float[] values = new float[FLOATS];
        Arrays.fill(values, version + 1f);
        return values;
    }

    /** A data set of 20,000 records whose every answer carries the version. */
    static Dataset dataset(int version) throws IOException {
        Path tmp = java.nio.file.Files.createTempFile("writer-child", ".jsonl");
        java.nio.file.Files.writeString(tmp, text(version));
        Dataset d = DatasetIO.load(tmp);
        java.nio.file.Files.delete(tmp);
        return d;
    }

    static String text(int version) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            sb.append("{\"Question\": \"頭痛 ").append(i).append("\", \"Complex_CoT\": \"思考\", \"Response\": \"版本 ")
                    .append(version).append("\"}\n");
        }
        return sb.toString();
    }

    static String config(int version) {
        return "{\"model\": \"m\", \"steps\": " + (100 + version) + ", \"note\": \"" + "x".repeat(1 << 20) + "\"}\n";
    }
}

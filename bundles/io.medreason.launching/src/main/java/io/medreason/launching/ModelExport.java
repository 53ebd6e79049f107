package io.medreason.launching;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * <em>Export Model…</em> of a finished run: its base model with its adapter merged, as a Hugging Face folder
 * ({@code medreason merge --dtype}) and/or a GGUF file with an Ollama Modelfile beside it ({@code medreason
 * export-gguf --type}), written into one folder: {@code merged-<dtype>/}, {@code <name>-<type>.gguf},
 * {@code Modelfile}.
 *
 * @param model the base model folder the run trained on
 * @param adapter the run's PEFT adapter folder
 * @param folder where the exports go (created when missing)
 * @param name the run's name (the GGUF file's name starts with it)
 * @param mergedDtype bf16, fp16 or fp32 for a merged folder, or null for none
 * @param ggufType f16 or q8_0 for a GGUF file, or null for none
 */
public record ModelExport(Path model, Path adapter, Path folder, String name, String mergedDtype, String ggufType)
        implements ExportPlan {

    /** The merged folder's types ({@code merge --dtype}). */
    public static final List<String> MERGED_DTYPES = List.of("bf16", "fp16", "fp32");
    /** The GGUF file types ({@code export-gguf --type}). */
    public static final List<String> GGUF_TYPES = List.of("f16", "q8_0");
    /** The Ollama Modelfile that {@code export-gguf} writes beside the GGUF file. */
    public static final String MODELFILE = "Modelfile";

    /** The export of a run: its base model (from its configuration) and adapter; null when it has neither yet. */
    public static ModelExport of(RunState run, Path folder, String mergedDtype, String ggufType) {
        Path model = run.typedConfig().map(c -> c.model().path()).orElse(null);
        Path adapter = run.adapter().orElse(null);
        return model == null || adapter == null ? null
                : new ModelExport(model, adapter, folder, run.name(), mergedDtype, ggufType);
    }

    /** The default folder: {@code export} inside the run folder. */
    public static Path defaultFolder(RunState run) {
        return run.folder().resolve("export");
    }

    /** The merged Hugging Face folder. */
    public Path mergedFolder() {
        return folder.resolve("merged-" + mergedDtype);
    }

    /** The GGUF file. */
    public Path ggufFile() {
        return folder.resolve(name.replaceAll("[^A-Za-z0-9._-]+", "_") + "-" + ggufType + ".gguf");
    }

    @Override
    public String title() {
        return "Exporting " + name + " (" + String.join(" + ", kinds()) + ")";
    }

    private List<String> kinds() {
        List<String> kinds = new ArrayList<>();
        if (mergedDtype != null) {
            kinds.add("merged " + mergedDtype);
        }
        if (ggufType != null) {
            kinds.add("GGUF " + ggufType);
        }
        return kinds;
    }

    @Override
    public String nextStep() {
        List<String> lines = new ArrayList<>();
        if (mergedDtype != null) {
            lines.add("Ask it here: medreason ask --model " + mergedFolder());
        }
        if (ggufType != null) {
            lines.add("Ollama: cd " + folder + " && ollama create " + ollamaName() + " -f " + MODELFILE);
            lines.add("llama.cpp: llama-cli -m " + ggufFile() + " -cnv");
        }
        return String.join("\n", lines);
    }

    private String ollamaName() {
        String n = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        return n.isEmpty() ? "medreason-tw" : n;
    }

    @Override
    public String problem() {
        if (mergedDtype == null && ggufType == null) {
            return "Choose a merged Hugging Face folder, a GGUF file, or both";
        }
        if (mergedDtype != null && !MERGED_DTYPES.contains(mergedDtype)) {
            return "Merged folder type must be one of " + MERGED_DTYPES + ", got " + mergedDtype;
        }
        if (ggufType != null && !GGUF_TYPES.contains(ggufType)) {
            return "GGUF type must be one of " + GGUF_TYPES + ", got " + ggufType;
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            return folder + " is a file, not a folder";
        }
        return existing();
    }

    private String existing() {
        for (Path p : outputs()) {
            if (Files.exists(p)) {
                return p + " already exists: choose another folder";
            }
        }
        return null;
    }

    @Override
    public List<EngineStep> steps() {
        List<EngineStep> steps = new ArrayList<>();
        if (mergedDtype != null) {
            steps.add(new EngineStep("Merging the adapter into a " + mergedDtype + " Hugging Face folder", "merge",
                    List.of("--model", model.toString(), "--adapter", adapter.toString(), "--out",
                            mergedFolder().toString(), "--dtype", mergedDtype), List.of(mergedFolder())));
        }
        if (ggufType != null) {
            steps.add(new EngineStep("Writing the " + ggufType + " GGUF file and its Modelfile", "export-gguf",
                    List.of("--model", model.toString(), "--adapter", adapter.toString(), "--out",
                            ggufFile().toString(), "--type", ggufType),
                    List.of(ggufFile(), folder.resolve(MODELFILE))));
        }
        return steps;
    }

    @Override
    public List<Path> outputs() {
        return steps().stream().flatMap(s -> s.outputs().stream()).toList();
    }
}

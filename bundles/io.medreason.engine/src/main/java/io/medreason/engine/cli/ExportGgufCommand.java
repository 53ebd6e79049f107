package io.medreason.engine.cli;

import io.medreason.core.cli.Flags;
import io.medreason.core.cli.Subcommand;
import io.medreason.core.cli.UsageException;
import io.medreason.engine.gguf.GgmlType;
import io.medreason.engine.gguf.GgufExport;
import io.medreason.engine.gguf.GgufVocab;
import io.medreason.engine.gguf.Modelfile;
import io.medreason.engine.model.Qwen2Config;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code medreason export-gguf}: the merged model as one GGUF file for llama.cpp and Ollama, plus a Modelfile. */
public final class ExportGgufCommand implements Subcommand {

    @Override
    public String name() {
        return "export-gguf";
    }

    @Override
    public String summary() {
        return "export the model (+ adapter, merged) as GGUF for llama.cpp / Ollama, with a Modelfile";
    }

    @Override
    public String usage() {
        return """
                medreason export-gguf --model DIR [--adapter DIR] --out FILE.gguf [--type f16|q8_0]
                  Writes a GGUF v3 file that llama.cpp loads as qwen2 (weights f16, or q8_0 blocks of 32; norms and
                  biases f32; tokenizer, chat template and hyper-parameters included) and an Ollama Modelfile beside
                  it:  ollama create medreason-tw -f Modelfile""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Flags flags = Flags.parse(args, Set.of("model", "adapter", "out", "type"), Set.of());
        if (!flags.positional().isEmpty()) {
            throw new UsageException("export-gguf takes no positional arguments, got '" + flags.positional().get(0)
                    + "'");
        }
        Path model = flags.existingPath("model");
        Path adapter = flags.has("adapter") ? flags.existingPath("adapter") : null;
        Path file = Path.of(flags.required("out"));
        if (!file.getFileName().toString().endsWith(".gguf")) {
            throw new UsageException("--out must name a .gguf file, got '" + file + "'");
        }
        if (file.toAbsolutePath().getParent() != null && !Files.isDirectory(file.toAbsolutePath().getParent())) {
            throw new UsageException("--out " + file + ": folder " + file.toAbsolutePath().getParent()
                    + " does not exist");
        }
        GgufExport.FileType type = GgufExport.FileType.parse(flags.string("type", "f16"));
        Map<String, GgmlType> tensors = GgufExport.export(model, adapter, file, type);
        Path modelfile = Modelfile.write(file, model,
                GgufVocab.read(model, Qwen2Config.read(model).vocabSize()));
        long q = tensors.values().stream().filter(t -> t == GgmlType.Q8_0).count();
        out.printf("wrote %s: %d tensors (%d q8_0, %d f16, %d f32), %.1f MB; %s beside it%n", file, tensors.size(), q,
                tensors.values().stream().filter(t -> t == GgmlType.F16).count(),
                tensors.values().stream().filter(t -> t == GgmlType.F32).count(), Files.size(file) / 1e6,
                modelfile.getFileName());
        return 0;
    }
}

package io.medreason.engine.cli;

import io.medreason.core.cli.Flags;
import io.medreason.core.cli.Subcommand;
import io.medreason.core.cli.UsageException;
import io.medreason.engine.export.ExportDType;
import io.medreason.engine.export.MergedFolder;
import io.medreason.engine.export.ShardSize;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code medreason merge}: merges a PEFT adapter into its base and writes a Hugging Face model folder. */
public final class MergeCommand implements Subcommand {

    @Override
    public String name() {
        return "merge";
    }

    @Override
    public String summary() {
        return "merge a LoRA adapter into its base model and export a Hugging Face folder";
    }

    @Override
    public String usage() {
        return """
                medreason merge --model DIR --adapter DIR --out DIR [--dtype bf16|fp16|fp32] [--max-shard-size 5GB]
                  Every tensor is stored as --dtype (default: the base's torch_dtype; bf16 and fp16 are rounded to
                  nearest even from the FP32 merge); shards of at most --max-shard-size (Hugging Face's spelling:
                  5GB, 500MB, 2GiB; default 5GB) with model.safetensors.index.json; config.json (its torch_dtype
                  set), the tokenizer files and generation_config.json are copied. Tensors stream: memory stays
                  small whatever the model's size.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Flags flags = Flags.parse(args, Set.of("model", "adapter", "out", "output", "max-shard-size", "dtype"),
                Set.of());
        if (!flags.positional().isEmpty()) {
            throw new UsageException("merge takes no positional arguments, got '" + flags.positional().get(0) + "'");
        }
        Path model = flags.existingPath("model");
        Path adapter = flags.existingPath("adapter");
        String outFlag = flags.has("output") ? "output" : "out";
        Path output = Path.of(flags.required(outFlag));
        long shard = ShardSize.parse(flags.string("max-shard-size", ShardSize.DEFAULT), "--max-shard-size");
        ExportDType dtype = flags.has("dtype") ? ExportDType.parse(flags.required("dtype"), "--dtype") : null;
        MergedFolder.Result r = MergedFolder.export(model, adapter, output, shard, dtype);
        out.printf("merged %d projections into %s: %s throughout, %d shard%s, %.1f MB of weights%n", r.merged().size(),
                output, r.dtype().flag(), r.shards(), r.shards() == 1 ? "" : "s", r.bytes() / 1e6);
        return 0;
    }
}

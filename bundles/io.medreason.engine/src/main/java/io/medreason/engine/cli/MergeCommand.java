package io.medreason.engine.cli;

import io.medreason.core.cli.Flags;
import io.medreason.core.cli.Subcommand;
import io.medreason.core.cli.UsageException;
import io.medreason.engine.lora.MergedExport;
import io.medreason.engine.safetensors.SafeDType;
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
                medreason merge --model DIR --adapter DIR --output DIR [--max-shard-mb N] [--dtype same|F32|F16|BF16]
                  Merged projections are stored in the base's type unless --dtype says otherwise; shards of at most
                  N MB (default 2048) with model.safetensors.index.json; config and tokenizer files are copied.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Flags flags = Flags.parse(args, Set.of("model", "adapter", "output", "max-shard-mb", "dtype"), Set.of());
        Path model = flags.existingPath("model");
        Path adapter = flags.existingPath("adapter");
        Path output = Path.of(flags.required("output"));
        long shardMb = flags.longValue("max-shard-mb", MergedExport.DEFAULT_MAX_SHARD_BYTES >> 20);
        if (shardMb < 1) {
            throw new UsageException("--max-shard-mb must be at least 1");
        }
        String dtypeName = flags.string("dtype", "same");
        SafeDType dtype = dtypeName.equals("same") ? null : SafeDType.parse(dtypeName.toUpperCase());
        if (!dtypeName.equals("same") && (dtype == null || !dtype.isFloat() || dtype == SafeDType.F64)) {
            throw new UsageException("--dtype must be same, F32, F16 or BF16, got '" + dtypeName + "'");
        }
        List<String> merged = MergedExport.export(model, adapter, output, shardMb << 20, dtype);
        out.println("merged " + merged.size() + " projections into " + output);
        return 0;
    }
}

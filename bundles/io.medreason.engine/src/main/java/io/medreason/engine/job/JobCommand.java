package io.medreason.engine.job;

import io.medreason.core.cli.Subcommand;
import io.medreason.core.cli.UsageException;
import io.medreason.core.run.TrainingConfig;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code medreason job export --out DIR <train flags>}: a training run as a PyTorch Distributed (torchrun) job. */
public final class JobCommand implements Subcommand {

    @Override
    public String name() {
        return "job";
    }

    @Override
    public String summary() {
        return "export a training run as a torchrun job (DDP/FSDP) for a GPU server, Slurm or Kubernetes";
    }

    @Override
    public String usage() {
        return """
                Usage: medreason job export --out DIR [--config FILE.json] --model DIR --data FILE [train flags]
                Takes the flags (and --config) of `medreason train`; --output may be left out (DIR/output).
                Writes DIR/job.json (the run's configuration), DIR/data/train.jsonl and eval.jsonl (the records
                converted, templated and tokenized as a local run would train on them: input_ids, labels with -100
                where no loss), data/meta.json, train.py (PyTorch >= 1.13, standard library + torch only), run.sh
                (torchrun; NNODES, NPROC_PER_NODE, RDZV_ENDPOINT, MODEL_DIR from the environment) and README.md
                (Slurm and Kubernetes recipes). The job writes DIR/output as a local run writes its output folder:
                metrics.jsonl, checkpoint-N/, and the final PEFT adapter.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        if (args.isEmpty() || !args.get(0).equals("export")) {
            throw new UsageException("job: expected 'export' (medreason job export --out DIR [train flags]), got "
                    + (args.isEmpty() ? "nothing" : "'" + args.get(0) + "'"));
        }
        List<String> rest = new ArrayList<>(args.subList(1, args.size()));
        Path dir = takeOut(rest);
        if (!rest.contains("--output") && rest.stream().noneMatch(a -> a.startsWith("--output="))) {
            rest.addAll(List.of("--output", dir.resolve(JobFiles.OUTPUT).toString()));
        }
        new JobExport(TrainingConfig.fromArgs(rest), out).export(dir);
        return 0;
    }

    /** Removes {@code --out DIR} (or {@code --out=DIR}) from the arguments and returns DIR. */
    static Path takeOut(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--out=")) {
                args.remove(i);
                return Path.of(a.substring("--out=".length()));
            }
            if (a.equals("--out")) {
                if (i + 1 == args.size()) {
                    throw new UsageException("flag --out needs a value (the job folder)");
                }
                String value = args.remove(i + 1);
                args.remove(i);
                return Path.of(value);
            }
        }
        throw new UsageException("missing required flag --out (the job folder to write)");
    }
}

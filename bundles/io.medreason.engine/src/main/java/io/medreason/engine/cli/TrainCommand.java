package io.medreason.engine.cli;

import io.medreason.core.cli.Subcommand;
import io.medreason.core.run.RunSummary;
import io.medreason.core.run.TrainingConfig;
import io.medreason.core.run.TrainingOptionsHelp;
import io.medreason.engine.train.StopSignal;
import io.medreason.engine.train.TrainingRun;

import java.io.PrintStream;
import java.util.List;

/** {@code medreason train}: LoRA fine-tuning with Hugging Face Trainer + PEFT semantics. */
public final class TrainCommand implements Subcommand {

    @Override
    public String name() {
        return "train";
    }

    @Override
    public String summary() {
        return "LoRA fine-tune a Qwen2 model on medical-o1 or raw text data (checkpoints, resume, live metrics)";
    }

    @Override
    public String usage() {
        return """
                Usage: medreason train --model DIR --data FILE --output DIR [--config FILE.json] [settings]

                Settings (defaults are the reference recipe: Qwen2.5-3B-Instruct on medical-o1 in Taiwan Traditional
                Chinese). --config FILE.json holds the same keys with typed values ({"lora-r": 32, "lr": 0.0002});
                flags override it. A run writes its settings to <output>/training_config.json.
                """ + TrainingOptionsHelp.text() + """


                Data: a JSON array or JSON Lines of medical-o1 records (Question, Complex_CoT, Response) or of raw
                {"text": ...} records. Every text field is converted (--convert) before templating.
                Writes <output>/checkpoint-N (adapter + optimizer + trainer_state.json; the newest --save-total-limit
                are kept), <output>/metrics.jsonl (one JSON object per step, then a summary) and the final adapter in
                PEFT layout in <output>. SIGTERM or a "stop" line on the progress socket: checkpoint, then exit 0;
                --resume continues.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        TrainingConfig config = TrainingConfig.fromArgs(args);
        StopSignal stop = new StopSignal();
        stop.handleSigterm();
        RunSummary summary = new TrainingRun(config, out, stop).execute();
        if (summary.stopped()) {
            out.println("stopped by " + stop.reason());
        }
        return 0;
    }
}

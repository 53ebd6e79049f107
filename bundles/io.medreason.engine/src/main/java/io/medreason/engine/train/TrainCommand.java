package io.medreason.engine.train;

import io.medreason.core.cli.Subcommand;
import io.medreason.core.run.RunSummary;
import io.medreason.core.run.TrainingConfig;

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
                Usage: medreason train --model DIR --data FILE --output DIR [--config FILE.json] [--init-adapter DIR]
                         [--resume] [--steps N | --epochs E] [--lr 2e-4] [--scheduler linear|cosine|constant]
                         [--warmup-steps 5] [--weight-decay 0.01] [--max-grad-norm 1.0] [--batch-size 2]
                         [--grad-accum 8] [--max-length 2048] [--lora-r 32] [--lora-alpha 32] [--lora-dropout 0]
                         [--targets q_proj,k_proj,v_proj,o_proj,gate_proj,up_proj,down_proj]
                         [--template chatml-reasoning|alpaca-reasoning|raw|FILE] [--train-on assistant|all]
                         [--convert s2twp|s2tw|s2t|none] [--seed 3407] [--no-shuffle] [--precision fp32|fp16]
                         [--device auto|cpu|gpu] [--attn-implementation sdpa|eager] [--gradient-checkpointing]
                         [--checkpoint-every 50]
                         [--eval-data FILE | --eval-fraction F] [--eval-every N] [--progress-port N]

                Data: a JSON array or JSON Lines of medical-o1 records (Question, Complex_CoT, Response) or of raw
                {"text": ...} records. Every text field is converted (--convert, default s2twp) before templating.
                --config FILE.json holds the same keys as the flags ({"lora-r": 32, ...}); flags override it.
                Defaults are the reference recipe (Qwen2.5-3B-Instruct on medical-o1 in Taiwan Traditional Chinese).
                --attn-implementation sdpa (default) runs torch.scaled_dot_product_attention's fused kernels; eager
                materialises the attention scores (same results within rounding, more memory, slower on long input).
                Writes <output>/checkpoint-N (adapter + optimizer + trainer_state.json), <output>/metrics.jsonl
                (one JSON object per step, then a summary) and the final adapter in PEFT layout in <output>.
                SIGTERM or a "stop" line on the progress socket: checkpoint, then exit 0; --resume continues.""";
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

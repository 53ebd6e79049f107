package io.medreason.engine.cli;

import ai.djl.Device;
import ai.djl.ndarray.types.DataType;

import io.medreason.core.cli.Flags;
import io.medreason.core.cli.Subcommand;
import io.medreason.core.cli.UsageException;
import io.medreason.core.run.RunSummary;
import io.medreason.core.run.StepMetrics;
import io.medreason.core.run.TrainingConfig;
import io.medreason.core.run.TrainingOption;
import io.medreason.engine.Engine;
import io.medreason.engine.generate.GenerationConfig;
import io.medreason.engine.generate.Generator;
import io.medreason.engine.lora.LoraAdapter;
import io.medreason.engine.model.Qwen2Model;
import io.medreason.engine.text.ChatMl;
import io.medreason.engine.text.QwenTokenizer;
import io.medreason.engine.train.CausalLm;
import io.medreason.engine.train.HeldOutLoss;
import io.medreason.engine.train.ScriptShare;
import io.medreason.engine.train.StopSignal;
import io.medreason.engine.train.TokenizedExample;
import io.medreason.engine.train.TrainingData;
import io.medreason.engine.train.TrainingListener;
import io.medreason.engine.train.TrainingRun;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code medreason demo}: the whole job on what ships with the project, offline, in a few minutes on a small CPU —
 * the sample records (Simplified Chinese, converted with s2twp on the fly), a LoRA fine-tune of the tiny Qwen2 model,
 * the adapter written, and the seed question asked before and after with measurable differences.
 */
public final class DemoCommand implements Subcommand {

    /** The question the project was started for. */
    public static final String SEED_QUESTION = "醫生，我最近早上起床都會頭暈，而且手指尖有點麻麻的，這是中風的前兆嗎？";

    private static final GenerationConfig SAMPLING = new GenerationConfig(48, 0.7, 40, 0.95, 1.1, 7);

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String summary() {
        return "fine-tune the bundled tiny model on the bundled samples and ask the seed question before and after";
    }

    @Override
    public String usage() {
        return """
                Usage: medreason demo [--model DIR] [--data FILE] [--output DIR] [--steps 30] [--max-length 160]
                                      [--lr 0.02] [--seed 3407]
                Defaults: models/tiny-qwen2 and samples/medical-o1-zh-sample.json of the installation; the adapter
                goes to a new folder under the system's temporary folder unless --output is given.""";
    }

    /** A one-minute CPU run: 160 tokens (the sample's records cut to fit), rank 16, 30 steps of batch 2. */
    private static TrainingConfig recipe(Flags f, Path model, Path data, Path output) {
        return TrainingConfig.builder().set(TrainingOption.MODEL, model).set(TrainingOption.DATA, data)
                .set(TrainingOption.OUTPUT, output).set(TrainingOption.STEPS, f.string("steps", "30"))
                .set(TrainingOption.BATCH_SIZE, 2).set(TrainingOption.GRAD_ACCUM, 1)
                .set(TrainingOption.MAX_LENGTH, f.string("max-length", "160"))
                .set(TrainingOption.LR, f.string("lr", "0.02")).set(TrainingOption.WARMUP_STEPS, 3)
                .set(TrainingOption.LORA_R, 16).set(TrainingOption.LORA_ALPHA, 32)
                .set(TrainingOption.EVAL_FRACTION, 0.15).set(TrainingOption.CHECKPOINT_EVERY, 0)
                .set(TrainingOption.SEED, f.string("seed", "3407")).set(TrainingOption.DEVICE, "cpu")
                .set(TrainingOption.TRUNCATION, "cut").build();
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Flags f = Flags.parse(args, Set.of("model", "data", "output", "steps", "max-length", "lr", "seed"), Set.of());
        Path home = Path.of(System.getProperty("medreason.home", "."));
        Path model = existing(f.string("model", home.resolve("models/tiny-qwen2").toString()), "model");
        Path data = existing(f.string("data", home.resolve("samples/medical-o1-zh-sample.json").toString()), "data");
        Path output = f.has("output") ? Path.of(f.string("output", "")) : Files.createTempDirectory("medreason-demo-");
        TrainingConfig config = recipe(f, model, data, output);
        TrainingConfig unconverted = config.with(TrainingOption.CONVERT, "none");
        out.println("MedReason demo: LoRA fine-tuning of " + model + " on " + data + " (converted with s2twp)");
        Engine.init();
        try (QwenTokenizer tokenizer = QwenTokenizer.load(model);
                Qwen2Model qwen = Qwen2Model.load(model, Device.cpu(), DataType.FLOAT32)) {
            TrainingData heldOut = TrainingData.load(config, tokenizer);
            List<TokenizedExample> heldOutSimplified = TrainingData.load(unconverted, tokenizer).eval();
            long pad = tokenizer.id(QwenTokenizer.END_OF_TEXT);
            CausalLm view = TrainingRun.modelView(qwen);
            long[] prompt = tokenizer.encode(ChatMl.prompt(null, SEED_QUESTION));
            out.println();
            out.println("Question: " + SEED_QUESTION);
            Figures before = new Figures(answer(qwen, tokenizer, prompt),
                    HeldOutLoss.of(view, heldOut.eval(), 2, pad, qwen.manager()),
                    HeldOutLoss.of(view, heldOutSimplified, 2, pad, qwen.manager()));
            out.println("Before fine-tuning: " + oneLine(before.answer()));
            out.println();
            List<Double> losses = new ArrayList<>();
            RunSummary summary = new TrainingRun(config, out, new StopSignal()).listen(new TrainingListener() {
                @Override
                public void onStep(StepMetrics m) {
                    losses.add(m.loss());
                }
            }).execute();
            LoraAdapter.load(qwen, output);
            Figures after = new Figures(answer(qwen, tokenizer, prompt),
                    HeldOutLoss.of(view, heldOut.eval(), 2, pad, qwen.manager()),
                    HeldOutLoss.of(view, heldOutSimplified, 2, pad, qwen.manager()));
            out.println();
            out.println("After fine-tuning:  " + oneLine(after.answer()));
            report(out, losses, summary, before, after, heldOut.eval().size(), output, model);
        }
        return 0;
    }

    private static String answer(Qwen2Model model, QwenTokenizer tokenizer, long[] prompt) {
        Generator generator = new Generator(model, tokenizer);
        return generator.generate(prompt, SAMPLING, text -> { }).text();
    }

    /** What the demo measures on the model, before and after training. */
    private record Figures(String answer, double heldOutLoss, double heldOutLossSimplified) {

        /** How much better the model predicts the Traditional text than the same text in Simplified characters. */
        double traditionalPreference() {
            return heldOutLossSimplified - heldOutLoss;
        }
    }

    private static void report(PrintStream out, List<Double> losses, RunSummary summary, Figures before,
            Figures after, int heldOut, Path output, Path model) {
        ScriptShare b = ScriptShare.of(before.answer());
        ScriptShare a = ScriptShare.of(after.answer());
        out.println();
        out.println("What changed (same question, same sampling seed):");
        out.printf(Locale.ROOT, "  training loss                   %.4f (step 1) -> %.4f (step %d)%n", losses.get(0),
                losses.get(losses.size() - 1), losses.size());
        out.printf(Locale.ROOT, "  held-out loss, %d records        %.4f -> %.4f%n", heldOut, before.heldOutLoss(),
                after.heldOutLoss());
        out.printf(Locale.ROOT, "  same records left in Simplified  %.4f -> %.4f%n", before.heldOutLossSimplified(),
                after.heldOutLossSimplified());
        out.printf(Locale.ROOT, "  Traditional preference           %+.4f -> %+.4f nats/token (Simplified loss minus"
                + " Traditional loss)%n", before.traditionalPreference(), after.traditionalPreference());
        out.printf(Locale.ROOT, "  Han characters in the answer     %d -> %d; Traditional share %s -> %s "
                + "(Traditional-only/Simplified-only characters %d/%d -> %d/%d)%n", b.han(), a.han(),
                percent(b.traditionalShare()), percent(a.traditionalShare()), b.traditional(), b.simplified(),
                a.traditional(), a.simplified());
        out.printf(Locale.ROOT, "  run                              %.1f s, %.2f samples/s; adapter in %s%n",
                summary.trainRuntime(), summary.trainSamplesPerSecond(), output);
        out.println();
        boolean learnt = after.heldOutLoss() < before.heldOutLoss();
        boolean prefers = after.traditionalPreference() > before.traditionalPreference();
        out.println("What this shows, honestly: " + model.getFileName() + " is a tiny random network (2 layers,"
                + " hidden size 32, a frozen random vocabulary), so it cannot know medicine or write sentences, before"
                + " or after; its answers are noise. What the demo shows is the machinery working end to end: the"
                + " records are converted to Taiwan Traditional Chinese on the fly, the LoRA adapter is trained and"
                + " written, and the change is measurable: the held-out loss " + (learnt ? "fell" : "did not fall")
                + " and the model " + (prefers ? "now prefers" : "does not yet prefer") + " the Traditional form of"
                + " unseen records over their Simplified form. Whether its sampled words look Traditional is left to"
                + " chance at this size. It cannot tell you whether dizziness with numb fingertips is a stroke warning:"
                + " sudden one-sided weakness or numbness, a drooping face or slurred speech means calling emergency"
                + " services at once.");
        out.println();
        out.println("The same job on the real model (Qwen2.5-3B-Instruct, reference recipe: r 32 on all 7 projections,"
                + " 2048 tokens, 200 steps of 2 x 8; about 1.5-2 h on a 16 GB T4):");
        out.println("  medreason train --model /path/to/Qwen2.5-3B-Instruct --data medical_o1_sft_Chinese.json"
                + " --output runs/qwen2.5-3b-medical-tw --device gpu --precision fp16 --gradient-checkpointing");
        out.println("  medreason ask --model /path/to/Qwen2.5-3B-Instruct --adapter runs/qwen2.5-3b-medical-tw \""
                + SEED_QUESTION + "\"");
    }

    private static Path existing(String path, String what) {
        Path p = Path.of(path);
        if (!Files.exists(p)) {
            throw new UsageException("--" + what + ": " + p + " does not exist (run from the MedReason folder or give"
                    + " --" + what + ")");
        }
        return p;
    }

    private static String oneLine(String text) {
        return text.replace('\n', ' ').strip();
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "n/a" : String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }
}

package io.medreason.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;

import io.medreason.core.cli.RunFailure;
import io.medreason.core.run.StepMetrics;
import io.medreason.engine.Engine;
import io.medreason.engine.lora.LoraAdapter;
import io.medreason.engine.lora.LoraConfig;
import io.medreason.engine.model.Qwen2Model;
import io.medreason.engine.safetensors.SafeDType;
import io.medreason.engine.safetensors.SafetensorsWriter;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FP16 as PyTorch autocast does it: a model with a "massive activation" (one hidden dimension of the residual stream
 * beyond FP16's 65,504, as real Qwen2 checkpoints have) trains with an FP16 base — finite losses within 1e-2 relative
 * of FP32, no step skipped — because the residual stream, the norms and the loss stay FP32 while the projections run in
 * FP16. With an FP16 residual stream the first forward pass overflows to infinity.
 */
class MassiveActivationFp16Test {

    private static final int D = 32;
    private static final int I = 64;
    private static final int V = 300;
    private static final int LAYERS = 2;
    private static final float MASSIVE = 50_000f;
    private static final int STEPS = 4;

    @Test
    void fp16BaseTrainsWithAResidualStreamBeyondFp16Range(@TempDir Path dir) throws Exception {
        Path model = writeModel(dir.resolve("massive"), 50f);
        List<TokenizedExample> records = records();
        double peak = residualPeak(model, records.get(0).ids());
        System.out.printf("fixture: largest |residual| %.0f (FP16 max 65504)%n", peak);
        assertTrue(peak > 65504, "the fixture's residual stream must exceed FP16's range, got " + peak);

        List<StepMetrics> fp32 = train(model, DataType.FLOAT32, records, dir.resolve("fp32"));
        List<StepMetrics> fp16 = train(model, DataType.FLOAT16, records, dir.resolve("fp16"));
        double worst = 0;
        for (int i = 0; i < STEPS; i++) {
            double a = fp16.get(i).loss();
            double b = fp32.get(i).loss();
            System.out.printf("step %d: fp32 %.5f fp16 %.5f%s%n", i + 1, b, a, fp16.get(i).skipped() ? " skipped" : "");
            assertTrue(Double.isFinite(a), "fp16 loss at step " + (i + 1) + " is " + a);
            worst = Math.max(worst, Math.abs(a - b) / Math.abs(b));
        }
        System.out.printf("fp16 vs fp32 with massive activations: largest relative loss difference %.3e%n", worst);
        assertTrue(worst < 1e-2, "relative difference " + worst);
        assertEquals(0, fp16.stream().filter(StepMetrics::skipped).count(), "no fp16 step skipped");
    }

    /** Largest |value| of the FP32 residual stream over the layers, for the first record. */
    private static double residualPeak(Path dir, long[] ids) {
        Engine.init();
        try (Qwen2Model model = Qwen2Model.load(dir, Device.cpu(), DataType.FLOAT32);
                NDManager m = model.manager().newSubManager()) {
            NDArray x = model.embed(m.create(new long[][] {ids}));
            var in = model.layerInputs(null, x, 0);
            double peak = x.abs().max().getFloat();
            for (int i = 0; i < LAYERS; i++) {
                x = model.layer(i, x, in);
                peak = Math.max(peak, x.abs().max().getFloat());
            }
            return peak;
        }
    }

    @Test
    void aRunWhoseFp16OverflowsAtEveryStepStopsAndSaysWhatToDo(@TempDir Path dir) throws Exception {
        Path model = writeModel(dir.resolve("overflowing"), 5000f); // down_proj's FP16 output itself passes 65,504
        RunFailure failure = assertThrows(RunFailure.class,
                () -> train(model, DataType.FLOAT16, records(), dir.resolve("fp16"), 40));
        System.out.println("message: " + failure.getMessage());
        assertTrue(failure.getMessage().contains("20 steps in a row"), failure.getMessage());
        assertTrue(failure.getMessage().contains("--precision fp32"), failure.getMessage());
        List<StepMetrics> fp32 = train(model, DataType.FLOAT32, records(), dir.resolve("fp32"), 2);
        assertTrue(Double.isFinite(fp32.get(1).loss()), "the same model trains in FP32");
    }

    private static List<StepMetrics> train(Path dir, DataType dtype, List<TokenizedExample> records, Path out) {
        return train(dir, dtype, records, out, STEPS);
    }

    private static List<StepMetrics> train(Path dir, DataType dtype, List<TokenizedExample> records, Path out,
            int steps) {
        Engine.init();
        Engine.seed(7);
        try (Qwen2Model model = Qwen2Model.load(dir, Device.cpu(), dtype)) {
            LoraAdapter adapter = LoraAdapter.create(model, LoraConfig.of(4, 8, 0, LoraConfig.ALL_TARGETS), 11);
            TrainerOptions options = new TrainerOptions(steps, new LrSchedule("constant", 2e-3, 0, steps), 0, 1.0, 2,
                    1, 0, 0, false, 0, 0, 0, dtype == DataType.FLOAT16);
            List<StepMetrics> reported = new ArrayList<>();
            new Trainer(TrainingRun.modelView(model), adapter.parameters(), model.manager(), options, records,
                    List.of(), new Checkpoints(out), adapter::save, new TrainingListener() {
                        @Override
                        public void onStep(StepMetrics s) {
                            reported.add(s);
                        }
                    }).run(new TrainerState(), () -> false);
            return reported;
        }
    }

    private static List<TokenizedExample> records() {
        Random r = new Random(3);
        List<TokenizedExample> out = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            out.add(new TokenizedExample(r.longs(12 + 3 * i, 1, V).toArray(), 2));
        }
        return out;
    }

    /**
     * A Qwen2 folder whose embedding carries {@value #MASSIVE} in dimension 0 of every token and whose MLPs add about
     * 10^4 more there each layer: gate_proj = up_proj makes silu(g)·g ≥ 0, and down_proj's row 0 is positive.
     */
    private static Path writeModel(Path dir, float downRow0) throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("config.json"), """
                {"architectures": ["Qwen2ForCausalLM"], "model_type": "qwen2", "hidden_size": %d,
                 "num_hidden_layers": %d, "num_attention_heads": 4, "num_key_value_heads": 2,
                 "intermediate_size": %d, "vocab_size": %d, "rope_theta": 1000000.0, "rms_norm_eps": 1e-06,
                 "hidden_act": "silu", "tie_word_embeddings": false}
                """.formatted(D, LAYERS, I, V), StandardCharsets.UTF_8);
        Random r = new Random(42);
        SafetensorsWriter w = new SafetensorsWriter();
        float[] embed = gaussian(r, V * D, 1f);
        for (int v = 0; v < V; v++) {
            embed[v * D] = MASSIVE;
        }
        w.addFloats("model.embed_tokens.weight", new long[] {V, D}, embed, SafeDType.F32);
        for (int l = 0; l < LAYERS; l++) {
            String p = "model.layers." + l + ".";
            w.addFloats(p + "input_layernorm.weight", new long[] {D}, ones(D), SafeDType.F32);
            w.addFloats(p + "post_attention_layernorm.weight", new long[] {D}, ones(D), SafeDType.F32);
            for (String proj : new String[] {"q_proj", "k_proj", "v_proj"}) {
                int out = proj.equals("q_proj") ? D : D / 2;
                w.addFloats(p + "self_attn." + proj + ".weight", new long[] {out, D}, gaussian(r, out * D, 0.2f),
                        SafeDType.F32);
                w.addFloats(p + "self_attn." + proj + ".bias", new long[] {out}, gaussian(r, out, 0.1f), SafeDType.F32);
            }
            w.addFloats(p + "self_attn.o_proj.weight", new long[] {D, D}, gaussian(r, D * D, 0.2f), SafeDType.F32);
            float[] gate = gaussian(r, I * D, 0.5f);
            w.addFloats(p + "mlp.gate_proj.weight", new long[] {I, D}, gate, SafeDType.F32);
            w.addFloats(p + "mlp.up_proj.weight", new long[] {I, D}, gate, SafeDType.F32);
            float[] down = gaussian(r, D * I, 0.1f);
            for (int j = 0; j < I; j++) {
                down[j] = downRow0 * (0.5f + r.nextFloat()); // row 0: positive, so dimension 0 only grows
            }
            w.addFloats(p + "mlp.down_proj.weight", new long[] {D, I}, down, SafeDType.F32);
        }
        w.addFloats("model.norm.weight", new long[] {D}, ones(D), SafeDType.F32);
        w.addFloats("lm_head.weight", new long[] {V, D}, gaussian(r, V * D, 0.5f), SafeDType.F32);
        w.write(dir.resolve("model.safetensors"));
        return dir;
    }

    private static float[] gaussian(Random r, int n, float std) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) r.nextGaussian() * std;
        }
        return a;
    }

    private static float[] ones(int n) {
        float[] a = new float[n];
        java.util.Arrays.fill(a, 1f);
        return a;
    }
}

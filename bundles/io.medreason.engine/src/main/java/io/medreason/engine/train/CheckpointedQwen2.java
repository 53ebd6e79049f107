package io.medreason.engine.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;

import io.medreason.engine.Engine;
import io.medreason.engine.model.LayerInputs;
import io.medreason.engine.model.Qwen2Model;

/**
 * Activation checkpointing per decoder layer ({@code --gradient-checkpointing}, Hugging Face's
 * {@code gradient_checkpointing_enable()}): the forward pass keeps only each layer's input (B, T, D), without a graph;
 * the backward pass runs from the top, recomputing one layer at a time with its graph and back-propagating the
 * incoming gradient through it ({@code JniUtils.backward} with a gradient: the vector-Jacobian product). Memory for
 * activations drops from all layers to one layer plus L inputs, for about one extra forward pass. Dropout is re-seeded
 * per layer so the recomputed pass draws the same masks.
 */
public final class CheckpointedQwen2 implements CausalLm {

    private final Qwen2Model model;
    private final CausalLm plain;
    private long recomputed;

    public CheckpointedQwen2(Qwen2Model model) {
        this.model = model;
        this.plain = TrainingRun.modelView(model);
    }

    @Override
    public NDArray hidden(NDArray ids, NDArray mask) {
        return plain.hidden(ids, mask);
    }

    @Override
    public NDArray logits(NDArray hidden) {
        return plain.logits(hidden);
    }

    @Override
    public void setTraining(boolean training) {
        plain.setTraining(training);
    }

    @Override
    public double lossAndBackward(Batch batch, NDArray scale, GradientCollector collector) {
        return lossAndBackward(batch, scale, collector, ChunkedCausalLmLoss.ROWS);
    }

    /** As above with the LM head's logits made for {@code headRows} label positions at a time. */
    double lossAndBackward(Batch batch, NDArray scale, GradientCollector collector, int headRows) {
        NDManager m = batch.ids().getManager();
        int layers = model.config().numHiddenLayers();
        long seedBase = m.randomInteger(0, Integer.MAX_VALUE, new Shape(), DataType.INT64).getLong();
        NDArray[] inputs = new NDArray[layers + 1];
        LayerInputs in;
        JniUtils.setGradMode(false);
        try {
            inputs[0] = model.embed(batch.ids());
            in = model.layerInputs(batch.mask(), inputs[0], 0);
            for (int i = 0; i < layers; i++) {
                Engine.seed(seedBase + i);
                try (NDScope layer = new NDScope()) { // the layer's temporaries end with its scope
                    inputs[i + 1] = keep(model.layer(i, inputs[i], in));
                }
            }
        } finally {
            JniUtils.setGradMode(true);
        }
        double loss;
        NDArray grad;
        try (NDScope head = new NDScope()) {
            NDArray top = leaf(inputs[layers]);
            loss = ChunkedCausalLmLoss.backward(this, model.finalNorm(top), batch, scale, collector, headRows);
            grad = keep(top.getGradient().duplicate());
        }
        for (int i = layers - 1; i >= 0; i--) {
            try (NDScope layer = new NDScope()) {
                NDArray input = leaf(inputs[i]);
                Engine.seed(seedBase + i);
                NDArray out = model.layer(i, input, in);
                recomputed++;
                JniUtils.backward((PtNDArray) out, (PtNDArray) grad.toType(out.getDataType(), false), false, false);
                grad.close();
                grad = keep(input.getGradient().duplicate());
            }
            inputs[i + 1].close();
        }
        grad.close();
        return loss;
    }

    /** Decoder layers run a second time for backward so far (one per layer and micro-batch). */
    public long recomputedLayers() {
        return recomputed;
    }

    /** Takes {@code x} out of the current scope (it stays in its manager) so the scope's end does not close it. */
    private static NDArray keep(NDArray x) {
        NDScope.unregister(x);
        return x;
    }

    /** A detached copy of {@code x} that collects its own gradient. */
    private static NDArray leaf(NDArray x) {
        NDArray leaf = x.stopGradient();
        leaf.setRequiresGradient(true);
        return leaf;
    }
}

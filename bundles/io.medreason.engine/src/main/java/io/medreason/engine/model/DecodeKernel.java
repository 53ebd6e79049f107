package io.medreason.engine.model;

import ai.djl.ndarray.types.DataType;
import io.medreason.core.cli.VectorSupport;

/**
 * How asking decodes each token after the prompt (the prompt itself always goes through PyTorch).
 */
public enum DecodeKernel {

    /** PyTorch's operators ({@link AskingLayer}): any device, any type. */
    PYTORCH("PyTorch operators"),

    /**
     * The Java vector kernels ({@link VectorDecoder}): FP32 weights on the CPU, in a JVM started with the Vector API
     * ({@link VectorSupport#JVM_OPTION}).
     */
    JAVA_VECTOR("Java vector kernels");

    private final String label;

    DecodeKernel(String label) {
        this.label = label;
    }

    /** The fastest kernel {@code model} can use in this JVM. */
    public static DecodeKernel fastest(Qwen2Model model) {
        return javaVectorUnavailable(model) == null ? JAVA_VECTOR : PYTORCH;
    }

    /** Why {@link #JAVA_VECTOR} cannot decode {@code model} here, or null when it can. */
    public static String javaVectorUnavailable(Qwen2Model model) {
        if (model.device().isGpu()) {
            return "the model is on the GPU";
        }
        if (model.dtype() != DataType.FLOAT32) {
            return "the weights are " + model.dtype().name().toLowerCase(java.util.Locale.ROOT) + ", not float32";
        }
        return VectorSupport.unavailableReason();
    }

    /** e.g. {@code Java vector kernels}. */
    public String label() {
        return label;
    }
}

package io.medreason.engine;

import ai.djl.Device;
import ai.djl.ndarray.types.DataType;
import java.util.Locale;

/**
 * What {@code --precision auto} means on a device: fp32 on the CPU; fp16 on a CUDA GPU. A GPU below compute
 * capability 8.0 (a T4 is 7.5, a V100 7.0) has no bf16; one at 8.0 or above has, but DJL 0.33 has no bf16 type (it
 * aborts the JVM), so fp16 there too: frozen weights in half precision, LoRA weights in fp32, loss scaling.
 *
 * @param precision the {@code --precision} value: {@code fp32} or {@code fp16}
 * @param reason why, in a few words
 */
public record PrecisionChoice(String precision, String reason) {

    /**
     * The choice for {@code device}.
     *
     * @param computeCapability the GPU's compute capability as DJL's {@code CudaUtils} gives it ({@code "75"}) or
     *            dotted ({@code "7.5"}); null when unknown (ignored on the CPU)
     */
    public static PrecisionChoice auto(Device device, String computeCapability) {
        if (!device.isGpu()) {
            return new PrecisionChoice("fp32", "CPU");
        }
        double cc = parse(computeCapability);
        if (Double.isNaN(cc)) {
            return new PrecisionChoice("fp16", "CUDA GPU of unknown compute capability; DJL 0.33 has no bf16");
        }
        String where = String.format(Locale.ROOT, "CUDA GPU, compute capability %.1f", cc);
        return cc < 8.0 ? new PrecisionChoice("fp16", where + ": no bf16 below 8.0")
                : new PrecisionChoice("fp16", where + ": has bf16, but DJL 0.33 has no bf16 type");
    }

    /** The element type of the frozen weights. */
    public DataType dataType() {
        return precision.equals("fp16") ? DataType.FLOAT16 : DataType.FLOAT32;
    }

    /** {@code "75"} or {@code "7.5"} → 7.5; NaN when null or unreadable. */
    static double parse(String cc) {
        if (cc == null || cc.isBlank()) {
            return Double.NaN;
        }
        String s = cc.strip();
        try {
            if (s.contains(".")) {
                return Double.parseDouble(s);
            }
            int v = Integer.parseInt(s);
            return v / 10 + (v % 10) / 10.0;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    @Override
    public String toString() {
        return precision + " (" + reason + ")";
    }
}

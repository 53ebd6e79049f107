package io.medreason.engine.export;

import io.medreason.core.cli.UsageException;
import io.medreason.engine.safetensors.Bf16;
import io.medreason.engine.safetensors.SafeDType;
import java.nio.ByteBuffer;
import java.util.Locale;

/**
 * The one floating point type of an exported model folder, with its flag spelling ({@code bf16}), its
 * {@code config.json} {@code torch_dtype} ({@code bfloat16}) and its safetensors type. Narrowing from FP32 rounds to
 * nearest even (BF16: {@link Bf16#fromFloat}; FP16: {@link Float#floatToFloat16}).
 */
public enum ExportDType {
    BF16("bf16", "bfloat16", SafeDType.BF16), FP16("fp16", "float16", SafeDType.F16),
    FP32("fp32", "float32", SafeDType.F32);

    private final String flag;
    private final String torchDtype;
    private final SafeDType stored;

    ExportDType(String flag, String torchDtype, SafeDType stored) {
        this.flag = flag;
        this.torchDtype = torchDtype;
        this.stored = stored;
    }

    /** {@code bf16}, {@code fp16} or {@code fp32} (also their torch and safetensors spellings), else a usage error. */
    public static ExportDType parse(String flagValue, String flagName) {
        String v = flagValue.toLowerCase(Locale.ROOT);
        for (ExportDType t : values()) {
            if (v.equals(t.flag) || v.equals(t.torchDtype) || v.equals(t.stored.name().toLowerCase(Locale.ROOT))) {
                return t;
            }
        }
        throw new UsageException(flagName + " must be bf16, fp16 or fp32, got '" + flagValue + "'");
    }

    /** The type of a stored floating point tensor (F64 is exported as FP32). */
    public static ExportDType of(SafeDType dtype) {
        return switch (dtype) {
            case BF16 -> BF16;
            case F16 -> FP16;
            default -> FP32;
        };
    }

    public String flag() {
        return flag;
    }

    /** The {@code torch_dtype} value of {@code config.json}. */
    public String torchDtype() {
        return torchDtype;
    }

    public SafeDType stored() {
        return stored;
    }

    /** Appends {@code values[0..n)} to {@code out} (little-endian) in this type. */
    public void encode(float[] values, int n, ByteBuffer out) {
        switch (this) {
            case FP32 -> out.asFloatBuffer().put(values, 0, n);
            case FP16 -> {
                for (int i = 0; i < n; i++) {
                    out.putShort(out.position() + 2 * i, Float.floatToFloat16(values[i]));
                }
            }
            case BF16 -> {
                for (int i = 0; i < n; i++) {
                    out.putShort(out.position() + 2 * i, Bf16.fromFloat(values[i]));
                }
            }
        }
        out.position(out.position() + n * stored.bytes());
    }
}

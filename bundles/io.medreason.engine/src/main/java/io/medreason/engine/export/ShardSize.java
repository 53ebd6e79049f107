package io.medreason.engine.export;

import io.medreason.core.cli.UsageException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A shard size as Hugging Face's {@code save_pretrained(max_shard_size=…)} spells it: a byte count, or a number with
 * a unit, decimal ({@code KB}, {@code MB}, {@code GB}: powers of 1000) or binary ({@code KiB}, {@code MiB},
 * {@code GiB}: powers of 1024). Hugging Face's default is {@code 5GB}.
 */
public final class ShardSize {

    /** Hugging Face's default, 5 GB. */
    public static final String DEFAULT = "5GB";

    private static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmgt]i?b)?");

    private ShardSize() {
    }

    /** Bytes of {@code text}, or a usage error naming {@code flag}. */
    public static long parse(String text, String flag) {
        Matcher m = FORM.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new UsageException(flag + " must be a size such as 5GB, 500MB or 2GiB, got '" + text + "'");
        }
        double number = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "" : m.group(2);
        double scale = switch (unit) {
            case "" -> 1;
            case "kb" -> 1e3;
            case "mb" -> 1e6;
            case "gb" -> 1e9;
            case "tb" -> 1e12;
            case "kib" -> 1L << 10;
            case "mib" -> 1L << 20;
            case "gib" -> 1L << 30;
            default -> 1L << 40;
        };
        long bytes = (long) (number * scale);
        if (bytes < 1) {
            throw new UsageException(flag + " must be at least one byte, got '" + text + "'");
        }
        return bytes;
    }
}

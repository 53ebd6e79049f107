package io.medreason.chinese.cli;

import io.medreason.chinese.ChineseConverter;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Conversion speed: the time of the first conversion in this JVM (profile build included) and characters per second
 * on one thread after warm-up. Goals: first conversion under 1 s, at least 1 million characters/s.
 * Run as {@code medreason convert --bench [--profile P] [--in FILE]} or through {@link #main}.
 */
public final class ConvertBenchmark {

    private static final String SAMPLE = "/io/medreason/chinese/bench-sample.txt";
    private static final long WARM_UP_NANOS = 2_000_000_000L;
    private static final long MEASURE_NANOS = 3_000_000_000L;

    private ConvertBenchmark() {
    }

    /** {@code ConvertBenchmark [PROFILE [FILE]]}; prints the figures. */
    public static void main(String[] args) {
        run(args.length > 0 ? args[0] : "s2twp", args.length > 1 ? Path.of(args[1]) : null, System.out);
    }

    /** Measures {@code profile} on {@code file} (or the built-in Simplified medical sample) and prints to out. */
    public static void run(String profile, Path file, PrintStream out) {
        String firstLine = "患者在家里出现面瘫，到皮肤科和信息系统查询U盘里的病历。";
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        ChineseConverter converter = ChineseConverter.of(profile);
        converter.convert(firstLine);
        double firstMs = (System.nanoTime() - start) / 1e6;
        double firstCpuMs = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        String text = file == null ? sample() : read(file);
        for (long until = System.nanoTime() + WARM_UP_NANOS; System.nanoTime() < until;) {
            converter.convert(text);
        }
        long chars = 0;
        long begin = System.nanoTime();
        long elapsed;
        do {
            chars += converter.convert(text).length() > 0 ? text.length() : 0;
            elapsed = System.nanoTime() - begin;
        } while (elapsed < MEASURE_NANOS);
        out.printf("profile %s: first conversion %.0f ms (%.0f ms CPU on this thread; goal < 1000 ms); %.2f million "
                + "chars/s on one thread after warm-up (goal >= 1), text %d chars, %d processors, load %.1f%n",
                profile, firstMs, firstCpuMs, chars / (elapsed / 1e9) / 1e6, text.length(),
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static String sample() {
        try (InputStream in = ConvertBenchmark.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IllegalStateException(SAMPLE + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new io.medreason.core.cli.UsageException("--in: cannot read " + file + " as UTF-8 text");
        }
    }
}

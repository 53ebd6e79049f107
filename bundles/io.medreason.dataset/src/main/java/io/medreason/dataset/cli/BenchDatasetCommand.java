package io.medreason.dataset.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.medreason.core.cli.Flags;
import io.medreason.core.cli.Subcommand;
import io.medreason.dataset.bench.SyntheticData;
import io.medreason.dataset.io.DatasetIO;
import io.medreason.dataset.model.Dataset;

/**
 * {@code medreason bench dataset} (registered as {@code bench-dataset}): generates a medical-o1-style file, loads it
 * and prints load time, MB/s and heap, beside Python's {@code json.load} of the same file.
 */
public final class BenchDatasetCommand implements Subcommand {

    private static final String PYTHON = "import json, resource, sys, time\n"
            + "t = time.perf_counter()\n"
            + "u = resource.getrusage(resource.RUSAGE_SELF)\n"
            + "with open(sys.argv[1], encoding='utf-8') as f:\n"
            + "    data = json.load(f)\n"
            + "s = time.perf_counter() - t\n"
            + "v = resource.getrusage(resource.RUSAGE_SELF)\n"
            + "cpu = v.ru_utime + v.ru_stime - u.ru_utime - u.ru_stime\n"
            + "print(len(data), s, v.ru_maxrss, cpu)\n";

    @Override
    public String name() {
        return "bench-dataset";
    }

    @Override
    public String summary() {
        return "benchmark loading a generated 60 MB medical-o1 data set (vs Python json.load)";
    }

    @Override
    public String usage() {
        return "medreason bench dataset [--size-mb N] [--runs N] [--keep] [--no-python]\n"
                + "  --size-mb N   size of the generated file (default 60)\n"
                + "  --runs N      loads to time after the first (default 3); the best is reported\n"
                + "  --keep        keep the generated file and print its path\n"
                + "  --no-python   do not run python3 for comparison";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Flags flags = Flags.parse(args, Set.of("size-mb", "runs"), Set.of("keep", "no-python"));
        int sizeMb = flags.integer("size-mb", 60);
        int runs = Math.max(1, flags.integer("runs", 3));
        Path folder = Files.createTempDirectory("medreason-bench-");
        Path file = folder.resolve("medical_o1_bench.json");
        try {
            int records = SyntheticData.write(file, sizeMb * 1_000_000L, 42);
            double mb = Files.size(file) / 1e6;
            out.printf("file: %.1f MB, %d records (%s)%n", mb, records, flags.has("keep") ? file : "temporary");
            Measured first = load(file);
            out.printf("first load in this JVM: %.3f s, %.0f MB/s, CPU %.3f s (all threads), peak heap %.0f MB "
                    + "(%.1fx the file), retained %.0f MB%n", first.seconds, mb / first.seconds, first.cpuSeconds,
                    first.peakMb, first.peakMb / mb, first.retainedMb);
            double best = first.seconds;
            for (int i = 0; i < runs; i++) {
                best = Math.min(best, load(file).seconds);
            }
            out.printf("best of %d more loads: %.3f s, %.0f MB/s%n", runs, best, mb / best);
            out.printf("max heap of this JVM (-Xmx): %.0f MB%n", Runtime.getRuntime().maxMemory() / 1e6);
            if (!flags.has("no-python")) {
                python(file, best, first.seconds, out);
            }
            return 0;
        } finally {
            if (!flags.has("keep")) {
                Files.deleteIfExists(file);
                Files.deleteIfExists(folder);
            }
        }
    }

    private record Measured(double seconds, double cpuSeconds, double peakMb, double retainedMb, int records) {
    }

    private static Measured load(Path file) {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        Dataset dataset = DatasetIO.load(file);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (processCpuNanos() - cpuStart) / 1e9;
        double peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / 1e6;
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        double retained = (runtime.totalMemory() - runtime.freeMemory()) / 1e6;
        int records = dataset.getRecords().size();
        return new Measured(seconds, cpu, peak, retained, records);
    }

    /** CPU time of the whole process (JIT and GC threads included), or -1 where the JVM cannot tell. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    private static void python(Path file, double javaBest, double javaFirst, PrintStream out) throws IOException,
            InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder("python3", "-c", PYTHON, file.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            out.println("python3: not found, no comparison (" + e.getMessage() + ")");
            return;
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            out.println("python3 failed: " + output);
            return;
        }
        String[] parts = output.lines().reduce((a, b) -> b).orElse("").split(" ");
        double seconds = Double.parseDouble(parts[1]);
        double rssMb = Long.parseLong(parts[2]) / 1e3;
        out.printf("python3 json.load: %.3f s, CPU %.3f s, peak RSS %.0f MB (%s records)%n", seconds,
                Double.parseDouble(parts[3]), rssMb, parts[0]);
        out.printf("ratio python/java: %.2fx (best), %.2fx (first load)%n", seconds / javaBest, seconds / javaFirst);
    }

}

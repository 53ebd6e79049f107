package io.medreason.engine.cli;

import io.medreason.core.cli.Subcommand;
import io.medreason.core.cli.UsageException;
import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;

/** {@code medreason bench KIND …}: dispatches to the {@link Benchmark} services ({@code infer}, {@code train}). */
public final class BenchCommand implements Subcommand {

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "speed benchmarks on a random Qwen2.5-0.5B-sized model (bench infer | bench train)";
    }

    @Override
    public String usage() {
        return "medreason bench KIND [flags]\n" + benchmarks().stream()
                .map(b -> "  " + b.kind() + ": " + b.summary()).collect(Collectors.joining("\n"));
    }

    private static List<Benchmark> benchmarks() {
        return List.of(new InferenceBenchmark(), new TrainBenchmark());
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        List<Benchmark> all = benchmarks();
        String kinds = all.stream().map(Benchmark::kind).collect(Collectors.joining(", "));
        if (args.isEmpty()) {
            throw new UsageException("bench needs a kind: " + kinds);
        }
        for (Benchmark b : all) {
            if (b.kind().equals(args.get(0))) {
                return b.run(args.subList(1, args.size()), out, err);
            }
        }
        throw new UsageException("unknown benchmark '" + args.get(0) + "' (available: " + kinds + ")");
    }
}

package io.medreason.launching;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The files an export wrote, one line each with its size, folders listed file by file (for the report). */
public final class WrittenFiles {

    private WrittenFiles() {
    }

    /**
     * {@code path (size)} for every regular file in or under {@code outputs}, in path order, relative to {@code base}
     * when inside it; missing ones are named.
     */
    public static List<String> describe(Path base, List<Path> outputs) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path out : outputs) {
            if (!Files.exists(out)) {
                lines.add(out + " (missing)");
                continue;
            }
            try (Stream<Path> walk = Files.walk(out)) {
                for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                    lines.add((f.startsWith(base) ? base.relativize(f) : f) + " (" + size(Files.size(f)) + ")");
                }
            }
        }
        return lines;
    }

    /** Bytes in B, KB, MB or GB (decimal, as the engine's messages print them). */
    static String size(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double v = bytes;
        int u = -1;
        while (v >= 1000 && u < units.length - 1) {
            v /= 1000;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }
}

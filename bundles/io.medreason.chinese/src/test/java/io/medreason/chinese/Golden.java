package io.medreason.chinese;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * OpenCC 1.4.2's outputs (opencc-js 1.4.2, equal to the C++ CLI 1.4.1+) committed under {@code /golden}, written by
 * {@code dev/opencc/golden.sh write}: per input line one row {@code column<TAB>text} for each column ({@code input}
 * where the input is not a corpus file, then one column per profile).
 */
final class Golden {

    private Golden() {
    }

    /** Column name to its lines, in file order. */
    static Map<String, List<String>> read(String name) throws IOException {
        String resource = "/golden/" + name + ".tsv.gz";
        try (InputStream in = Golden.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing: run dev/opencc/golden.sh write");
            }
            String text = new String(new GZIPInputStream(in).readAllBytes(), StandardCharsets.UTF_8);
            Map<String, List<String>> columns = new LinkedHashMap<>();
            for (String row : text.split("\n")) {
                if (row.startsWith("#")) {
                    continue;
                }
                int tab = row.indexOf('\t');
                if (tab < 0) {
                    throw new IllegalStateException(resource + ": row without a tab: " + row);
                }
                columns.computeIfAbsent(row.substring(0, tab), k -> new ArrayList<>()).add(row.substring(tab + 1));
            }
            return columns;
        }
    }

    /** The lines of {@code column}; fails when the file lacks it. */
    static List<String> column(Map<String, List<String>> golden, String column) {
        List<String> lines = golden.get(column);
        if (lines == null) {
            throw new IllegalStateException("golden file has no column " + column + " (has " + golden.keySet() + ")");
        }
        return lines;
    }
}

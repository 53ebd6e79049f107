package io.medreason.chinese.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The project's corrections to one opencc4j dictionary, read from {@code dict/corrections/NAME.txt}. Lines are
 * {@code =<TAB>key<TAB>value} (add or replace the default value) or {@code -<TAB>key} (remove); {@code #} starts a
 * comment line.
 *
 * @param set keys to add or replace, with their default value
 * @param removed keys to remove
 */
public record Corrections(Map<String, String> set, Set<String> removed) {

    /** Folder of the correction files on the class path. */
    public static final String FOLDER = "/io/medreason/chinese/dict/corrections/";

    public static final Corrections NONE = new Corrections(Map.of(), Set.of());

    /** Reads the correction file of {@code name}, or {@link #NONE} when there is none. */
    public static Corrections load(DictName name) {
        String resource = FOLDER + name.fileName() + ".txt";
        try (InputStream in = Corrections.class.getResourceAsStream(resource)) {
            return in == null ? NONE : parse(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static Corrections parse(InputStream in, String source) throws IOException {
        Map<String, String> set = new LinkedHashMap<>();
        Set<String> removed = new LinkedHashSet<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", -1);
            if (parts.length == 3 && parts[0].equals("=") && !parts[1].isEmpty() && !parts[2].isEmpty()) {
                set.put(parts[1], parts[2]);
            } else if (parts.length == 2 && parts[0].equals("-") && !parts[1].isEmpty()) {
                removed.add(parts[1]);
            } else {
                throw new IllegalStateException(source + ":" + number + ": not '=\\tkey\\tvalue' or '-\\tkey'");
            }
        }
        return new Corrections(set, removed);
    }

    /** Applies these corrections to {@code entries} in place and returns it. */
    public Map<String, String> applyTo(Map<String, String> entries) {
        entries.keySet().removeAll(removed);
        entries.putAll(set);
        return entries;
    }
}

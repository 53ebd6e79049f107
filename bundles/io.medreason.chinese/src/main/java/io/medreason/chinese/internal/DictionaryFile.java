package io.medreason.chinese.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One of OpenCC's text dictionaries ({@code dict/opencc/NAME.txt}): lines {@code key<TAB>value[ value…]}, the first
 * value being the one conversion uses; {@code #} starts a comment line. Two comment annotations matter to derived
 * dictionaries: {@code # @reverse-prefer: KEY [VALUE]} (which value a reversed key defaults to) and
 * {@code # @tofu-risk: …} (the next entry's alternatives may render as tofu).
 */
public final class DictionaryFile {

    /** Folder of the OpenCC dictionaries on the class path. */
    public static final String FOLDER = "/io/medreason/chinese/dict/opencc/";

    private static final String REVERSE_PREFER = "# @reverse-prefer:";
    private static final String TOFU_RISK = "# @tofu-risk:";

    private final String resource;
    private final List<String> lines;

    private DictionaryFile(String resource, List<String> lines) {
        this.resource = resource;
        this.lines = lines;
    }

    /** Reads {@code name}'s shipped file. */
    public static DictionaryFile of(DictName name) {
        String resource = FOLDER + name.fileName() + ".txt";
        try (InputStream in = DictionaryFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenCC dictionary " + resource + " is missing");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new DictionaryFile(resource, text.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenCC dictionary " + resource, e);
        }
    }

    /** Key to first value, for every entry line. */
    public Map<String, String> defaults() {
        Map<String, String> result = new HashMap<>(lines.size() * 2);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (isEntry(line)) {
                int tab = tab(line, i);
                int space = line.indexOf(' ', tab + 1);
                result.put(line.substring(0, tab), line.substring(tab + 1, space < 0 ? line.length() : space));
            }
        }
        return result;
    }

    /**
     * Keys and values swapped, as OpenCC's {@code reverse.py}: every value becomes a key whose values are the keys it
     * came from in file order; a {@code @reverse-prefer} annotation moves its value to the front.
     */
    public Map<String, String> reversed() {
        Map<String, List<String>> swapped = new LinkedHashMap<>();
        Map<String, String> preferred = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith(REVERSE_PREFER)) {
                String[] fields = line.substring(REVERSE_PREFER.length()).trim().split("\\s+");
                preferred.put(fields[0], fields[fields.length - 1]);
            } else if (isEntry(line)) {
                int tab = tab(line, i);
                for (String value : line.substring(tab + 1).split(" ")) {
                    swapped.computeIfAbsent(value, v -> new ArrayList<>()).add(line.substring(0, tab));
                }
            }
        }
        Map<String, String> result = new TreeMap<>();
        swapped.forEach((key, values) -> result.put(key, values.get(0)));
        preferred.forEach((key, value) -> {
            if (!swapped.containsKey(key) || !swapped.get(key).contains(value)) {
                throw new IllegalStateException(resource + ": reverse preference " + key + " -> " + value
                        + " has no matching mapping");
            }
            result.put(key, value);
        });
        return result;
    }

    /**
     * The entries that follow a {@code @tofu-risk} line, without their first value where it equals the key, as
     * OpenCC's {@code extract_tofu_risk.py} makes {@code TSCharactersExt}.
     */
    public Map<String, String> tofuRisk() {
        Map<String, String> result = new TreeMap<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (!lines.get(i).startsWith(TOFU_RISK)) {
                continue;
            }
            String line = lines.get(i + 1);
            if (!isEntry(line)) {
                throw new IllegalStateException(resource + ":" + (i + 2) + ": want an entry after " + TOFU_RISK);
            }
            int tab = tab(line, i + 1);
            String key = line.substring(0, tab);
            List<String> values = new ArrayList<>(List.of(line.substring(tab + 1).split(" ")));
            if (values.get(0).equals(key)) {
                values.remove(0);
            }
            if (values.isEmpty()) {
                throw new IllegalStateException(resource + ":" + (i + 2) + ": no alternative after " + TOFU_RISK);
            }
            result.put(key, values.get(0));
        }
        return result;
    }

    /** The keys of every entry line, in file order. */
    public List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (isEntry(lines.get(i))) {
                keys.add(lines.get(i).substring(0, tab(lines.get(i), i)));
            }
        }
        return keys;
    }

    private static boolean isEntry(String line) {
        return !line.isBlank() && !line.startsWith("#");
    }

    private int tab(String line, int index) {
        int tab = line.indexOf('\t');
        if (tab <= 0 || tab == line.length() - 1) {
            throw new IllegalStateException(resource + ":" + (index + 1) + ": want key<TAB>value[ value…]");
        }
        return tab;
    }
}

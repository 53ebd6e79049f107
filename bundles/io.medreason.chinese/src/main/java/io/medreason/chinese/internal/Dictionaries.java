package io.medreason.chinese.internal;

import com.github.houbb.opencc4j.support.data.impl.DataUtil;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The effective dictionaries: opencc4j 1.14.0's data files (from its jar),
 * adapted to OpenCC's layout ({@link DictName.Base}) and then corrected by the project's correction files. Each
 * dictionary is built once, under this object's lock, and is immutable afterwards.
 */
public final class Dictionaries {

    private static final String OPENCC4J_FOLDER = "/data/dictionary/";

    private final Function<DictName, Corrections> corrections;
    private final Map<DictName, Map<String, String>> entries = new EnumMap<>(DictName.class);
    private final Map<DictName, PhraseTrie> tries = new EnumMap<>(DictName.class);

    /** @param corrections the corrections of each dictionary ({@link Corrections#load} for the shipped ones) */
    public Dictionaries(Function<DictName, Corrections> corrections) {
        this.corrections = corrections;
    }

    /** The dictionaries as shipped: opencc4j plus the project's correction files. */
    public static Dictionaries shipped() {
        return Shipped.INSTANCE;
    }

    private static final class Shipped {
        static final Dictionaries INSTANCE = new Dictionaries(Corrections::load);
    }

    /** Effective entries (key to default value) of {@code name}. */
    public synchronized Map<String, String> entries(DictName name) {
        Map<String, String> result = entries.get(name);
        if (result == null) {
            result = Collections.unmodifiableMap(corrections.apply(name).applyTo(base(name)));
            entries.put(name, result);
        }
        return result;
    }

    /** The trie of {@code name}'s effective entries. */
    public synchronized PhraseTrie trie(DictName name) {
        PhraseTrie trie = tries.get(name);
        if (trie == null) {
            trie = PhraseTrie.of(entries(name));
            tries.put(name, trie);
        }
        return trie;
    }

    /** Entries of {@code name} before corrections (what the correction generator compares with OpenCC). */
    public synchronized Map<String, String> base(DictName name) {
        return switch (name.base()) {
            case OPENCC4J -> opencc4j(name);
            case OPENCC4J_REKEYED -> rekeyed(opencc4j(name));
            case REVERSED -> reversed(entries(name.reverseOf()));
            case EMPTY -> new HashMap<>();
        };
    }

    /**
     * Reads opencc4j's data file for {@code name} from opencc4j's own jar (through its class loader, so this works in
     * OSGi too). Lines are {@code key<whitespace>value[ value…]}; the first value is the default. This parser gives
     * the same entries as opencc4j's {@code DataUtil.buildDataMap} in a fraction of its time (the first conversion
     * must stay under a second).
     */
    private static HashMap<String, String> opencc4j(DictName name) {
        String resource = OPENCC4J_FOLDER + name.fileName() + ".txt";
        String text;
        try (InputStream in = DataUtil.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("opencc4j dictionary " + resource + " is missing");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read opencc4j dictionary " + resource, e);
        }
        HashMap<String, String> result = new HashMap<>(text.length() / 8);
        int length = text.length();
        for (int lineStart = 0; lineStart < length;) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = length;
            }
            addLine(text, lineStart, lineEnd, result);
            lineStart = lineEnd + 1;
        }
        return result;
    }

    private static void addLine(String text, int start, int end, Map<String, String> result) {
        int keyEnd = skip(text, start, end, false);
        int valueStart = skip(text, keyEnd, end, true);
        int valueEnd = skip(text, valueStart, end, false);
        if (keyEnd > start && valueEnd > valueStart) {
            result.put(text.substring(start, keyEnd), text.substring(valueStart, valueEnd));
        }
    }

    /** First index from {@code i} whose char is (blank == true) not blank, or (blank == false) blank. */
    private static int skip(String text, int i, int end, boolean blank) {
        while (i < end && isBlank(text.charAt(i)) == blank) {
            i++;
        }
        return i;
    }

    private static boolean isBlank(char c) {
        return c == '\t' || c == ' ' || c == '\r' || c == '\u3000';
    }

    /** Keys converted by the s2t stage, so that they match what stage 1 produces; the first key wins a clash. */
    private Map<String, String> rekeyed(Map<String, String> simplifiedKeys) {
        Stage s2t = new Stage(new DictionaryGroup(List.of(trie(DictName.ST_PHRASES), trie(DictName.ST_CHARACTERS))));
        TreeMap<String, String> result = new TreeMap<>();
        new TreeMap<>(simplifiedKeys).forEach((key, value) -> result.putIfAbsent(s2t.apply(key), value));
        return result;
    }

    private static Map<String, String> reversed(Map<String, String> forward) {
        TreeMap<String, String> result = new TreeMap<>();
        new TreeMap<>(forward).forEach((key, value) -> result.putIfAbsent(value, key));
        return result;
    }
}

package io.medreason.chinese.internal;

import com.github.houbb.opencc4j.support.data.impl.DataUtil;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The effective dictionaries: opencc4j 1.14.0's data (read with its own loader, {@code DataUtil.buildDataMap}),
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

    /** Effective entries (key to default value) of {@code name}, sorted by key. */
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
    public synchronized TreeMap<String, String> base(DictName name) {
        return switch (name.base()) {
            case OPENCC4J -> opencc4j(name);
            case OPENCC4J_REKEYED -> rekeyed(opencc4j(name));
            case REVERSED -> reversed(entries(name.reverseOf()));
            case EMPTY -> new TreeMap<>();
        };
    }

    private static TreeMap<String, String> opencc4j(DictName name) {
        String resource = OPENCC4J_FOLDER + name.fileName() + ".txt";
        Map<String, List<String>> data = DataUtil.buildDataMap(resource);
        if (data == null || data.isEmpty()) {
            throw new IllegalStateException("opencc4j dictionary " + resource + " is missing or empty");
        }
        TreeMap<String, String> result = new TreeMap<>();
        data.forEach((key, values) -> {
            if (!values.isEmpty()) {
                result.put(key, values.get(0));
            }
        });
        return result;
    }

    /** Keys converted by the s2t stage, so that they match what stage 1 produces; the first key wins a clash. */
    private TreeMap<String, String> rekeyed(TreeMap<String, String> simplifiedKeys) {
        Stage s2t = new Stage(new DictionaryGroup(List.of(trie(DictName.ST_PHRASES), trie(DictName.ST_CHARACTERS))));
        TreeMap<String, String> result = new TreeMap<>();
        simplifiedKeys.forEach((key, value) -> result.putIfAbsent(s2t.apply(key), value));
        return result;
    }

    private static TreeMap<String, String> reversed(Map<String, String> forward) {
        TreeMap<String, String> result = new TreeMap<>();
        new TreeMap<>(forward).forEach((key, value) -> result.putIfAbsent(value, key));
        return result;
    }
}

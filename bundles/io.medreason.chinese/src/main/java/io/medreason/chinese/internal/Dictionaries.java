package io.medreason.chinese.internal;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dictionaries of OpenCC 1.4.2 ({@code dict/opencc/*.txt}) and those derived from them ({@link DictName.Source}),
 * and the matchers ({@link Dictionary}) of configuration dictionaries ({@link DictSpec}). Everything is built once,
 * under this object's lock, and is immutable afterwards.
 */
public final class Dictionaries {

    private final Map<DictName, Map<String, String>> entries = new EnumMap<>(DictName.class);
    private final Map<DictName, PhraseTrie> tries = new EnumMap<>(DictName.class);
    private final Map<DictSpec, Dictionary> matchers = new HashMap<>();

    private Dictionaries() {
    }

    /** The shipped dictionaries, shared. */
    public static Dictionaries shipped() {
        return Shipped.INSTANCE;
    }

    private static final class Shipped {
        static final Dictionaries INSTANCE = new Dictionaries();
    }

    /** Entries (key to the value conversion uses) of {@code name}. */
    public synchronized Map<String, String> entries(DictName name) {
        Map<String, String> result = entries.get(name);
        if (result == null) {
            result = Collections.unmodifiableMap(build(name));
            entries.put(name, result);
        }
        return result;
    }

    private Map<String, String> build(DictName name) {
        return switch (name.source()) {
            case SHIPPED -> DictionaryFile.of(name).defaults();
            case REVERSED -> DictionaryFile.of(name.from()).reversed();
            case TOFU_RISK -> DictionaryFile.of(name.from()).tofuRisk();
            case REGIONAL -> RegionalPhrases.generate(this);
        };
    }

    /** The trie of {@code name}'s entries. */
    public synchronized PhraseTrie trie(DictName name) {
        PhraseTrie trie = tries.get(name);
        if (trie == null) {
            trie = PhraseTrie.of(entries(name));
            tries.put(name, trie);
        }
        return trie;
    }

    /** The matcher of a configuration's dictionary: a trie, or a group of matchers with its policy. */
    public synchronized Dictionary dictionary(DictSpec spec) {
        Dictionary dictionary = matchers.get(spec);
        if (dictionary == null) {
            dictionary = build(spec);
            matchers.put(spec, dictionary);
        }
        return dictionary;
    }

    private Dictionary build(DictSpec spec) {
        return switch (spec) {
            case DictSpec.File file -> trie(file.name());
            case DictSpec.Group group when group.policy() == DictSpec.MatchPolicy.SHORT_CIRCUIT ->
                    new DictionaryGroup(members(group));
            case DictSpec.Group group when group.members().stream().allMatch(DictSpec.File.class::isInstance) ->
                    PhraseTrie.of(merged(group));
            case DictSpec.Group group -> new UnionGroup(members(group));
        };
    }

    private List<Dictionary> members(DictSpec.Group group) {
        return group.members().stream().map(this::dictionary).toList();
    }

    /** A union of plain dictionaries as one map: longest key wins anyway; on the same key the earlier member's. */
    private Map<String, String> merged(DictSpec.Group union) {
        Map<String, String> merged = new HashMap<>();
        for (DictSpec member : union.members().reversed()) {
            merged.putAll(entries(((DictSpec.File) member).name()));
        }
        return merged;
    }
}

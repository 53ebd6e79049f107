package io.medreason.chinese.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * An immutable character trie over one dictionary's keys, answering the longest-prefix question without allocating.
 * Children of a node are stored contiguously and sorted by label; the root's children are indexed directly by char.
 */
public final class PhraseTrie implements Dictionary {

    private final int[] rootChild = new int[Character.MAX_VALUE + 1];
    private final char[] label;
    private final int[] childStart;
    private final int[] childCount;
    private final Entry[] entry;
    private final int size;

    private PhraseTrie(int nodes, int size) {
        label = new char[nodes];
        childStart = new int[nodes];
        childCount = new int[nodes];
        entry = new Entry[nodes];
        this.size = size;
    }

    /** Builds a trie from {@code key -> default value}; empty keys are ignored. */
    public static PhraseTrie of(Map<String, String> entries) {
        String[] sorted = entries.keySet().stream().filter(key -> !key.isEmpty()).toArray(String[]::new);
        Arrays.sort(sorted);
        List<String> keys = Arrays.asList(sorted);
        PhraseTrie trie = new PhraseTrie(countNodes(keys) + 1, keys.size());
        int[] next = {1};
        trie.fill(0, keys, 0, keys.size(), 0, entries, next);
        for (int i = 0; i < trie.childCount[0]; i++) {
            int child = trie.childStart[0] + i;
            trie.rootChild[trie.label[child]] = child;
        }
        return trie;
    }

    /** Nodes needed: one per distinct prefix (keys are sorted, so shared prefixes are adjacent). */
    private static int countNodes(List<String> sorted) {
        int nodes = 0;
        String previous = "";
        for (String key : sorted) {
            int common = 0;
            int max = Math.min(previous.length(), key.length());
            while (common < max && previous.charAt(common) == key.charAt(common)) {
                common++;
            }
            nodes += key.length() - common;
            previous = key;
        }
        return nodes;
    }

    /** Lays out the children of {@code node}: the keys in [from, to) share their first {@code depth} chars. */
    private void fill(int node, List<String> keys, int from, int to, int depth, Map<String, String> values,
            int[] next) {
        int i = from;
        if (i < to && keys.get(i).length() == depth) {
            entry[node] = new Entry(depth, values.get(keys.get(i)));
            i++;
        }
        int groups = 0;
        for (int j = i; j < to; j++) {
            if (j == i || keys.get(j).charAt(depth) != keys.get(j - 1).charAt(depth)) {
                groups++;
            }
        }
        childStart[node] = next[0];
        childCount[node] = groups;
        next[0] += groups;
        int child = childStart[node];
        for (int j = i; j < to;) {
            char c = keys.get(j).charAt(depth);
            int end = j;
            while (end < to && keys.get(end).charAt(depth) == c) {
                end++;
            }
            label[child] = c;
            fill(child, keys, j, end, depth + 1, values, next);
            child++;
            j = end;
        }
    }

    @Override
    public Entry match(CharSequence text, int start, int end) {
        if (start >= end) {
            return null;
        }
        int node = rootChild[text.charAt(start)];
        Entry best = null;
        int i = start + 1;
        while (node != 0) {
            if (entry[node] != null) {
                best = entry[node];
            }
            if (i >= end) {
                break;
            }
            node = child(node, text.charAt(i++));
        }
        return best;
    }

    private int child(int node, char c) {
        int from = childStart[node];
        int index = Arrays.binarySearch(label, from, from + childCount[node], c);
        return index >= 0 ? index : 0;
    }

    /** Number of keys. */
    public int size() {
        return size;
    }
}

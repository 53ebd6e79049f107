package io.medreason.chinese.internal;

import java.util.List;

/**
 * OpenCC's {@code "match_policy": "union"}: the longest key of any member wins; on equal length the earlier member
 * wins. (A union of plain dictionaries is built as one merged trie instead; this class serves nested groups.)
 */
public final class UnionGroup implements Dictionary {

    private final Dictionary[] members;

    public UnionGroup(List<? extends Dictionary> members) {
        this.members = members.toArray(Dictionary[]::new);
    }

    @Override
    public Entry match(CharSequence text, int start, int end) {
        Entry best = null;
        for (Dictionary member : members) {
            Entry entry = member.match(text, start, end);
            if (entry != null && (best == null || entry.length() > best.length())) {
                best = entry;
            }
        }
        return best;
    }
}

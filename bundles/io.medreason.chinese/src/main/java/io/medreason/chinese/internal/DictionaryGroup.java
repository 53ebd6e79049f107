package io.medreason.chinese.internal;

import java.util.List;

/**
 * OpenCC's {@code "match_policy": "short_circuit"} group (the default): the first member dictionary that matches at
 * a position wins, even when a later member has a longer key there.
 */
public final class DictionaryGroup implements Dictionary {

    private final Dictionary[] members;

    public DictionaryGroup(List<? extends Dictionary> members) {
        this.members = members.toArray(Dictionary[]::new);
    }

    @Override
    public Entry match(CharSequence text, int start, int end) {
        for (Dictionary member : members) {
            Entry entry = member.match(text, start, end);
            if (entry != null) {
                return entry;
            }
        }
        return null;
    }
}

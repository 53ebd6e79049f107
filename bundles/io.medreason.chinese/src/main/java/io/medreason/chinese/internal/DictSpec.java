package io.medreason.chinese.internal;

import java.util.List;

/**
 * A {@code "dict"} of an OpenCC configuration: one dictionary file, or a group of them with a match policy.
 */
public sealed interface DictSpec {

    /** OpenCC's {@code match_policy} of a group. */
    enum MatchPolicy {
        /** The first member that matches at a position wins, even when a later member has a longer key there. */
        SHORT_CIRCUIT,
        /** The longest key of any member wins; on equal length the earlier member wins. */
        UNION
    }

    /** {@code {"type": "ocd2", "file": "NAME.ocd2"}}. */
    record File(DictName name) implements DictSpec {
        @Override
        public String toString() {
            return name.fileName();
        }
    }

    /** {@code {"type": "group", "match_policy": …, "dicts": […]}}. */
    record Group(MatchPolicy policy, List<DictSpec> members) implements DictSpec {
        public Group {
            members = List.copyOf(members);
        }

        @Override
        public String toString() {
            return policy.name().toLowerCase() + members;
        }
    }

    static DictSpec file(DictName name) {
        return new File(name);
    }

    static DictSpec shortCircuit(DictSpec... members) {
        return new Group(MatchPolicy.SHORT_CIRCUIT, List.of(members));
    }

    static DictSpec union(DictSpec... members) {
        return new Group(MatchPolicy.UNION, List.of(members));
    }
}

package io.medreason.chinese;

import io.medreason.chinese.internal.Piece;

import java.util.ArrayList;
import java.util.List;

/**
 * The result of {@link ChineseConverter#convertWithChanges}: the converted text and the ranges that changed, in
 * order. Where a converted token (a dictionary match) kept its length the changes are per character (软件 → 軟體
 * gives 软件, 家里 → 家裡 gives 里); otherwise the token is one change (U盘 → 隨身碟). Touching changes are merged.
 *
 * @param source the text that was converted
 * @param text the converted text
 * @param changes changed ranges, in order, not overlapping
 */
public record Conversion(String source, String text, List<Change> changes) {

    public Conversion {
        changes = List.copyOf(changes);
    }

    /** Number of source characters (UTF-16 units) inside changed ranges. */
    public int changedSourceChars() {
        return changes.stream().mapToInt(c -> c.sourceEnd() - c.sourceStart()).sum();
    }

    static Conversion of(String source, List<Piece> pieces) {
        StringBuilder text = new StringBuilder(source.length() + 16);
        List<Change> changes = new ArrayList<>();
        for (Piece piece : pieces) {
            int target = text.length();
            String output = piece.output();
            text.append(output);
            int length = piece.sourceEnd() - piece.sourceStart();
            if (output.length() != length) {
                add(changes, new Change(piece.sourceStart(), piece.sourceEnd(), target, target + output.length()));
                continue;
            }
            for (int i = 0; i < length; i++) {
                if (source.charAt(piece.sourceStart() + i) != output.charAt(i)) {
                    int start = i;
                    while (i < length && source.charAt(piece.sourceStart() + i) != output.charAt(i)) {
                        i++;
                    }
                    if (start > 0 && Character.isLowSurrogate(output.charAt(start))) {
                        start--;
                    }
                    if (i < length && Character.isLowSurrogate(output.charAt(i))) {
                        i++;
                    }
                    add(changes, new Change(piece.sourceStart() + start, piece.sourceStart() + i, target + start,
                            target + i));
                }
            }
        }
        return new Conversion(source, text.toString(), changes);
    }

    /** Appends {@code change}, merging it with the previous one when they touch. */
    private static void add(List<Change> changes, Change change) {
        if (!changes.isEmpty()) {
            Change last = changes.get(changes.size() - 1);
            if (last.sourceEnd() == change.sourceStart() && last.targetEnd() == change.targetStart()) {
                changes.set(changes.size() - 1,
                        new Change(last.sourceStart(), change.sourceEnd(), last.targetStart(), change.targetEnd()));
                return;
            }
        }
        changes.add(change);
    }
}

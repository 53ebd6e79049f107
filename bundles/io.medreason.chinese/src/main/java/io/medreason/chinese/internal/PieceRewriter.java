package io.medreason.chinese.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Maximum-match replacement over a list of {@link Piece}s that keeps track of where each output came from: the
 * matches are found on the pieces' joined output (exactly as {@link Stage} would find them on that text), a piece
 * no match touches is kept as it is, and pieces that one match spans are merged into one.
 */
public final class PieceRewriter {

    private final Dictionary dictionary;

    public PieceRewriter(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** Rewrites {@code pieces}; returns the same list when no key matches. */
    public List<Piece> apply(List<Piece> pieces) {
        StringBuilder joined = new StringBuilder();
        int[] outStart = new int[pieces.size() + 1];
        for (int k = 0; k < pieces.size(); k++) {
            outStart[k] = joined.length();
            joined.append(pieces.get(k).output());
        }
        outStart[pieces.size()] = joined.length();
        List<int[]> matches = matches(joined);
        if (matches.isEmpty()) {
            return pieces;
        }
        List<Piece> result = new ArrayList<>(pieces.size());
        int m = 0;
        for (int k = 0; k < pieces.size(); k++) {
            int first = k;
            int clusterEnd = outStart[k + 1];
            int firstMatch = m;
            while (m < matches.size() && matches.get(m)[0] < clusterEnd) {
                while (matches.get(m)[1] > clusterEnd) {
                    clusterEnd = outStart[++k + 1];
                }
                m++;
            }
            if (firstMatch == m) {
                result.add(pieces.get(k));
                continue;
            }
            String output = rebuild(joined, outStart[first], clusterEnd, matches.subList(firstMatch, m));
            result.add(new Piece(pieces.get(first).sourceStart(), pieces.get(k).sourceEnd(), output));
        }
        return result;
    }

    /** Non-overlapping matches {start, end, replacement index} over {@code text}, left to right. */
    private List<int[]> matches(CharSequence text) {
        List<int[]> matches = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            Dictionary.Entry entry = dictionary.match(text, i, text.length());
            if (entry == null) {
                i += Unmatched.step(text, i, text.length());
            } else {
                matches.add(new int[] {i, i + entry.length()});
                i += entry.length();
            }
        }
        return matches;
    }

    private String rebuild(CharSequence joined, int from, int to, List<int[]> matches) {
        StringBuilder out = new StringBuilder();
        int at = from;
        for (int[] match : matches) {
            out.append(joined, at, match[0]);
            out.append(dictionary.match(joined, match[0], match[1]).value());
            at = match[1];
        }
        return out.append(joined, at, to).toString();
    }
}

package io.medreason.chinese;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Line-by-line comparison of our output with OpenCC's: the identical share and the differing phrases. */
record LineAgreement(int lines, int identical, List<String> differences) {

    static LineAgreement of(List<String> opencc, List<String> ours) {
        if (opencc.size() != ours.size()) {
            throw new AssertionError("line counts differ: OpenCC " + opencc.size() + ", ours " + ours.size());
        }
        Set<String> differences = new LinkedHashSet<>();
        int identical = 0;
        for (int i = 0; i < opencc.size(); i++) {
            if (opencc.get(i).equals(ours.get(i))) {
                identical++;
            } else {
                differences.add("line " + (i + 1) + ": " + difference(opencc.get(i), ours.get(i)));
            }
        }
        return new LineAgreement(opencc.size(), identical, new ArrayList<>(differences));
    }

    double share() {
        return lines == 0 ? 1 : identical / (double) lines;
    }

    @Override
    public String toString() {
        return String.format("%d/%d identical lines (%.3f%%)%s", identical, lines, 100 * share(),
                differences.isEmpty() ? "" : "; differing (OpenCC | ours): " + differences);
    }

    /** The differing middle of two lines (common prefix and suffix removed), with two chars of context. */
    private static String difference(String a, String b) {
        int start = 0;
        while (start < a.length() && start < b.length() && a.charAt(start) == b.charAt(start)) {
            start++;
        }
        int endA = a.length();
        int endB = b.length();
        while (endA > start && endB > start && a.charAt(endA - 1) == b.charAt(endB - 1)) {
            endA--;
            endB--;
        }
        int from = Math.max(0, start - 2);
        return a.substring(from, Math.min(a.length(), endA + 2)) + " | "
                + b.substring(from, Math.min(b.length(), endB + 2));
    }
}

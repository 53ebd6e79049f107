package io.medreason.launching;

import java.util.ArrayDeque;
import java.util.Deque;

/** The last few lines of a process's output, for the message of a run that died. */
final class LastLines {

    private final int max;
    private final Deque<String> lines = new ArrayDeque<>();
    private final StringBuilder current = new StringBuilder();

    LastLines(int max) {
        this.max = max;
    }

    synchronized void add(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                push(current.toString());
                current.setLength(0);
            } else if (c != '\r') {
                current.append(c);
            }
        }
    }

    private void push(String line) {
        if (line.isBlank()) {
            return;
        }
        lines.addLast(line);
        while (lines.size() > max) {
            lines.removeFirst();
        }
    }

    synchronized String text() {
        StringBuilder out = new StringBuilder(String.join("\n", lines));
        if (!current.isEmpty()) {
            out.append(out.isEmpty() ? "" : "\n").append(current);
        }
        return out.toString();
    }
}

package io.medreason.launching;

/**
 * Holds streamed text back until a sentence or clause ends (。！？；，、 and their ASCII forms, or a line break), so
 * that a phrase-level converter such as s2twp sees whole phrases instead of pieces of words.
 */
public final class SentenceBuffer {

    private static final String ENDS = "。！？；，、!?;,\n";

    private final StringBuilder pending = new StringBuilder();

    /** The text that can be converted now (possibly empty). */
    public String feed(String piece) {
        pending.append(piece);
        int cut = -1;
        for (int i = pending.length() - 1; i >= 0; i--) {
            if (ENDS.indexOf(pending.charAt(i)) >= 0) {
                cut = i + 1;
                break;
            }
        }
        if (cut < 0) {
            return "";
        }
        String ready = pending.substring(0, cut);
        pending.delete(0, cut);
        return ready;
    }

    /** The rest, at the end of the answer. */
    public String flush() {
        String rest = pending.toString();
        pending.setLength(0);
        return rest;
    }
}

package io.medreason.chinese.internal;

/**
 * A converted slice of the text: source range {@code [sourceStart, sourceEnd)} became {@code output}.
 */
public record Piece(int sourceStart, int sourceEnd, String output) {
}

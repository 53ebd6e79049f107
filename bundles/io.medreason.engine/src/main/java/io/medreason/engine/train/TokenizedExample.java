package io.medreason.engine.train;

/**
 * One record as token ids, with how many leading tokens are prompt (masked out of the loss unless training on all).
 *
 * @param ids the prompt tokens followed by the assistant tokens, already truncated
 * @param promptLength number of leading prompt tokens (0 when training on all tokens)
 */
public record TokenizedExample(long[] ids, int promptLength) {

    /** Number of tokens whose next token is learnt: assistant tokens after the first position. */
    public int labelTokens() {
        return ids.length - Math.max(1, promptLength);
    }
}

package io.medreason.engine.eval;

/**
 * One tokenized evaluation record: input ids and labels of the same length ({@link TokenLoss#IGNORE} where the
 * token is not scored, e.g. the prompt of a templated record).
 */
public record EvalExample(long[] ids, long[] labels) {
}

package io.medreason.core.text;

/** Counts the tokens a model's tokenizer makes of a text (no special tokens added, no truncation). */
@FunctionalInterface
public interface TokenCounter {

    int count(String text);
}

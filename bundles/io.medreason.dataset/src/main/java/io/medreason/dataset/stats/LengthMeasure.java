package io.medreason.dataset.stats;

import io.medreason.core.text.TokenCounter;

/** How long a text is: tokens of a model's tokenizer, or characters (code points) when there is no tokenizer. */
public interface LengthMeasure {

    int length(String text);

    /** "tokens" or "characters". */
    String unit();

    static LengthMeasure characters() {
        return new LengthMeasure() {
            @Override
            public int length(String text) {
                return text.codePointCount(0, text.length());
            }

            @Override
            public String unit() {
                return "characters";
            }
        };
    }

    static LengthMeasure tokens(TokenCounter counter) {
        return new LengthMeasure() {
            @Override
            public int length(String text) {
                return text.isEmpty() ? 0 : counter.count(text);
            }

            @Override
            public String unit() {
                return "tokens";
            }
        };
    }
}

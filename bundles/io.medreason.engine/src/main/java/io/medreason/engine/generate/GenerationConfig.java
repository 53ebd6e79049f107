package io.medreason.engine.generate;

/**
 * How to pick the next token, with Hugging Face's meanings: {@code temperature} 0 means greedy; {@code topK} 0 and
 * {@code topP} 1 disable those filters; {@code repetitionPenalty} 1 disables the penalty (CTRL style: a seen token's
 * positive logit is divided by it, a negative one multiplied).
 */
public record GenerationConfig(int maxNewTokens, double temperature, int topK, double topP, double repetitionPenalty,
        long seed) {

    public GenerationConfig {
        if (maxNewTokens < 0) {
            throw new IllegalArgumentException("max new tokens must be >= 0");
        }
        if (temperature < 0 || topK < 0 || topP <= 0 || topP > 1 || repetitionPenalty <= 0) {
            throw new IllegalArgumentException("bad sampling settings: temperature " + temperature + ", top-k "
                    + topK + ", top-p " + topP + ", repetition penalty " + repetitionPenalty);
        }
    }

    /** Greedy decoding of up to {@code maxNewTokens}. */
    public static GenerationConfig greedy(int maxNewTokens) {
        return new GenerationConfig(maxNewTokens, 0, 0, 1, 1, 0);
    }

    public boolean isGreedy() {
        return temperature == 0;
    }
}

package io.medreason.core.template;

/**
 * A templated record in two parts, so that the trainer can mask the prompt out of the loss: the prompt (system and
 * user turns, up to and including the assistant header) and the assistant part (what the model learns to write,
 * ending with the end-of-turn or end-of-text marker).
 */
public record Rendered(String prompt, String assistant) {

    /** Prompt and assistant part joined: the text the model sees. */
    public String text() {
        return prompt + assistant;
    }
}

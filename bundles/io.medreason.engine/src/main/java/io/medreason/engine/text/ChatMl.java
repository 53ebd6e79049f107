package io.medreason.engine.text;

/**
 * Qwen's ChatML written natively (no Jinja): {@code <|im_start|>role\ncontent<|im_end|>\n} per turn, with Qwen2.5's
 * default system prompt when none is given, and the assistant header that asks the model to answer.
 */
public final class ChatMl {

    /** Qwen2.5's default system prompt. */
    public static final String DEFAULT_SYSTEM = "You are Qwen, created by Alibaba Cloud. You are a helpful assistant.";

    private ChatMl() {
    }

    /** One turn: {@code <|im_start|>role\ncontent<|im_end|>\n}. */
    public static String turn(String role, String content) {
        return QwenTokenizer.IM_START + role + "\n" + content + QwenTokenizer.IM_END + "\n";
    }

    /** The assistant header that starts the answer. */
    public static String assistantHeader() {
        return QwenTokenizer.IM_START + "assistant\n";
    }

    /** A single question as Qwen2.5's chat template renders it with {@code add_generation_prompt=True}. */
    public static String prompt(String system, String user) {
        String sys = system == null ? DEFAULT_SYSTEM : system;
        return turn("system", sys) + turn("user", user) + assistantHeader();
    }
}

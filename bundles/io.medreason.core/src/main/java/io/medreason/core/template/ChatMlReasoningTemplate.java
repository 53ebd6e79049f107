package io.medreason.core.template;

/**
 * Qwen ChatML with the reasoning in a think block:
 * <pre>
 * &lt;|im_start|&gt;system\n{system}&lt;|im_end|&gt;\n&lt;|im_start|&gt;user\n{question}&lt;|im_end|&gt;\n&lt;|im_start|&gt;assistant\n
 * ---- prompt above, assistant part below ----
 * &lt;think&gt;\n{cot}\n&lt;/think&gt;\n\n{response}&lt;|im_end|&gt;
 * </pre>
 * The layout matches what Qwen2.5's chat template writes for one system, user and assistant turn.
 */
public final class ChatMlReasoningTemplate implements PromptTemplate {

    static final String START = "<|im_start|>";
    static final String END = "<|im_end|>";

    private final String system;

    public ChatMlReasoningTemplate(String system) {
        this.system = system;
    }

    @Override
    public String name() {
        return "chatml-reasoning";
    }

    @Override
    public Rendered render(SftRecord record) {
        if (record.raw()) {
            return new Rendered("", record.response());
        }
        String prompt = START + "system\n" + system + END + "\n"
                + START + "user\n" + record.question() + END + "\n"
                + START + "assistant\n";
        return new Rendered(prompt, "<think>\n" + record.cot() + "\n</think>\n\n" + record.response() + END);
    }
}

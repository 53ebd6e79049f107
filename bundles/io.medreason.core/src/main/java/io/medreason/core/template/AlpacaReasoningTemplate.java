package io.medreason.core.template;

/**
 * The Alpaca-style reasoning layout widely used for medical-o1 fine-tunes:
 * <pre>
 * {preamble}\n\n### Question:\n{question}\n\n### Response:\n
 * ---- prompt above, assistant part below ----
 * &lt;think&gt;\n{cot}\n&lt;/think&gt;\n{response}{eos}
 * </pre>
 */
public final class AlpacaReasoningTemplate implements PromptTemplate {

    static final String PREAMBLE = "Below is an instruction that describes a task, paired with a question that provides "
            + "further context. Write a response that appropriately completes the request.\n"
            + "Before answering, think carefully about the question and create a step-by-step chain of thoughts to "
            + "ensure a logical and accurate response.\n\n"
            + "### Instruction:\nYou are a medical expert with advanced knowledge in clinical reasoning, diagnostics, "
            + "and treatment planning. Please answer the following medical question.";

    private final String eos;

    /** @param eos the tokenizer's end-of-sequence text appended to the assistant part */
    public AlpacaReasoningTemplate(String eos) {
        this.eos = eos == null ? "" : eos;
    }

    @Override
    public String name() {
        return "alpaca-reasoning";
    }

    @Override
    public Rendered render(SftRecord record) {
        if (record.raw()) {
            return new Rendered("", record.response());
        }
        String prompt = PREAMBLE + "\n\n### Question:\n" + record.question() + "\n\n### Response:\n";
        return new Rendered(prompt, "<think>\n" + record.cot() + "\n</think>\n" + record.response() + eos);
    }
}

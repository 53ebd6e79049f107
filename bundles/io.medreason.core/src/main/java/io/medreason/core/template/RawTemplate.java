package io.medreason.core.template;

/**
 * No markup: a raw text record is all assistant part (every token is predicted); a question/reasoning/answer record
 * becomes {@code question\n\n} as the prompt and {@code cot\n\nresponse} as the assistant part (just the response when
 * there is no reasoning).
 */
public final class RawTemplate implements PromptTemplate {

    @Override
    public String name() {
        return "raw";
    }

    @Override
    public Rendered render(SftRecord record) {
        if (record.raw()) {
            return new Rendered("", record.response());
        }
        String answer = record.cot().isEmpty() ? record.response() : record.cot() + "\n\n" + record.response();
        return new Rendered(record.question().isEmpty() ? "" : record.question() + "\n\n", answer);
    }
}

package io.medreason.core.template;

/**
 * One supervised fine-tuning record before templating: a question, its chain of thought and the final answer
 * (medical-o1 {@code Question}, {@code Complex_CoT}, {@code Response}), or a plain text for raw records.
 *
 * @param question the user's question ("" for raw text)
 * @param cot the chain of thought, may be empty
 * @param response the final answer, or the whole text of a raw {@code {"text"}} record
 * @param raw true for a raw text record: the whole {@link #response} is one piece, there is no prompt
 */
public record SftRecord(String question, String cot, String response, boolean raw) {

    public SftRecord {
        question = question == null ? "" : question;
        cot = cot == null ? "" : cot;
        response = response == null ? "" : response;
    }

    /** A question/reasoning/answer record. */
    public static SftRecord of(String question, String cot, String response) {
        return new SftRecord(question, cot, response, false);
    }

    /** A raw text record ({@code {"text": …}}). */
    public static SftRecord text(String text) {
        return new SftRecord("", "", text, true);
    }

    /** The same record with every text field passed through {@code convert} (e.g. s2twp). */
    public SftRecord map(java.util.function.UnaryOperator<String> convert) {
        return new SftRecord(convert.apply(question), convert.apply(cot), convert.apply(response), raw);
    }
}

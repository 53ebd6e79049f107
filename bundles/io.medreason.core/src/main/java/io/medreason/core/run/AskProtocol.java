package io.medreason.core.run;

/**
 * The stdin/stdout line protocol between {@code medreason ask} (a child JVM, the engine's {@code AskCommand}) and the
 * workbench's Ask console ({@code AskSession}), in one place. All text is UTF-8.
 * <ol>
 * <li>After loading, the child writes the line {@value #READY} to stdout.</li>
 * <li>Each stdin line is one question, {@link #escape escaped}: the two characters {@code \n} stand for a line break,
 * {@code \\} for a backslash. Blank lines are ignored; the line {@value #EXIT} or the end of input ends the session
 * (exit 0) once the questions before it are answered.</li>
 * <li>The answer is streamed to stdout (it may contain line breaks, never half a character), followed by a line
 * break and the line {@value #ANSWER_END}; stdout is flushed after every piece.</li>
 * <li>The stdin line {@value #STOP} ends the current answer (the one to the first question not yet answered) after
 * the token being generated: the text so far stays, followed by a line break, the line {@value #STOPPED} and
 * {@value #ANSWER_END}; the model stays loaded for the next question. A stop line while no answer is pending is
 * ignored.</li>
 * <li>A question that cannot be answered (e.g. too long) gets one line {@value #ERROR} + message, then
 * {@value #ANSWER_END}.</li>
 * </ol>
 */
public final class AskProtocol {

    /** Written once the model is loaded. */
    public static final String READY = "<|ready|>";
    /** Ends every answer. */
    public static final String ANSWER_END = "<|answer_end|>";
    /** Stdin line: ends the current answer (the model stays loaded). */
    public static final String STOP = "<|stop|>";
    /** Written before {@value #ANSWER_END} when {@value #STOP} ended the answer. */
    public static final String STOPPED = "<|stopped|>";
    /** Prefix of an error line inside an answer. */
    public static final String ERROR = "<|error|> ";
    /** Stdin line: ends the session. */
    public static final String EXIT = "/exit";

    private AskProtocol() {
    }

    /** {@code \} → {@code \\}, line break → {@code \n}: one question, one line. */
    public static String escape(String question) {
        return question.replace("\\", "\\\\").replace("\r\n", "\n").replace("\n", "\\n");
    }

    /** {@code \n} → line break, {@code \\} → backslash: the inverse of {@link #escape}. */
    public static String unescape(String line) {
        StringBuilder sb = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                char n = line.charAt(i + 1);
                if (n == 'n' || n == '\\') {
                    sb.append(n == 'n' ? '\n' : '\\');
                    i++;
                    continue;
                }
            }
            sb.append(c);
        }
        return sb.toString();
    }
}

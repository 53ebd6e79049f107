package io.medreason.chinese.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The project's medical Taiwan terms ({@code dict/medical-tw.txt}): lines {@code simplified<TAB>taiwan<TAB>reason}.
 * The pass runs on {@code s2twp} output, so each key is the {@code s2twp} form of the Simplified term. An entry whose
 * Taiwan form equals that key is a guard: it stops a shorter entry from matching inside a longer, already correct term.
 */
public final class MedicalDictionary {

    /** Location of the medical terms on the class path. */
    public static final String RESOURCE = "/io/medreason/chinese/dict/medical-tw.txt";

    /** One medical term as written in the file. */
    public record Term(String simplified, String taiwan, String reason) {
    }

    private MedicalDictionary() {
    }

    /** The terms in file order. */
    public static List<Term> terms() {
        try (InputStream in = MedicalDictionary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static List<Term> parse(BufferedReader reader) throws IOException {
        List<Term> terms = new ArrayList<>();
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t");
            if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank() || parts[2].isBlank()) {
                throw new IllegalStateException(RESOURCE + ":" + number + ": want simplified<TAB>taiwan<TAB>reason");
            }
            terms.add(new Term(parts[0], parts[1], parts[2]));
        }
        return terms;
    }

    /** Keys ({@code s2twp} form of each term) to Taiwan forms. */
    public static Map<String, String> entries(UnaryOperator<String> s2twp) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (Term term : terms()) {
            entries.put(s2twp.apply(term.simplified()), term.taiwan());
        }
        return entries;
    }
}

package io.medreason.chinese;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The project's Simplified-Chinese medical corpus (src/test/resources/corpus), in file order. */
final class Corpus {

    static final List<String> FILES = List.of("01-internal-medicine.txt", "02-skin-nerve-ent.txt",
            "03-children-women.txt", "04-hospital-it-devices.txt", "05-drugs-infection.txt",
            "06-surgery-mind-emergency.txt", "07-home-nutrition.txt", "08-mixed-script.txt");

    private Corpus() {
    }

    /** All files joined. */
    static String text() throws IOException {
        StringBuilder text = new StringBuilder();
        for (String file : FILES) {
            text.append(text(file));
        }
        return text.toString();
    }

    /** One corpus file. */
    static String text(String file) throws IOException {
        try (InputStream in = Corpus.class.getResourceAsStream("/corpus/" + file)) {
            if (in == null) {
                throw new IllegalStateException("corpus file " + file + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

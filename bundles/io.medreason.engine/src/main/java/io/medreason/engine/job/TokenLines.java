package io.medreason.engine.job;

import io.medreason.engine.train.Batch;
import io.medreason.engine.train.TokenizedExample;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Tokenized examples as JSON Lines: {@code {"input_ids": [...], "labels": [...]}} per record, the labels equal to
 * the ids except {@value Batch#IGNORE} on the prompt tokens that carry no loss (Hugging Face's ignore index).
 */
final class TokenLines {

    private TokenLines() {
    }

    static void write(Path file, List<TokenizedExample> examples) throws IOException {
        Files.createDirectories(file.getParent());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (TokenizedExample e : examples) {
                out.write(line(e));
                out.write('\n');
            }
        }
    }

    static String line(TokenizedExample e) {
        StringBuilder s = new StringBuilder(e.ids().length * 14 + 32).append("{\"input_ids\":[");
        for (int i = 0; i < e.ids().length; i++) {
            s.append(i == 0 ? "" : ",").append(e.ids()[i]);
        }
        s.append("],\"labels\":[");
        for (int i = 0; i < e.ids().length; i++) {
            s.append(i == 0 ? "" : ",").append(i < e.promptLength() ? Batch.IGNORE : e.ids()[i]);
        }
        return s.append("]}").toString();
    }
}

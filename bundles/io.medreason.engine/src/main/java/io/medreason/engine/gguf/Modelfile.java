package io.medreason.engine.gguf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.medreason.engine.text.ChatMl;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An Ollama {@code Modelfile} for an exported GGUF ({@code ollama create NAME -f Modelfile}): {@code FROM} the file
 * beside it, a Go-template {@code TEMPLATE} that renders Qwen's ChatML (system turn, then each message, then the
 * assistant header; the same text as the model's Jinja template for plain chats), {@code SYSTEM} Qwen2.5's default
 * system prompt (the Jinja template inserts it when a chat has none, and training used it), the stop sequences
 * ({@code <|im_start|>}, {@code <|im_end|>} and every end-of-sequence token of {@code generation_config.json}), and
 * the sampling defaults of {@code generation_config.json} ({@code temperature}, {@code top_p}, {@code top_k},
 * {@code repetition_penalty} as {@code repeat_penalty}).
 */
public final class Modelfile {

    /** The file name Ollama's documentation uses. */
    public static final String NAME = "Modelfile";

    static final String TEMPLATE = """
            {{- if .System }}<|im_start|>system
            {{ .System }}<|im_end|>
            {{ end }}
            {{- range $i, $m := .Messages }}
            {{- $last := eq (len (slice $.Messages $i)) 1 }}
            {{- if ne $m.Role "system" }}<|im_start|>{{ $m.Role }}
            {{ $m.Content }}{{ if or (ne $m.Role "assistant") (not $last) }}<|im_end|>
            {{ end }}
            {{- end }}
            {{- if and $last (ne $m.Role "assistant") }}<|im_start|>assistant
            {{ end }}
            {{- end }}""";

    private Modelfile() {
    }

    /** The Modelfile text for {@code ggufFile}, with defaults from {@code modelDir}'s generation_config.json. */
    public static String text(Path ggufFile, Path modelDir, GgufVocab vocab) throws IOException {
        StringBuilder s = new StringBuilder();
        s.append("# Written by medreason export-gguf. Create the Ollama model with:\n");
        s.append("#   ollama create medreason-tw -f ").append(NAME).append("\n");
        s.append("FROM ./").append(ggufFile.getFileName()).append("\n\n");
        s.append("TEMPLATE \"\"\"").append(TEMPLATE).append("\"\"\"\n\n");
        s.append("SYSTEM \"\"\"").append(ChatMl.DEFAULT_SYSTEM).append("\"\"\"\n\n");
        Path gen = modelDir.resolve("generation_config.json");
        JsonNode g = Files.isRegularFile(gen) ? new ObjectMapper().readTree(gen.toFile())
                : new ObjectMapper().createObjectNode();
        for (String stop : stops(g, vocab)) {
            s.append("PARAMETER stop \"").append(stop).append("\"\n");
        }
        param(s, "temperature", g.get("temperature"));
        param(s, "top_p", g.get("top_p"));
        param(s, "top_k", g.get("top_k"));
        param(s, "repeat_penalty", g.get("repetition_penalty"));
        return s.toString();
    }

    /** Writes {@link #text} atomically to {@code ggufFile}'s folder. */
    public static Path write(Path ggufFile, Path modelDir, GgufVocab vocab) throws IOException {
        Path dir = ggufFile.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, ".Modelfile", ".tmp");
        Files.writeString(tmp, text(ggufFile, modelDir, vocab), StandardCharsets.UTF_8);
        return Files.move(tmp, dir.resolve(NAME), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    private static Set<String> stops(JsonNode g, GgufVocab vocab) {
        Set<String> stops = new LinkedHashSet<>(List.of("<|im_start|>", "<|im_end|>"));
        JsonNode eos = g.get("eos_token_id");
        List<JsonNode> ids = eos == null ? List.of() : eos.isArray() ? toList(eos) : List.of(eos);
        for (JsonNode id : ids) {
            if (id.canConvertToInt() && id.asInt() >= 0 && id.asInt() < vocab.tokens().size()) {
                stops.add(vocab.tokens().get(id.asInt()));
            }
        }
        return stops;
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> out = new java.util.ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    private static void param(StringBuilder s, String name, JsonNode value) {
        if (value != null && value.isNumber()) {
            String v = value.isIntegralNumber() ? Long.toString(value.asLong())
                    : String.format(Locale.ROOT, "%s", value.decimalValue().stripTrailingZeros().toPlainString());
            s.append("PARAMETER ").append(name).append(' ').append(v).append('\n');
        }
    }
}

package io.medreason.engine.cli;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.medreason.core.cli.Flags;
import io.medreason.core.cli.Subcommand;
import io.medreason.core.cli.UsageException;
import io.medreason.engine.Engine;
import io.medreason.engine.lora.LoraAdapter;
import io.medreason.engine.model.Qwen2Model;
import io.medreason.engine.text.QwenTokenizer;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code medreason logprobs}: our tokenizer's ids and our model's next-token log-probabilities, as JSON, for checks
 * against other implementations (dev/gguf/llama-check.sh compares them with llama.cpp). Each input line is
 * {@code {"text": …}} (answered with its ids: the text as the tokenizer encodes it, special tokens recognised, none
 * added) or {@code {"ids": […]}} (answered with the ids, {@code logprobs[i]} = log p(ids[i+1] | ids[0..i]) and
 * {@code top[i]} = the K most likely next tokens as [id, log p]). Computed on the CPU in FP32, log-softmax in double.
 */
public final class LogprobsCommand implements Subcommand {

    @Override
    public String name() {
        return "logprobs";
    }

    @Override
    public String summary() {
        return "(for checks) token ids and next-token log-probabilities as JSON Lines";
    }

    @Override
    public String usage() {
        return """
                medreason logprobs --model DIR [--adapter DIR] --input FILE [--top K]
                  FILE is JSON Lines: {"text": ...} prints {"ids": [...]}; {"ids": [...]} prints the ids,
                  "logprobs" (log p of each next id) and "top" (the K most likely next tokens, default 5).""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Flags flags = Flags.parse(args, Set.of("model", "adapter", "input", "top"), Set.of());
        Path model = flags.existingPath("model");
        Path input = flags.existingPath("input");
        int top = flags.integer("top", 5);
        List<JsonNode> lines = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        int n = 0;
        for (String line : Files.readAllLines(input, StandardCharsets.UTF_8)) {
            n++;
            if (!line.isBlank()) {
                JsonNode node = json.readTree(line);
                if (!node.has("text") && !node.path("ids").isArray()) {
                    throw new UsageException(input + ": line " + n + " has neither \"text\" nor an \"ids\" array");
                }
                lines.add(node);
            }
        }
        try (QwenTokenizer tokenizer = QwenTokenizer.load(model)) {
            Qwen2Model m = lines.stream().anyMatch(l -> l.has("ids")) ? load(model, flags) : null;
            try {
                for (JsonNode l : lines) {
                    out.println(l.has("text") ? ids(json, tokenizer.encode(l.get("text").asText()))
                            : score(json, m, toIds(l.get("ids")), top));
                }
            } finally {
                if (m != null) {
                    m.close();
                }
            }
        }
        return 0;
    }

    private static Qwen2Model load(Path model, Flags flags) {
        Engine.init();
        Qwen2Model m = Qwen2Model.load(model, Device.cpu(), DataType.FLOAT32);
        if (flags.has("adapter")) {
            LoraAdapter.load(m, flags.existingPath("adapter"));
        }
        return m;
    }

    private static long[] toIds(JsonNode array) {
        long[] ids = new long[array.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = array.get(i).asLong();
        }
        return ids;
    }

    private static ObjectNode ids(ObjectMapper json, long[] ids) {
        ObjectNode o = json.createObjectNode();
        ArrayNode a = o.putArray("ids");
        for (long id : ids) {
            a.add(id);
        }
        return o;
    }

    private static ObjectNode score(ObjectMapper json, Qwen2Model m, long[] ids, int top) {
        float[] logits;
        try (NDManager nd = m.manager().newSubManager()) {
            NDArray out = m.forward(nd.create(ids, new Shape(1, ids.length)), null); // (1, T, V)
            logits = out.toFloatArray();
        }
        int vocab = logits.length / ids.length;
        ObjectNode o = ids(json, ids);
        ArrayNode lps = o.putArray("logprobs");
        ArrayNode tops = o.putArray("top");
        for (int t = 0; t + 1 < ids.length; t++) {
            double[] lp = logSoftmax(logits, t * vocab, vocab);
            lps.add(lp[(int) ids[t + 1]]);
            ArrayNode best = tops.addArray();
            for (int id : topK(lp, top)) {
                best.addArray().add(id).add(lp[id]);
            }
        }
        return o;
    }

    private static double[] logSoftmax(float[] logits, int offset, int n) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, logits[offset + i]);
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += Math.exp(logits[offset + i] - max);
        }
        double log = max + Math.log(sum);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = logits[offset + i] - log;
        }
        return out;
    }

    private static int[] topK(double[] lp, int k) {
        int[] best = new int[Math.min(k, lp.length)];
        java.util.Arrays.fill(best, -1);
        for (int i = 0; i < lp.length; i++) {
            for (int j = 0; j < best.length; j++) {
                if (best[j] < 0 || lp[i] > lp[best[j]]) {
                    System.arraycopy(best, j, best, j + 1, best.length - j - 1);
                    best[j] = i;
                    break;
                }
            }
        }
        return best;
    }
}

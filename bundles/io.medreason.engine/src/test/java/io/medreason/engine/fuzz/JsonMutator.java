package io.medreason.engine.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded mutations of a JSON document: structural (a key removed, or its value replaced by another type, an extreme
 * number, a huge string, deep nesting) and textual (truncated, a byte flipped, NUL, invalid UTF-8, a key twice).
 */
public final class JsonMutator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final SplittableRandom random;

    public JsonMutator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** One mutation of {@code original}; {@code kind[0]} receives its name. */
    public byte[] mutate(byte[] original, String[] kind) {
        int choice = random.nextInt(10);
        kind[0] = switch (choice) {
            case 0, 1, 2, 3 -> "replace-value";
            case 4 -> "remove-key";
            case 5 -> "truncate";
            case 6 -> "byte-flip";
            case 7 -> "bad-bytes";
            case 8 -> "duplicate-key";
            default -> "not-an-object";
        };
        return switch (choice) {
            case 0, 1, 2, 3 -> structural(original, true);
            case 4 -> structural(original, false);
            case 5 -> Arrays.copyOf(original, random.nextInt(original.length));
            case 6 -> flip(original);
            case 7 -> insert(original, badBytes());
            case 8 -> duplicateKey(original);
            default -> random.nextBoolean() ? randomValue().toString().getBytes(StandardCharsets.UTF_8)
                    : ("[".repeat(random.nextInt(900, 100_000)) + "1").getBytes(StandardCharsets.UTF_8);
        };
    }

    private byte[] structural(byte[] original, boolean replace) {
        JsonNode root = parse(original);
        List<ObjectNode> parents = new ArrayList<>();
        collect(root, parents);
        ObjectNode parent = parents.get(random.nextInt(parents.size()));
        List<String> keys = new ArrayList<>();
        parent.fieldNames().forEachRemaining(keys::add);
        if (keys.isEmpty()) {
            parent.set("x", randomValue());
        } else {
            String key = keys.get(random.nextInt(keys.size()));
            if (replace) {
                parent.set(key, randomValue());
            } else {
                parent.remove(key);
            }
        }
        return root.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void collect(JsonNode node, List<ObjectNode> into) {
        if (node instanceof ObjectNode o) {
            into.add(o);
        }
        node.forEach(child -> collect(child, into));
    }

    /** A value of a random kind, including the extremes that break naive readers. */
    public JsonNode randomValue() {
        return switch (random.nextInt(16)) {
            case 0 -> F.nullNode();
            case 1 -> F.booleanNode(random.nextBoolean());
            case 2 -> F.numberNode(0);
            case 3 -> F.numberNode(-1);
            case 4 -> F.numberNode(Integer.MAX_VALUE);
            case 5 -> F.numberNode(Long.MAX_VALUE);
            case 6 -> F.numberNode(1e308);
            case 7 -> F.numberNode(random.nextDouble(-2, 2));
            case 8 -> F.numberNode(random.nextInt(1, 100));
            case 9 -> F.textNode("x".repeat(random.nextInt(1, 4) == 1 ? 1_000_000 : 3));
            case 10 -> F.textNode("(((");
            case 11 -> F.arrayNode();
            case 12 -> F.objectNode();
            case 13 -> nested(random.nextInt(2, 900));
            case 14 -> F.textNode("\ud800 \u0000 中文");
            default -> F.arrayNode().add(random.nextInt(-5, 5)).add("q_proj").add(F.nullNode());
        };
    }

    private static JsonNode nested(int depth) {
        JsonNode node = F.numberNode(1);
        for (int i = 0; i < depth; i++) {
            ArrayNode a = F.arrayNode();
            a.add(node);
            node = a;
        }
        return node;
    }

    private byte[] flip(byte[] original) {
        byte[] out = original.clone();
        out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
        return out;
    }

    private byte[] badBytes() {
        byte[][] options = {{0}, {(byte) 0xff}, {(byte) 0xc3}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
            {(byte) 0xe4, (byte) 0xb8}, {'"'}, {'\\'}, {'{'}};
        return options[random.nextInt(options.length)];
    }

    private byte[] insert(byte[] original, byte[] bytes) {
        int at = random.nextInt(original.length + 1);
        byte[] out = new byte[original.length + bytes.length];
        System.arraycopy(original, 0, out, 0, at);
        System.arraycopy(bytes, 0, out, at, bytes.length);
        System.arraycopy(original, at, out, at + bytes.length, original.length - at);
        return out;
    }

    private byte[] duplicateKey(byte[] original) {
        String text = new String(original, StandardCharsets.UTF_8).strip();
        if (!text.startsWith("{") || text.length() < 3) {
            return original;
        }
        JsonNode root = parse(original);
        List<String> keys = new ArrayList<>();
        root.fieldNames().forEachRemaining(keys::add);
        String key = keys.isEmpty() ? "x" : keys.get(random.nextInt(keys.size()));
        return ("{\"" + key + "\": " + randomValue() + ", " + text.substring(1)).getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode parse(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

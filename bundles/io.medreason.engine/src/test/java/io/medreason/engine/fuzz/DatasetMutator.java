package io.medreason.engine.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;

/**
 * Seeded mutations of a small medical-o1 data set, as a JSON array or as JSON Lines: truncation at each class of
 * byte, wrong value types, nested surprises, huge strings, invalid UTF-8, NUL, lone surrogates, deep nesting, byte
 * flips and valid variants in the other layouts. {@link #mutate} returns the bytes and names the mutation.
 */
final class DatasetMutator {

    /** The mutation classes, chosen round-robin. */
    static final String[] KINDS = {"truncate", "wrong-type", "nested", "huge-string", "invalid-utf8", "nul",
        "lone-surrogate", "deep-nesting", "byte-flip", "valid-variant"};

    /** Byte classes a file is truncated at, round-robin: a cut lands just before a byte of the class. */
    static final String[] BYTE_CLASSES = {"structural", "quote", "backslash", "letter", "digit", "space-or-newline",
        "utf8-lead", "utf8-continuation", "colon-or-comma"};

    private static final String[] RECORDS = {
        "{\"Question\": \"头痛怎么办？\", \"Complex_CoT\": \"先排除危险信号。\\n再问病史\", \"Response\": \"多休息。\"}",
        "{\"Question\": \"发烧38.5度\", \"Complex_CoT\": \"看精神状态，\\\"高热\\\"时\", \"Response\": \"补充水分。\"}",
        "{\"Question\": \"血压高怎么办？\", \"Complex_CoT\": \"先确认测量方法。\", \"Response\": \"定期量测血压。\"}"};
    private static final String[] VARIANTS = {
        "{\"text\": \"<|im_start|>user\\n头痛<|im_end|>\"}",
        "{\"instruction\": \"头痛怎么办\", \"input\": \"\", \"output\": \"多休息\"}",
        "{\"conversations\": [{\"from\": \"human\", \"value\": \"头痛\"}, {\"from\": \"gpt\", \"value\": \"休息\"}]}",
        "{\"messages\": [{\"role\": \"user\", \"content\": \"头痛\"}, {\"role\": \"assistant\", \"content\": \"休息\"}]}"};

    private final SplittableRandom random;
    private int truncations;

    DatasetMutator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** The unmutated file in one of the two containers. */
    static byte[] valid(boolean lines) {
        return join(Arrays.asList(RECORDS), lines);
    }

    /** A mutated file; {@code lines} picks JSON Lines over a JSON array; {@code kind} indexes {@link #KINDS}. */
    byte[] mutate(int kind, boolean lines) {
        List<String> records = new ArrayList<>(Arrays.asList(RECORDS));
        int at = random.nextInt(records.size());
        String rec = records.get(at);
        switch (KINDS[kind]) {
            case "truncate":
                return truncate(valid(lines));
            case "wrong-type":
                records.set(at, rec.replaceFirst("\"[^\"]*\"(,|})", wrongValue() + "$1"));
                break;
            case "nested":
                records.set(at, nestedSurprise(rec));
                break;
            case "huge-string":
                records.set(at, rec.replace("多休息", "多".repeat(random.nextInt(8) == 0 ? 3_000_000 : 100_000)));
                break;
            case "invalid-utf8":
                return insertInString(join(records, lines), new byte[][] {{(byte) 0xff}, {(byte) 0xc3, 'a'},
                    {(byte) 0xe4, (byte) 0xb8}, {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
                    {(byte) 0xc0, (byte) 0xaf}}[random.nextInt(5)]);
            case "nul":
                return random.nextBoolean() ? insertInString(join(records, lines), new byte[] {0})
                        : join(replaced(records, at, rec.replace("多休息", "多\\u0000休息")), lines);
            case "lone-surrogate":
                return random.nextBoolean() ? join(replaced(records, at, rec.replace("多休息", "多\\ud800休息")), lines)
                        : insertInString(join(records, lines), new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80});
            case "deep-nesting":
                records.set(at, random.nextBoolean() ? "[".repeat(random.nextInt(500, 200_000))
                        : rec.replaceFirst("\"先", deep(random.nextInt(10, 5000)) + ", \"x\": \"先"));
                break;
            case "byte-flip":
                return flip(join(records, lines));
            default:
                records.set(at, VARIANTS[random.nextInt(VARIANTS.length)]);
                if (random.nextBoolean()) {
                    records.replaceAll(r -> VARIANTS[random.nextInt(VARIANTS.length)]);
                }
        }
        return join(records, lines);
    }

    private static List<String> replaced(List<String> records, int at, String rec) {
        records.set(at, rec);
        return records;
    }

    private String wrongValue() {
        String[] values = {"1", "-0.5e308", "null", "true", "[]", "{}", "[\"a\", 1]", "{\"zh\": \"中\"}", "\"\""};
        return values[random.nextInt(values.length)];
    }

    private String nestedSurprise(String rec) {
        return switch (random.nextInt(5)) {
            case 0 -> "[" + rec + "]";
            case 1 -> "{\"record\": " + rec + "}";
            case 2 -> rec.replace("\"Response\": ", "\"Response\": {\"text\": ") + "}";
            case 3 -> "\"" + rec.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
            default -> rec.replace("}", ", \"meta\": {\"a\": [1, [2, {\"b\": null}]], \"Question\": 3}}");
        };
    }

    private static String deep(int depth) {
        return "\"nest\": " + "[".repeat(depth) + "]".repeat(depth);
    }

    private byte[] truncate(byte[] file) {
        String cls = BYTE_CLASSES[truncations++ % BYTE_CLASSES.length];
        IntPredicate in = byteClass(cls);
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < file.length; i++) {
            if (in.test(file[i] & 0xff) && (!cls.equals("backslash") || i > 0)) {
                positions.add(cls.equals("backslash") ? i + 1 : i); // cut inside the escape
            }
        }
        int cut = positions.get(random.nextInt(positions.size()));
        return Arrays.copyOf(file, cut);
    }

    static IntPredicate byteClass(String cls) {
        return switch (cls) {
            case "structural" -> b -> "{}[]".indexOf(b) >= 0;
            case "quote" -> b -> b == '"';
            case "backslash" -> b -> b == '\\';
            case "letter" -> b -> Character.isLetter(b) && b < 128;
            case "digit" -> b -> b >= '0' && b <= '9';
            case "space-or-newline" -> b -> b == ' ' || b == '\n';
            case "utf8-lead" -> b -> b >= 0xc0;
            case "utf8-continuation" -> b -> b >= 0x80 && b < 0xc0;
            default -> b -> b == ':' || b == ',';
        };
    }

    private byte[] insertInString(byte[] file, byte[] bytes) {
        List<Integer> quotes = new ArrayList<>();
        for (int i = 0; i < file.length; i++) {
            if (file[i] == '"') {
                quotes.add(i + 1);
            }
        }
        int at = quotes.get(random.nextInt(quotes.size()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(file, 0, at);
        out.writeBytes(bytes);
        out.write(file, at, file.length - at);
        return out.toByteArray();
    }

    private byte[] flip(byte[] file) {
        byte[] out = file.clone();
        for (int n = random.nextInt(1, 4); n > 0; n--) {
            out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return out;
    }

    private static byte[] join(List<String> records, boolean lines) {
        String text = lines ? String.join("\n", records) + "\n" : "[\n  " + String.join(",\n  ", records) + "\n]\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

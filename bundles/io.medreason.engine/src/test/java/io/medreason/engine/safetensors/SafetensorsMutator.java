package io.medreason.engine.safetensors;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Seeded mutations of a small, valid safetensors file (F32, BF16, F16, I64, a 0-d and an empty tensor): each call
 * returns one damaged or unusual variant and the name of the mutation class, for the fuzz tests.
 */
final class SafetensorsMutator {

    /** The mutation classes, in the order {@link #mutate} picks them round-robin. */
    static final String[] KINDS = {"header-length", "header-not-json", "unknown-dtype", "shape-vs-bytes",
        "offsets", "truncated", "duplicate-name", "byte-flip", "valid-variant", "header-garbage-types"};

    private static final String[] DTYPES = {"F32", "BF16", "F16", "I64", "F32", "F32"};
    private static final String[] NAMES = {"a.weight", "b.weight", "c.weight", "ids", "scalar", "empty"};
    private static final long[][] SHAPES = {{2, 3}, {4}, {2, 2}, {3}, {}, {0, 5}};

    private final SplittableRandom random;

    SafetensorsMutator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A mutated file of the given class (index into {@link #KINDS}). */
    byte[] mutate(int kind) {
        return switch (KINDS[kind]) {
            case "header-length" -> withHeaderLength(valid(), pickLength());
            case "header-not-json" -> notJson();
            case "unknown-dtype" -> build(i -> i == pick() ? entry(i, randomWord(), SHAPES[i], null) : null, 0);
            case "shape-vs-bytes" -> build(i -> i == pick() ? entry(i, DTYPES[i], randomShape(), null) : null, 0);
            case "offsets" -> build(i -> i == pick() ? entry(i, DTYPES[i], SHAPES[i], randomOffsets()) : null, 0);
            case "truncated" -> Arrays.copyOf(valid(), random.nextInt(valid().length));
            case "duplicate-name" -> duplicate();
            case "byte-flip" -> flip(valid());
            case "valid-variant" -> build(i -> null, random.nextInt(0, 24));
            default -> build(i -> i == pick() ? garbageEntry(i) : null, 0);
        };
    }

    private int target = -1;

    private int pick() {
        if (target < 0) {
            target = random.nextInt(NAMES.length);
        }
        return target;
    }

    /** The unmutated file. */
    byte[] valid() {
        return build(i -> null, 0);
    }

    private interface EntryOverride {
        String entry(int index);
    }

    /** Header of all tensors (an override may replace one entry's JSON) with {@code pad} spaces, then the data. */
    private byte[] build(EntryOverride override, int pad) {
        StringBuilder header = new StringBuilder("{\"__metadata__\":{\"format\":\"pt\"}");
        long offset = 0;
        for (int i = 0; i < NAMES.length; i++) {
            long bytes = elements(SHAPES[i]) * width(DTYPES[i]);
            String custom = override.entry(i);
            header.append(',').append(custom != null ? custom : entry(i, DTYPES[i], SHAPES[i],
                    new long[] {offset, offset + bytes}));
            offset += bytes;
        }
        header.append('}').append(" ".repeat(pad));
        target = -1;
        return assemble(header.toString().getBytes(StandardCharsets.UTF_8), data(offset));
    }

    private String entry(int i, String dtype, long[] shape, long[] offsets) {
        long[] span = offsets != null ? offsets : spanOf(i);
        return "\"" + NAMES[i] + "\":{\"dtype\":\"" + dtype + "\",\"shape\":" + Arrays.toString(shape)
                + ",\"data_offsets\":[" + span[0] + "," + span[1] + "]}";
    }

    private static long[] spanOf(int index) {
        long offset = 0;
        for (int i = 0; i < index; i++) {
            offset += elements(SHAPES[i]) * width(DTYPES[i]);
        }
        return new long[] {offset, offset + elements(SHAPES[index]) * width(DTYPES[index])};
    }

    private String garbageEntry(int i) {
        String[] values = {"null", "[]", "\"x\"", "1.5", "-1", "{}", "[1,2,3]", "[-1,2]", "[1.5]", "true",
            "99999999999999999999", "[9223372036854775807,9223372036854775807]"};
        String v = values[random.nextInt(values.length)];
        return switch (random.nextInt(4)) {
            case 0 -> "\"" + NAMES[i] + "\":" + v;
            case 1 -> "\"" + NAMES[i] + "\":{\"dtype\":" + v + ",\"shape\":[1],\"data_offsets\":[0,4]}";
            case 2 -> "\"" + NAMES[i] + "\":{\"dtype\":\"F32\",\"shape\":" + v + ",\"data_offsets\":[0,4]}";
            default -> "\"" + NAMES[i] + "\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":" + v + "}";
        };
    }

    private byte[] duplicate() {
        byte[] file = valid();
        String header = headerText(file);
        int i = random.nextInt(NAMES.length);
        String dup = entry(i, DTYPES[i], SHAPES[i], spanOf(random.nextInt(NAMES.length)));
        String text = header.substring(0, header.length() - 1) + "," + dup + "}";
        return assemble(text.getBytes(StandardCharsets.UTF_8), Arrays.copyOfRange(file, 8 + headerLength(file),
                file.length));
    }

    private byte[] notJson() {
        byte[] file = valid();
        int len = headerLength(file);
        byte[] out = file.clone();
        switch (random.nextInt(3)) {
            case 0 -> out[8 + random.nextInt(len)] = (byte) "{}[]\",:x\0\u00ff".charAt(random.nextInt(10));
            case 1 -> Arrays.fill(out, 8 + random.nextInt(len), 8 + len, (byte) ' ');
            default -> out[8 + random.nextInt(len)] = (byte) random.nextInt(256);
        }
        return out;
    }

    private byte[] flip(byte[] file) {
        byte[] out = file.clone();
        int flips = 1 + random.nextInt(4);
        for (int f = 0; f < flips; f++) {
            int at = random.nextInt(out.length);
            out[at] ^= (byte) (1 << random.nextInt(8));
        }
        return out;
    }

    private long pickLength() {
        long[] lengths = {0, -1, -8, Long.MIN_VALUE, Long.MAX_VALUE, 1L << 40, 7, 1, (100L << 20) + 1};
        return random.nextBoolean() ? lengths[random.nextInt(lengths.length)]
                : headerLength(valid()) + random.nextInt(-16, 17);
    }

    private long[] randomShape() {
        int rank = random.nextInt(4);
        long[] shape = new long[rank];
        for (int d = 0; d < rank; d++) {
            shape[d] = random.nextInt(10) == 0 ? (random.nextBoolean() ? -1 : Long.MAX_VALUE / 2) : random.nextInt(7);
        }
        return shape;
    }

    private long[] randomOffsets() {
        long total = valid().length;
        long a = random.nextInt(10) == 0 ? -random.nextInt(1, 100) : random.nextLong(total + 64);
        long b = random.nextInt(10) == 0 ? Long.MAX_VALUE : random.nextLong(total + 64);
        return new long[] {a, b};
    }

    private String randomWord() {
        String[] words = {"F8", "f32", "FLOAT", "", "U64", "C64", "F32 ", "BF16\u0000", "中文", "I128"};
        return words[random.nextInt(words.length)];
    }

    private byte[] data(long bytes) {
        byte[] data = new byte[(int) bytes];
        SplittableRandom values = new SplittableRandom(7);
        ByteBuffer buf = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        while (buf.remaining() >= 4) {
            buf.putFloat((float) values.nextDouble(-2, 2));
        }
        return data;
    }

    static byte[] withHeaderLength(byte[] file, long length) {
        byte[] out = file.clone();
        ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN).putLong(0, length);
        return out;
    }

    private static byte[] assemble(byte[] header, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(header.length).array());
        out.writeBytes(header);
        out.writeBytes(data);
        return out.toByteArray();
    }

    private static int headerLength(byte[] file) {
        return (int) ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN).getLong(0);
    }

    private static String headerText(byte[] file) {
        return new String(file, 8, headerLength(file), StandardCharsets.UTF_8);
    }

    private static long elements(long[] shape) {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        return n;
    }

    private static int width(String dtype) {
        return switch (dtype) {
            case "F32" -> 4;
            case "I64" -> 8;
            default -> 2;
        };
    }
}

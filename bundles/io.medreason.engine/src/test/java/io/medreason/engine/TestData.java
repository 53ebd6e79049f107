package io.medreason.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Paths and readers for the test fixtures (the tiny Qwen2 model ships in the repository's models/ folder). */
public final class TestData {

    /** The tiny model folder (tests run in the bundle folder). */
    public static final Path TINY_MODEL = Path.of("../../models/tiny-qwen2");

    private TestData() {
    }

    /** A folder or file under src/test/resources. */
    public static Path resource(String name) {
        try {
            return Path.of(TestData.class.getResource("/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }

    public static JsonNode json(String name) {
        try {
            return new ObjectMapper().readTree(resource(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** tiny-qwen2/ids.json as arrays. */
    public static List<long[]> tinyIds() {
        List<long[]> out = new ArrayList<>();
        for (JsonNode rec : json("tiny-qwen2/ids.json")) {
            long[] ids = new long[rec.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = rec.get(i).asLong();
            }
            out.add(ids);
        }
        return out;
    }

    /** Relative difference |a-b| / max(|b|, tiny). */
    public static double relative(double actual, double expected) {
        return Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-12);
    }
}

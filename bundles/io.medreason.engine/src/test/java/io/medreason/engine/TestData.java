package io.medreason.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
    /** The tiny model on the CPU in FP32, with its trained adapter attached when {@code adapter}. */
    public static io.medreason.engine.model.Qwen2Model tinyModel(boolean adapter) {
        Engine.init();
        io.medreason.engine.model.Qwen2Model model = io.medreason.engine.model.Qwen2Model.load(TINY_MODEL,
                ai.djl.Device.cpu(), ai.djl.ndarray.types.DataType.FLOAT32);
        if (adapter) {
            io.medreason.engine.lora.LoraAdapter.load(model, resource("tiny-qwen2/adapter"));
        }
        return model;
    }

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

    /** Three short medical-o1 records in Simplified Chinese, written to {@code file} as JSON Lines. */
    public static Path threeRecords(Path file) throws IOException {
        return Files.writeString(file, """
                {"Question": "头痛怎么办？", "Complex_CoT": "先排除危险信号。", "Response": "多休息，持续请就医。"}
                {"Question": "发烧怎么办？", "Complex_CoT": "看精神状态。", "Response": "补充水分，高烧不退请就医。"}
                {"Question": "血压高怎么办？", "Complex_CoT": "先确认测量方法。", "Response": "定期量测血压，遵医嘱服药。"}
                """, StandardCharsets.UTF_8);
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

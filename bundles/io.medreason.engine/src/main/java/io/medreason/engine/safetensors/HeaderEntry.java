package io.medreason.engine.safetensors;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;

/** Parses and validates one tensor entry of a safetensors header. */
final class HeaderEntry {

    private HeaderEntry() {
    }

    static TensorInfo parse(Path file, String name, JsonNode node, long dataSize) {
        String where = file + ": tensor " + name;
        if (!node.isObject()) {
            throw new SafetensorsException(where + ": header entry is not an object");
        }
        String typeName = node.path("dtype").asText(null);
        SafeDType dtype = typeName == null ? null : SafeDType.parse(typeName);
        if (dtype == null) {
            throw new SafetensorsException(where + ": unknown dtype " + node.get("dtype"));
        }
        JsonNode shapeNode = node.get("shape");
        if (shapeNode == null || !shapeNode.isArray()) {
            throw new SafetensorsException(where + ": missing shape");
        }
        long[] shape = new long[shapeNode.size()];
        for (int i = 0; i < shape.length; i++) {
            JsonNode d = shapeNode.get(i);
            if (!d.isIntegralNumber() || !d.canConvertToLong() || d.asLong() < 0) {
                throw new SafetensorsException(where + ": bad shape " + shapeNode);
            }
            shape[i] = d.asLong();
        }
        JsonNode offsets = node.get("data_offsets");
        if (offsets == null || !offsets.isArray() || offsets.size() != 2 || !integral(offsets.get(0))
                || !integral(offsets.get(1))) {
            throw new SafetensorsException(where + ": missing or bad data_offsets");
        }
        long begin = offsets.get(0).asLong();
        long end = offsets.get(1).asLong();
        if (begin < 0 || end < begin || end > dataSize) {
            throw new SafetensorsException(where + ": data_offsets [" + begin + ", " + end
                    + "] lie outside the data section (" + dataSize + " bytes); the file may be truncated");
        }
        TensorInfo info = new TensorInfo(name, dtype, shape, begin, end);
        long expected;
        try {
            expected = Math.multiplyExact(info.elements(), dtype.bytes());
        } catch (ArithmeticException e) {
            throw new SafetensorsException(where + ": shape is too large", e);
        }
        if (expected != end - begin) {
            throw new SafetensorsException(where + ": shape " + shapeNode + " of " + dtype + " needs " + expected
                    + " bytes but data_offsets span " + (end - begin));
        }
        return info;
    }

    private static boolean integral(JsonNode n) {
        return n.isIntegralNumber() && n.canConvertToLong();
    }
}

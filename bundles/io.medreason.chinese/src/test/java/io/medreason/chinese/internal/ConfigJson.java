package io.medreason.chinese.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one of OpenCC's configuration files (test resources {@code /opencc/NAME.json}, copied from the npm package)
 * into an {@link OpenccConfig}, as OpenCC's {@code Config.cpp} reads it: a dictionary marked {@code may_output_tofu}
 * is left out unless {@code includeTofuRisk} ({@code --include-tofu-risk-dictionaries}).
 */
public final class ConfigJson {

    private ConfigJson() {
    }

    public static OpenccConfig read(String name, boolean includeTofuRisk) throws IOException {
        String resource = "/opencc/" + name + ".json";
        try (InputStream in = ConfigJson.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            DictSpec normalization = root.has("normalization") ? stage(root.get("normalization"), includeTofuRisk) : null;
            DictSpec segmentation = root.has("segmentation")
                    ? dict(root.at("/segmentation/dict"), includeTofuRisk) : null;
            List<DictSpec> chain = new ArrayList<>();
            for (JsonNode stage : root.get("conversion_chain")) {
                chain.add(dict(stage.get("dict"), includeTofuRisk));
            }
            return new OpenccConfig(normalization, segmentation, chain);
        }
    }

    /** OpenCC 1.4's normalization is a chain too; ours has room for one stage, which is all its configurations use. */
    private static DictSpec stage(JsonNode chain, boolean includeTofuRisk) {
        if (chain.size() != 1) {
            throw new IllegalStateException("normalization with " + chain.size() + " stages");
        }
        return dict(chain.get(0).get("dict"), includeTofuRisk);
    }

    private static DictSpec dict(JsonNode node, boolean includeTofuRisk) {
        if (node.path("may_output_tofu").asBoolean(false) && !includeTofuRisk) {
            return null;
        }
        String type = node.get("type").asText();
        if (type.equals("ocd2")) {
            String file = node.get("file").asText().replace(".ocd2", "");
            DictName name = DictName.byFileName(file);
            if (name == null) {
                throw new IllegalStateException("no dictionary " + file);
            }
            return new DictSpec.File(name);
        }
        List<DictSpec> members = new ArrayList<>();
        for (JsonNode member : node.get("dicts")) {
            DictSpec spec = dict(member, includeTofuRisk);
            if (spec != null) {
                members.add(spec);
            }
        }
        DictSpec.MatchPolicy policy = node.path("match_policy").asText("short_circuit").equals("union")
                ? DictSpec.MatchPolicy.UNION : DictSpec.MatchPolicy.SHORT_CIRCUIT;
        return new DictSpec.Group(policy, members);
    }
}

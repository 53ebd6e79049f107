package io.medreason.chinese;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.medreason.chinese.internal.DictName;
import io.medreason.chinese.internal.Dictionaries;
import io.medreason.chinese.internal.Profile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The effective dictionaries (opencc4j plus corrections) equal the installed OpenCC's, entry by entry (default
 * values), and each profile's stages equal OpenCC's JSON configuration of the same name. When Debian updates OpenCC
 * this fails: regenerate the corrections with dev/opencc/make-corrections.sh.
 */
class DictionaryParityTest {

    @TempDir
    Path work;

    @ParameterizedTest
    @EnumSource(DictName.class)
    void dictionaryEqualsOpencc(DictName name) throws Exception {
        Map<String, String> opencc = new TreeMap<>();
        for (String line : OpenccCommand.dictionary(name.fileName(), work)) {
            String[] parts = line.split("\t", 2);
            if (parts.length == 2) {
                opencc.put(parts[0], parts[1].trim().split(" ")[0]);
            }
        }
        Map<String, String> ours = new TreeMap<>(Dictionaries.shipped().entries(name));
        List<String> differences = new ArrayList<>();
        for (String key : opencc.keySet()) {
            if (!opencc.get(key).equals(ours.get(key))) {
                differences.add(key + "→" + opencc.get(key) + " (ours " + ours.get(key) + ")");
            }
        }
        ours.keySet().stream().filter(key -> !opencc.containsKey(key)).forEach(key -> differences.add("extra " + key));
        System.out.printf("%-20s %6d entries, %d differences%n", name.fileName(), opencc.size(), differences.size());
        assertTrue(differences.isEmpty(), name.fileName() + " differs from OpenCC in " + differences.size()
                + " entries, e.g. " + differences.subList(0, Math.min(10, differences.size())));
    }

    @Test
    void profilesFollowOpenccConfigurations() throws Exception {
        OpenccCommand.require("opencc");
        ObjectMapper json = new ObjectMapper();
        for (Profile profile : Profile.values()) {
            String config = profile.medical() ? "s2twp" : profile.id();
            JsonNode root = json.readTree(OpenccCommand.SHARE.resolve(config + ".json").toFile());
            assertEquals(root.at("/segmentation/dict/file").asText(), profile.segmentation().fileName() + ".ocd2",
                    profile.id() + " segmentation");
            List<List<String>> chain = new ArrayList<>();
            for (JsonNode stage : root.get("conversion_chain")) {
                JsonNode dict = stage.get("dict");
                List<String> files = new ArrayList<>();
                for (JsonNode member : dict.has("dicts") ? dict.get("dicts") : List.of(dict)) {
                    files.add(member.get("file").asText().replace(".ocd2", ""));
                }
                chain.add(files);
            }
            List<List<String>> ours = profile.chain().stream()
                    .map(group -> group.stream().map(DictName::fileName).toList()).toList();
            assertEquals(chain, ours, profile.id() + " conversion chain");
        }
    }
}

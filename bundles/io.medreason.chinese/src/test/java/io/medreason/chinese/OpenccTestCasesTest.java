package io.medreason.chinese;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.medreason.chinese.internal.ConfigJson;
import io.medreason.chinese.internal.Dictionaries;
import io.medreason.chinese.internal.StagedConverter;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * OpenCC's own test cases ({@code test/testcases/testcases.json}, committed under {@code /opencc}) for the profiles
 * we offer. OpenCC runs them with {@code --include-tofu-risk-dictionaries}; our profiles, like OpenCC's CLI by
 * default, leave those dictionaries out. So each case runs twice: with our profile, which must give the expected
 * text except where the tofu-risk dictionary decides it, and with OpenCC's configuration file read with tofu-risk
 * dictionaries, which must give the expected text always.
 */
class OpenccTestCasesTest {

    /** Input and expected output of one case for one profile. */
    record Case(String id, String input, String expected) {
    }

    static final Map<String, List<Case>> CASES = new TreeMap<>();

    @BeforeAll
    static void readCases() throws Exception {
        JsonMapper json = JsonMapper.builder().enable(JsonReadFeature.ALLOW_TRAILING_COMMA).build();
        try (InputStream in = OpenccTestCasesTest.class.getResourceAsStream("/opencc/testcases.json")) {
            for (JsonNode item : json.readTree(in).get("cases")) {
                item.get("expected").properties().forEach(e -> CASES.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(new Case(item.get("id").asText(), item.get("input").asText(), e.getValue().asText())));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"s2t", "s2tw", "s2twp", "s2hk", "t2s", "tw2s", "tw2sp"})
    void profilePassesOpenccTestCases(String profile) throws Exception {
        List<Case> cases = CASES.getOrDefault(profile, List.of());
        assertTrue(cases.size() >= 30, profile + " has only " + cases.size() + " cases");
        ChineseConverter ours = ChineseConverter.of(profile);
        StagedConverter withTofuRisk = new StagedConverter(ConfigJson.read(profile, true), Dictionaries.shipped(), null);
        StagedConverter withoutTofuRisk = new StagedConverter(ConfigJson.read(profile, false), Dictionaries.shipped(),
                null);
        List<String> failed = new ArrayList<>();
        int tofu = 0;
        int passed = 0;
        for (Case c : cases) {
            assertEquals(c.expected(), withTofuRisk.convert(c.input()), c.id() + " with tofu-risk dictionaries");
            String got = ours.convert(c.input());
            boolean tofuDecides = !withTofuRisk.convert(c.input()).equals(withoutTofuRisk.convert(c.input()));
            tofu += tofuDecides ? 1 : 0;
            passed += got.equals(c.expected()) ? 1 : 0;
            if (!got.equals(c.expected()) && !tofuDecides) {
                failed.add(c.id() + ": " + got + " | expected " + c.expected());
            }
        }
        System.out.printf("%-6s OpenCC test cases: %d/%d pass (%d decided by the tofu-risk dictionary)%n", profile,
                passed, cases.size(), tofu);
        assertTrue(failed.isEmpty(), profile + " fails " + failed);
    }
}

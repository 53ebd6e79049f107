package io.medreason.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.medreason.core.cli.UsageException;
import org.junit.jupiter.api.Test;

/** config.json as Qwen2.5 publishes it (every key of the 0.5B/1.5B/3B-Instruct files), and refusals. */
class Qwen2ConfigTest {

    private static String published(int hidden, int inter, int layers, int heads, int window) {
        return """
                {"architectures": ["Qwen2ForCausalLM"], "attention_dropout": 0.0, "bos_token_id": 151643,
                 "eos_token_id": 151645, "hidden_act": "silu", "hidden_size": %d, "initializer_range": 0.02,
                 "intermediate_size": %d, "max_position_embeddings": 32768, "max_window_layers": %d,
                 "model_type": "qwen2", "num_attention_heads": %d, "num_hidden_layers": %d,
                 "num_key_value_heads": 2, "rms_norm_eps": 1e-06, "rope_scaling": null, "rope_theta": 1000000.0,
                 "sliding_window": 32768, "tie_word_embeddings": true, "torch_dtype": "bfloat16",
                 "transformers_version": "4.43.1", "use_cache": true, "use_sliding_window": false,
                 "vocab_size": 151936}""".formatted(hidden, inter, window, heads, layers);
    }

    private static Qwen2Config parse(String json) throws Exception {
        return Qwen2Config.fromJson(new ObjectMapper().readTree(json), "config.json");
    }

    @Test
    void publishedQwen25ConfigsGiveThePublishedParameterCounts() throws Exception {
        Qwen2Config half = parse(published(896, 4864, 24, 14, 21));
        assertEquals(64, half.headDim());
        assertEquals(7, half.groups());
        assertEquals(494_032_768L, half.parameterCount());
        assertEquals(half, Qwen2Config.qwen25HalfB());
        assertEquals(1_543_714_304L, parse(published(1536, 8960, 28, 12, 21)).parameterCount());
        Qwen2Config three = parse(published(2048, 11008, 36, 16, 70));
        assertEquals(3_085_938_688L, three.parameterCount());
        assertEquals(three, parse(three.toJson().toString()));
    }

    @Test
    void otherArchitecturesAndOptionsAreRefusedByName() {
        String llama = published(896, 4864, 24, 14, 21).replace("\"qwen2\"", "\"llama\"");
        assertTrue(assertThrows(UsageException.class, () -> parse(llama)).getMessage().contains("model_type 'llama'"));
        String yarn = published(896, 4864, 24, 14, 21).replace("\"rope_scaling\": null",
                "\"rope_scaling\": {\"type\": \"yarn\", \"factor\": 4.0}");
        assertTrue(assertThrows(UsageException.class, () -> parse(yarn)).getMessage().contains("rope_scaling"));
        String noHidden = published(896, 4864, 24, 14, 21).replace("\"hidden_size\": 896,", "");
        assertTrue(assertThrows(UsageException.class, () -> parse(noHidden)).getMessage().contains("hidden_size"));
        String badHeads = published(896, 4864, 24, 14, 21).replace("\"num_key_value_heads\": 2", "\"num_key_value_heads\": 3");
        assertTrue(assertThrows(UsageException.class, () -> parse(badHeads)).getMessage().contains("multiple"));
    }
}

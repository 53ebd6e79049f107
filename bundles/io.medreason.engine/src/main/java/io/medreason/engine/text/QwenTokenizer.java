package io.medreason.engine.text;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.TokenizersLibrary;
import io.medreason.core.cli.UsageException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A Qwen model's {@code tokenizer.json} through DJL's Hugging Face tokenizers, configured as the trainer needs it:
 * no added special tokens, no truncation (DJL would cut at 512 by default), no padding. ChatML markers written in the
 * text ({@code <|im_start|>}…) become their special ids. Decoding goes through the byte-level vocabulary so that
 * streamed output can be cut at whole UTF-8 characters.
 */
public final class QwenTokenizer implements AutoCloseable {

    /** End of a ChatML turn. */
    public static final String IM_END = "<|im_end|>";
    /** Start of a ChatML turn. */
    public static final String IM_START = "<|im_start|>";
    /** End of text (Qwen's pad/eos for base models). */
    public static final String END_OF_TEXT = "<|endoftext|>";

    private final HuggingFaceTokenizer tokenizer;
    private final ByteLevelVocab vocab;

    private QwenTokenizer(HuggingFaceTokenizer tokenizer, ByteLevelVocab vocab) {
        this.tokenizer = tokenizer;
        this.vocab = vocab;
    }

    /** Loads {@code modelDir/tokenizer.json}. */
    public static QwenTokenizer load(Path modelDir) throws IOException {
        Path file = Files.isDirectory(modelDir) ? modelDir.resolve("tokenizer.json") : modelDir;
        if (!Files.isRegularFile(file)) {
            throw new UsageException(modelDir + ": no tokenizer.json");
        }
        System.setProperty("ai.djl.offline", "true");
        ByteLevelVocab vocab;
        try {
            vocab = ByteLevelVocab.read(file);
        } catch (IOException | RuntimeException e) {
            throw new UsageException(file + ": not a readable tokenizer.json (" + e.getMessage() + ")", e);
        }
        HuggingFaceTokenizer hf = HuggingFaceTokenizer.newInstance(file,
                Map.of("addSpecialTokens", "false", "truncation", "false", "padding", "false"));
        return new QwenTokenizer(hf, vocab);
    }

    /**
     * Token ids of {@code text}. Only the ids are fetched from the native encoding (DJL's {@code Encoding} would
     * also copy tokens, offsets and masks). Safe to call from several threads (the Rust tokenizer is immutable).
     */
    public long[] encode(String text) {
        long encoding = TokenizersLibrary.LIB.encode(tokenizer.getHandle(), text, false);
        try {
            return TokenizersLibrary.LIB.getTokenIds(encoding);
        } finally {
            TokenizersLibrary.LIB.deleteEncoding(encoding);
        }
    }

    /** Number of tokens of {@code text}; thread-safe. */
    public int count(String text) {
        return encode(text).length;
    }

    /** Token counts of many texts at once (encoded in parallel by the native library). */
    public int[] countAll(List<String> texts) {
        long[] encodings = TokenizersLibrary.LIB.batchEncode(tokenizer.getHandle(), texts.toArray(String[]::new),
                false);
        int[] counts = new int[encodings.length];
        for (int i = 0; i < encodings.length; i++) {
            counts[i] = TokenizersLibrary.LIB.getTokenIds(encodings[i]).length;
            TokenizersLibrary.LIB.deleteEncoding(encodings[i]);
        }
        return counts;
    }

    /** The text of {@code ids}, special tokens included as written (e.g. {@code <|im_end|>}). */
    public String decode(long[] ids) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (long id : ids) {
            out.writeBytes(vocab.bytes(id));
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The raw bytes a token stands for (may be part of a UTF-8 character). */
    public byte[] bytes(long id) {
        return vocab.bytes(id);
    }

    /** The id of a special token such as {@code <|im_end|>}, or an error naming it. */
    public long id(String special) {
        int id = vocab.addedId(special);
        if (id < 0) {
            throw new UsageException("tokenizer has no special token " + special);
        }
        return id;
    }

    /** Whether the tokenizer has a special token. */
    public boolean hasSpecial(String special) {
        return vocab.addedId(special) >= 0;
    }

    @Override
    public void close() {
        tokenizer.close();
    }
}

package io.medreason.engine.text;

import io.medreason.core.text.TokenCounter;
import io.medreason.core.text.TokenCounterFactory;
import java.io.IOException;
import java.nio.file.Path;

/** {@link TokenCounterFactory} backed by {@link QwenTokenizer} (registered in META-INF/services). */
public final class EngineTokenCounterFactory implements TokenCounterFactory {

    @Override
    public TokenCounter forModel(Path modelDir) throws IOException {
        try {
            QwenTokenizer tokenizer = QwenTokenizer.load(modelDir);
            return tokenizer::count;
        } catch (io.medreason.core.cli.UsageException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}

package io.medreason.core.text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ServiceLoader;

/**
 * Service (found with {@link ServiceLoader}) that makes a {@link TokenCounter} from a Hugging Face model folder
 * ({@code tokenizer.json}). The engine bundle provides it; bundles that only count tokens (dataset statistics, the
 * editors) use it without depending on the engine.
 */
public interface TokenCounterFactory {

    /** @throws IOException when the folder has no readable {@code tokenizer.json} (the message names the file) */
    TokenCounter forModel(Path modelDir) throws IOException;

    /** The first factory on the class path, or an error that says none is installed. */
    static TokenCounterFactory find() {
        return ServiceLoader.load(TokenCounterFactory.class, TokenCounterFactory.class.getClassLoader())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no tokenizer is installed (io.medreason.engine missing)"));
    }
}

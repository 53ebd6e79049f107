package io.medreason.ui.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleWiring;

import io.medreason.core.text.TokenCounter;
import io.medreason.core.text.TokenCounterFactory;
import io.medreason.ui.MedReasonUi;

/**
 * Token counters of the configured model folder, made by the engine bundle's {@link TokenCounterFactory}. DJL finds
 * its native library through the thread context class loader, so every call runs with the loader of DJL's
 * tokenizer bundle (as wired to the engine bundle) as the context loader (DESIGN.md).
 */
public final class Tokenizers {

    private static final String ENGINE = "io.medreason.engine";
    private static final String DJL_TOKENIZER = "ai.djl.huggingface.tokenizers.HuggingFaceTokenizer";
    private static final ConcurrentMap<Path, TokenCounter> COUNTERS = new ConcurrentHashMap<>();

    private Tokenizers() {
    }

    /** The counter of the preference's model folder, or empty (characters only) when none is set or it fails. */
    public static Optional<TokenCounter> configured() {
        return DatasetPreferences.tokenizerFolder().flatMap(Tokenizers::forFolder);
    }

    /** A counter for {@code dir}, made once; empty (and logged) when the tokenizer cannot be loaded. */
    public static Optional<TokenCounter> forFolder(Path dir) {
        TokenCounter known = COUNTERS.get(dir);
        if (known != null) {
            return Optional.of(known);
        }
        ClassLoader engine = engineLoader();
        ClassLoader loader = djlLoader(engine);
        try {
            TokenCounter raw = withContextLoader(loader, () -> factory(engine).forModel(dir));
            TokenCounter counter = text -> countWithContextLoader(loader, () -> raw.count(text));
            COUNTERS.put(dir, counter);
            return Optional.of(counter);
        } catch (IOException | RuntimeException | LinkageError | AssertionError e) {
            MedReasonUi.logError("cannot load the tokenizer of " + dir + ": " + e.getMessage(), e);
            return Optional.empty();
        }
    }

    /**
     * The loader that sees DJL's tokenizer resources ({@code native/lib/tokenizers.properties} and the native
     * library): the bundle of DJL's tokenizer classes as the engine bundle wires it.
     */
    private static ClassLoader djlLoader(ClassLoader engine) {
        try {
            ClassLoader loader = engine.loadClass(DJL_TOKENIZER).getClassLoader();
            return loader == null ? engine : loader;
        } catch (ClassNotFoundException | LinkageError e) {
            return engine;
        }
    }

    private static TokenCounterFactory factory(ClassLoader loader) {
        return ServiceLoader.load(TokenCounterFactory.class, loader).findFirst()
                .orElseGet(TokenCounterFactory::find);
    }

    private static ClassLoader engineLoader() {
        Bundle engine = Platform.getBundle(ENGINE);
        if (engine != null) {
            BundleWiring wiring = engine.adapt(BundleWiring.class);
            if (wiring == null) {
                try {
                    engine.start(Bundle.START_TRANSIENT);
                } catch (org.osgi.framework.BundleException e) {
                    MedReasonUi.logError("cannot start " + ENGINE, e);
                }
                wiring = engine.adapt(BundleWiring.class);
            }
            if (wiring != null && wiring.getClassLoader() != null) {
                return wiring.getClassLoader();
            }
        }
        return Tokenizers.class.getClassLoader();
    }

    /** An action that may throw an I/O error. */
    private interface IoSupplier<T> {
        T get() throws IOException;
    }

    private static <T> T withContextLoader(ClassLoader loader, IoSupplier<T> action) throws IOException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return action.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static int countWithContextLoader(ClassLoader loader, java.util.function.IntSupplier action) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return action.getAsInt();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}

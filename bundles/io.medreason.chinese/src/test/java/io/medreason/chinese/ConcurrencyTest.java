package io.medreason.chinese;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/**
 * Many threads initialise and use the converters at the same moment. The classes are loaded afresh in a private
 * class loader, so the race happens during initialisation (dictionaries are built lazily), whatever ran
 * before in this JVM.
 */
class ConcurrencyTest {

    private static final int THREADS = 8;
    private static final List<String> PROFILES = List.of("s2twp", "s2t", "s2twp-med", "tw2sp", "s2tw", "s2twp",
            "s2hk", "s2twp-med");

    @Test
    void concurrentFirstUseGivesTheSingleThreadedResults() throws Exception {
        String text = Corpus.text();
        try (URLClassLoader fresh = new URLClassLoader(classPath(), ClassLoader.getPlatformClassLoader());
                ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            Method of = fresh.loadClass(ChineseConverter.class.getName()).getMethod("of", String.class);
            Method convert = of.getReturnType().getMethod("convert", String.class);
            CyclicBarrier start = new CyclicBarrier(THREADS);
            List<Future<String>> results = new ArrayList<>();
            for (String profile : PROFILES) {
                Callable<String> task = () -> {
                    start.await();
                    Object converter = of.invoke(null, profile);
                    String result = null;
                    for (int i = 0; i < 3; i++) {
                        result = (String) convert.invoke(converter, text);
                    }
                    return result;
                };
                results.add(pool.submit(task));
            }
            for (int i = 0; i < PROFILES.size(); i++) {
                String expected = ChineseConverter.of(PROFILES.get(i)).convert(text);
                assertEquals(expected, results.get(i).get(), PROFILES.get(i) + " on thread " + i);
            }
        }
    }

    private static URL[] classPath() throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        return urls.toArray(URL[]::new);
    }
}

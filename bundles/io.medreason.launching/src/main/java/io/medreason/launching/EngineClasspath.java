package io.medreason.launching;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The class path of the engine's child JVM, built from the bundles installed in this workbench: the list of
 * symbolic-name prefixes is {@code engine-classpath.txt} in the {@code io.medreason.core} bundle (the same list the
 * {@code medreason} script uses), each {@code name_} standing for the bundle named {@code name}. A bundle that is a
 * folder (a development workspace) contributes its {@code target/classes} or {@code bin} when those hold the classes.
 */
public final class EngineClasspath {

    static final String LIST = "engine-classpath.txt";

    private EngineClasspath() {
    }

    /** The entries, in the list's order; errors name the bundle that is missing or not on disk. */
    public static List<Path> resolve() throws IOException {
        Bundle core = Platform.getBundle("io.medreason.core");
        if (core == null) {
            throw new IOException("bundle io.medreason.core is not installed");
        }
        List<Path> entries = new ArrayList<>();
        for (String name : names(core)) {
            Bundle b = newest(name);
            if (b == null) {
                throw new IOException("bundle " + name + " (listed in io.medreason.core/" + LIST
                        + ") is not installed");
            }
            Optional<File> file = FileLocator.getBundleFileLocation(b);
            if (file.isEmpty()) {
                throw new IOException("bundle " + name + " is not a file or folder on disk: " + b.getLocation());
            }
            entries.add(classesOf(file.get().toPath()));
        }
        return entries;
    }

    static List<String> names(Bundle core) throws IOException {
        URL url = FileLocator.find(core, new org.eclipse.core.runtime.Path(LIST));
        if (url == null) {
            throw new IOException("io.medreason.core has no " + LIST);
        }
        List<String> names = new ArrayList<>();
        try (InputStream in = url.openStream()) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    names.add(s.endsWith("_") ? s.substring(0, s.length() - 1) : s);
                }
            }
        }
        return names;
    }

    private static Bundle newest(String symbolicName) {
        Bundle[] bundles = Platform.getBundles(symbolicName, null);
        if (bundles != null && bundles.length > 0) {
            return bundles[0];
        }
        for (Bundle b : FrameworkUtil.getBundle(EngineClasspath.class).getBundleContext().getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        return null;
    }

    private static Path classesOf(Path location) {
        if (Files.isDirectory(location)) {
            for (String sub : new String[] {"target/classes", "bin"}) {
                if (Files.isDirectory(location.resolve(sub))) {
                    return location.resolve(sub);
                }
            }
        }
        return location;
    }

    /** The entries joined with the platform's path separator. */
    public static String asString(List<Path> entries) {
        return String.join(File.pathSeparator, entries.stream().map(Path::toString).toList());
    }
}

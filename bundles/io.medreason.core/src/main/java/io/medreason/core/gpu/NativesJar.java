package io.medreason.core.gpu;

import io.medreason.core.cli.UsageException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * DJL's CUDA natives jar, {@code ai.djl.pytorch:pytorch-native-cu124:2.5.1:linux-x86_64} (2.4 GB), and its layout:
 * the libraries under {@code pytorch/FLAVOR/CLASSIFIER/} and {@code native/lib/pytorch.properties} naming the
 * version, flavour, classifier and the libraries. DJL extracts exactly those libraries into one flat folder; so does
 * {@link #extract}, from a stream, so that the jar itself is never stored.
 */
public final class NativesJar {

    /** Maven Central. */
    public static final String CENTRAL = "https://repo.maven.apache.org/maven2";
    /** The coordinates {@code group:artifact:version:classifier}. */
    public static final String COORDINATES = "ai.djl.pytorch:pytorch-native-cu124:2.5.1:linux-x86_64";
    /** The flavour and classifier of the libraries in the jar. */
    public static final String FLAVOR = "cu124";
    public static final String CLASSIFIER = "linux-x86_64";

    private static final String PROPERTIES = "native/lib/pytorch.properties";

    /**
     * What was extracted.
     *
     * @param version the version in pytorch.properties (e.g. {@code 2.5.1-20241113})
     * @param flavor its flavour
     * @param libraries the libraries it lists, all extracted
     */
    public record Extracted(String version, String flavor, List<String> libraries) {
    }

    private NativesJar() {
    }

    /** The jar's path in a Maven repository. */
    public static String repositoryPath() {
        String[] c = COORDINATES.split(":");
        return c[0].replace('.', '/') + "/" + c[1] + "/" + c[2] + "/" + c[1] + "-" + c[2] + "-" + c[3] + ".jar";
    }

    /** The jar's URL in {@code repository} (trailing slashes ignored). */
    public static String url(String repository) {
        return repository.replaceAll("/+$", "") + "/" + repositoryPath();
    }

    /**
     * Extracts the libraries of {@code jar} (a stream of the jar file) flat into {@code target}.
     *
     * @param where names the jar in errors
     * @throws UsageException when the jar does not have the layout of DJL's natives jars
     */
    public static Extracted extract(InputStream jar, Path target, String where) throws IOException {
        Properties properties = null;
        List<String> written = new ArrayList<>();
        ZipInputStream zip = new ZipInputStream(jar);
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
            String[] parts = e.getName().split("/");
            if (e.getName().equals(PROPERTIES)) {
                properties = new Properties();
                properties.load(zip);
            } else if (!e.isDirectory() && parts.length == 4 && parts[0].equals("pytorch")
                    && parts[1].equals(FLAVOR) && parts[2].equals(CLASSIFIER) && safeName(parts[3])) {
                Files.copy(zip, target.resolve(parts[3]), StandardCopyOption.REPLACE_EXISTING);
                written.add(parts[3]);
            }
        }
        if (properties == null) {
            throw new UsageException(where + ": not a DJL PyTorch natives jar (no " + PROPERTIES + ")");
        }
        return check(properties, written, where);
    }

    private static Extracted check(Properties p, List<String> written, String where) {
        String flavor = p.getProperty("flavor", "");
        String classifier = p.getProperty("classifier", "");
        if (!flavor.equals(FLAVOR) || !classifier.equals(CLASSIFIER)) {
            throw new UsageException(where + ": " + PROPERTIES + " names flavor '" + flavor + "', classifier '"
                    + classifier + "'; expected " + FLAVOR + " and " + CLASSIFIER);
        }
        List<String> libraries = Arrays.stream(p.getProperty("libraries", "").split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        List<String> missing = libraries.stream().filter(l -> !written.contains(l)).toList();
        if (libraries.isEmpty() || !missing.isEmpty() || !libraries.contains("libtorch.so")) {
            throw new UsageException(where + ": the jar lacks libraries that " + PROPERTIES + " lists: "
                    + (libraries.isEmpty() ? "(none listed)" : String.join(", ", missing.isEmpty()
                            ? List.of("libtorch.so") : missing)));
        }
        return new Extracted(p.getProperty("version", ""), flavor, libraries);
    }

    private static boolean safeName(String name) {
        return !name.isEmpty() && !name.equals("..") && !name.equals(".") && !name.contains("\\");
    }
}

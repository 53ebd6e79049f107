package io.medreason.core.gpu;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A Maven repository folder holding a small jar with the layout of DJL's {@code pytorch-native-cu124} jar (the
 * libraries under {@code pytorch/cu124/linux-x86_64/}, {@code native/lib/pytorch.properties} after them, and a
 * decoy CPU library that must not be extracted) and its {@code .sha1}, as Maven Central publishes them.
 */
final class FakeMavenRepository {

    /** The libraries of the fake jar and their (random) contents. */
    final Map<String, byte[]> libraries = new LinkedHashMap<>();
    final Path root;
    final Path jar;

    FakeMavenRepository(Path root) {
        this.root = root;
        this.jar = root.resolve(NativesJar.repositoryPath());
        Random random = new Random(7);
        for (String name : new String[] {"libc10.so", "libc10_cuda.so", "libcudart-8774224f.so.12", "libtorch.so",
                "libtorch_cpu.so", "libtorch_cuda.so"}) {
            byte[] bytes = new byte[1000 + random.nextInt(5000)];
            random.nextBytes(bytes);
            libraries.put(name, bytes);
        }
    }

    /** Writes the jar listing {@code listed} in pytorch.properties (all libraries unless told otherwise). */
    FakeMavenRepository write(Iterable<String> listed) throws IOException {
        Files.createDirectories(jar.getParent());
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            put(zip, "META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n".getBytes(StandardCharsets.UTF_8));
            put(zip, "pytorch/cpu/linux-x86_64/libtorch.so", new byte[] {1, 2, 3});
            for (Map.Entry<String, byte[]> e : libraries.entrySet()) {
                put(zip, "pytorch/cu124/linux-x86_64/" + e.getKey(), e.getValue());
            }
            String properties = "version=2.5.1-20241113\nflavor=cu124\nclassifier=linux-x86_64\nlibraries="
                    + String.join(",", listed) + "\n";
            put(zip, "native/lib/pytorch.properties", properties.getBytes(StandardCharsets.UTF_8));
        }
        writeSha1(sha1(Files.readAllBytes(jar)));
        return this;
    }

    FakeMavenRepository write() throws IOException {
        return write(libraries.keySet());
    }

    void writeSha1(String sha1) throws IOException {
        Files.writeString(jar.resolveSibling(jar.getFileName() + ".sha1"), sha1);
    }

    String uri() {
        return root.toUri().toString();
    }

    static String sha1(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        OutputStream out = zip;
        out.write(bytes);
        zip.closeEntry();
    }
}

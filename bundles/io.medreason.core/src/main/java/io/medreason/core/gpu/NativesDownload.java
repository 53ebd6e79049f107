package io.medreason.core.gpu;

import io.medreason.core.io.AtomicWrite;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Downloads DJL's CUDA natives jar from a Maven repository and extracts its libraries into {@code folder/lib} while
 * it streams in (the 2.4 GB jar is never stored), checking the whole stream against the repository's {@code .sha1}.
 * Works for {@code https:}, {@code http:} and {@code file:} repositories. The libraries are extracted into a temporary
 * folder beside {@code lib}, forced to disk ({@code fsync}) and renamed into place ({@link AtomicWrite#replace}).
 * Nothing is left behind on failure; a download killed outright leaves its temporary folder, which the next removes.
 */
public final class NativesDownload {

    private static final int TIMEOUT_MS = 60_000;
    /** The extraction folder's name starts so; one left by a killed download is removed by the next. */
    static final String TEMP_PREFIX = "lib-download-";

    private final String repository;
    private final PrintStream out;

    public NativesDownload(String repository, PrintStream out) {
        this.repository = repository;
        this.out = out;
    }

    /**
     * Downloads, checks and extracts into {@code folder/lib}, replacing an older {@code lib}.
     *
     * @return what was extracted
     * @throws IOException naming the URL when the repository cannot be read or the checksum differs
     */
    public NativesJar.Extracted install(Path folder) throws IOException {
        String url = NativesJar.url(repository);
        String expected = expectedSha1(url + ".sha1");
        Files.createDirectories(folder);
        removeLeftovers(folder);
        Path tmp = Files.createTempDirectory(folder, TEMP_PREFIX);
        try {
            URLConnection conn = open(url);
            long length = conn.getContentLengthLong();
            checkSpace(folder, length);
            out.printf(Locale.ROOT, "downloading %s (%s)%n", url, length < 0 ? "size unknown" : mb(length));
            MessageDigest sha1 = sha1();
            NativesJar.Extracted extracted;
            try (InputStream in = new DigestInputStream(new Progress(conn.getInputStream(), length), sha1)) {
                extracted = NativesJar.extract(in, tmp, url);
                in.transferTo(java.io.OutputStream.nullOutputStream()); // the rest (central directory) for the checksum
            }
            String actual = HexFormat.of().formatHex(sha1.digest());
            if (!actual.equalsIgnoreCase(expected)) {
                throw new IOException(url + ": SHA-1 " + actual + " differs from the published " + expected
                        + " (a damaged download: run gpu-setup again)");
            }
            forceAll(tmp);
            Path lib = folder.resolve("lib");
            Files.deleteIfExists(folder.resolve(GpuNatives.FILE));
            deleteTree(lib);
            AtomicWrite.replace(tmp, lib);
            return extracted;
        } finally {
            deleteTree(tmp);
        }
    }

    /** Forces every extracted library and the folder's entries to disk before the folder is renamed into place. */
    private static void forceAll(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                AtomicWrite.force(f);
            }
        }
        AtomicWrite.syncFolder(dir);
    }

    /** Extraction folders of downloads that were killed (no process can still be writing them: ours is starting). */
    private static void removeLeftovers(Path folder) throws IOException {
        try (var entries = Files.list(folder)) {
            for (Path p : entries.filter(p -> p.getFileName().toString().startsWith(TEMP_PREFIX)).toList()) {
                deleteTree(p);
            }
        }
    }

    private static String expectedSha1(String url) throws IOException {
        try (InputStream in = open(url).getInputStream()) {
            String text = new String(in.readNBytes(200), StandardCharsets.US_ASCII).strip();
            String first = text.split("\\s+", 2)[0];
            if (!first.matches("[0-9a-fA-F]{40}")) {
                throw new IOException(url + ": not a SHA-1 checksum file");
            }
            return first;
        }
    }

    private static URLConnection open(String url) throws IOException {
        URLConnection conn;
        try {
            conn = URI.create(url).toURL().openConnection();
        } catch (IllegalArgumentException e) {
            throw new IOException("not a repository URL: " + url, e);
        }
        conn.setConnectTimeout(TIMEOUT_MS);
        conn.setReadTimeout(TIMEOUT_MS);
        if (conn instanceof HttpURLConnection http && http.getResponseCode() >= 400) {
            throw new IOException(url + ": HTTP " + http.getResponseCode() + " " + http.getResponseMessage());
        }
        return conn;
    }

    /** The libraries take about 1.75 times the jar's size; ask for twice. */
    private static void checkSpace(Path folder, long length) throws IOException {
        long free = Files.getFileStore(folder).getUsableSpace();
        if (length > 0 && free < 2 * length) {
            throw new IOException(folder + ": " + mb(free) + " free, the CUDA natives need about " + mb(2 * length)
                    + " (choose another folder with --dir or MEDREASON_GPU_NATIVES)");
        }
    }

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / 1e6);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Prints a line at every tenth of the download. */
    private final class Progress extends FilterInputStream {
        private final long length;
        private long read;
        private int tenths;

        Progress(InputStream in, long length) {
            super(in);
            this.length = length;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (length > 0 && read * 10 / length > tenths) {
                tenths = (int) (read * 10 / length);
                out.printf(Locale.ROOT, "  %s of %s (%d%%)%n", mb(read), mb(length), tenths * 10);
            }
        }
    }
}

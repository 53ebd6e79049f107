package io.medreason.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What a file was when an editor read it: size, modification time, file key (the inode, which an atomic rename
 * changes) and a SHA-256 of the content. {@link #changedOnDisk(Path)} first compares the cheap attributes; only
 * when one differs does it hash the file again, so a touched or rewritten-but-equal file is not "changed", and a
 * same-size rewrite within one timestamp tick still is (its hash differs when its inode or time does).
 */
public final class FileStamp {

    private final long size;
    private final long modifiedMillis;
    private final Object fileKey;
    private final byte[] sha256;

    private FileStamp(BasicFileAttributes attributes, byte[] sha256) {
        this.size = attributes.size();
        this.modifiedMillis = attributes.lastModifiedTime().toMillis();
        this.fileKey = attributes.fileKey();
        this.sha256 = sha256;
    }

    /** The stamp of {@code file} as it is now (reads the whole file once for the hash). */
    public static FileStamp of(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return new FileStamp(attributes, hash(file));
    }

    /**
     * True when {@code file} no longer has the content this stamp describes, or is gone. Equal attributes mean
     * unchanged without reading the file; otherwise the content's hash decides.
     */
    public boolean changedOnDisk(Path file) throws IOException {
        BasicFileAttributes now;
        try {
            now = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return true;
        }
        if (now.size() == size && now.lastModifiedTime().toMillis() == modifiedMillis
                && Objects.equals(now.fileKey(), fileKey)) {
            return false;
        }
        return now.size() != size || !Arrays.equals(hash(file), sha256);
    }

    /** The file's size when stamped, in bytes. */
    public long size() {
        return size;
    }

    /** The SHA-256 of the content when stamped, in hexadecimal. */
    public String sha256() {
        return HexFormat.of().formatHex(sha256);
    }

    private static byte[] hash(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0;) {
                digest.update(buffer, 0, n);
            }
        }
        return digest.digest();
    }

    @Override
    public String toString() {
        return size + " bytes, modified " + modifiedMillis + ", sha256 " + sha256();
    }
}

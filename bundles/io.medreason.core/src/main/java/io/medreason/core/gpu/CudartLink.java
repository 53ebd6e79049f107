package io.medreason.core.gpu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * DJL detects GPUs through JNA's {@code Native.load("cudart")}, which finds {@code libcudart.so} or
 * {@code libcudart.so.N} on {@code jna.library.path}, but not DJL's renamed {@code libcudart-8774224f.so.12}: a
 * folder {@code FOLDER/cudart} with one link, {@code libcudart.so}, to the natives' own runtime fills the gap
 * without needing the CUDA toolkit. It lives beside (not inside) the libtorch folder, because DJL loads every
 * library under that folder.
 */
public final class CudartLink {

    /** The link's name. */
    public static final String NAME = "libcudart.so";

    private CudartLink() {
    }

    /**
     * Points {@code folder/cudart/libcudart.so} at {@code cudart} (replacing an older link).
     *
     * @return the folder holding the link, or null when {@code cudart} is null (then an old link is removed)
     */
    public static Path create(Path folder, Path cudart) throws IOException {
        Path dir = folder.resolve("cudart");
        Path link = dir.resolve(NAME);
        Files.deleteIfExists(link);
        if (cudart == null) {
            return null;
        }
        Files.createDirectories(dir);
        Files.createSymbolicLink(link, cudart.toAbsolutePath());
        return dir.toAbsolutePath();
    }
}

package io.medreason.core.gpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code medreason gpu-setup} against a small fake Maven repository with the layout of DJL's CUDA natives jar
 * (never the real 2.4 GB jar): over {@code file:} and over loopback HTTP, with a good jar, a damaged download, a
 * missing artifact and a jar that lacks a listed library.
 */
class GpuSetupDownloadTest {

    @TempDir
    Path tmp;

    @Test
    void downloadsOverHttpExtractsTheListedLibrariesAndRecordsThem() throws IOException {
        FakeMavenRepository repo = new FakeMavenRepository(tmp.resolve("repo")).write();
        Path folder = tmp.resolve("natives");
        try (LoopbackHttpServer server = new LoopbackHttpServer(repo.root)) {
            CommandLine r = CommandLine.run("gpu-setup", "--dir", folder.toString(), "--repository", server.url());
            assertEquals(0, r.status(), r.err());
            assertTrue(r.out().contains("downloading " + server.url() + "/ai/djl/pytorch/pytorch-native-cu124/2.5.1/"
                    + "pytorch-native-cu124-2.5.1-linux-x86_64.jar ("), r.out());
            assertTrue(r.out().contains("(100%)"), r.out());
        }
        assertInstalled(repo, folder);
    }

    @Test
    void downloadsFromAFileRepositoryAndSkipsASecondTimeUnlessForced() throws IOException {
        FakeMavenRepository repo = new FakeMavenRepository(tmp.resolve("repo")).write();
        Path folder = tmp.resolve("natives");
        assertEquals(0, CommandLine.run("gpu-setup", "--dir", folder.toString(), "--repository", repo.uri()).status());
        assertInstalled(repo, folder);
        CommandLine again = CommandLine.run("gpu-setup", "--dir", folder.toString(), "--repository", repo.uri());
        assertTrue(again.out().contains("already set up in " + folder), again.out());
        assertFalse(again.out().contains("downloading"), again.out());
        CommandLine forced = CommandLine.run("gpu-setup", "--dir", folder.toString(), "--repository", repo.uri(),
                "--force");
        assertTrue(forced.out().contains("downloading"), forced.out());
        assertInstalled(repo, folder);
    }

    @Test
    void aDamagedDownloadLeavesNothingBehind() throws IOException {
        FakeMavenRepository repo = new FakeMavenRepository(tmp.resolve("repo")).write();
        repo.writeSha1("0123456789abcdef0123456789abcdef01234567");
        Path folder = tmp.resolve("natives");
        CommandLine r = CommandLine.run("gpu-setup", "--dir", folder.toString(), "--repository", repo.uri());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("differs from the published 0123456789abcdef0123456789abcdef01234567"), r.err());
        assertEquals(List.of(), list(folder));
    }

    @Test
    void theFolderOfADownloadThatWasKilledIsRemovedByTheNext() throws IOException {
        FakeMavenRepository repo = new FakeMavenRepository(tmp.resolve("repo")).write();
        Path folder = tmp.resolve("natives");
        Path leftover = Files.createDirectories(folder.resolve(NativesDownload.TEMP_PREFIX + "4242"));
        Files.write(leftover.resolve("libtorch.so"), new byte[1000]); // half a library, as kill -9 leaves it
        CommandLine r = CommandLine.run("gpu-setup", "--dir", folder.toString(), "--repository", repo.uri());
        assertEquals(0, r.status(), r.err());
        assertFalse(Files.exists(leftover), "the killed download's folder is removed");
        assertInstalled(repo, folder);
        assertTrue(list(folder).stream().noneMatch(n -> n.startsWith(NativesDownload.TEMP_PREFIX)), list(folder)
                .toString());
    }

    @Test
    void aMissingArtifactNamesTheUrlAndTheOfflineWay() throws IOException {
        Path folder = tmp.resolve("natives");
        try (LoopbackHttpServer server = new LoopbackHttpServer(tmp)) {
            CommandLine r = CommandLine.run("gpu-setup", "--dir", folder.toString(), "--repository", server.url());
            assertEquals(1, r.status());
            assertTrue(r.err().contains(server.url() + "/ai/djl/pytorch/pytorch-native-cu124/2.5.1/"
                    + "pytorch-native-cu124-2.5.1-linux-x86_64.jar.sha1: HTTP 404"), r.err());
            assertTrue(r.err().contains("gpu-setup --libtorch DIR"), r.err());
        }
        assertFalse(Files.exists(folder.resolve(GpuNatives.FILE)));
    }

    @Test
    void aJarWithoutAListedLibraryIsRefused() throws IOException {
        FakeMavenRepository repo = new FakeMavenRepository(tmp.resolve("repo"));
        repo.libraries.remove("libc10_cuda.so");
        repo.write(List.of("libc10.so", "libc10_cuda.so", "libtorch.so"));
        Path folder = tmp.resolve("natives");
        CommandLine r = CommandLine.run("gpu-setup", "--dir", folder.toString(), "--repository", repo.uri());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("the jar lacks libraries that native/lib/pytorch.properties lists: libc10_cuda.so"),
                r.err());
        assertEquals(List.of(), list(folder));
    }

    private static void assertInstalled(FakeMavenRepository repo, Path folder) throws IOException {
        Path lib = folder.resolve("lib");
        assertEquals(repo.libraries.keySet().stream().sorted().toList(), list(lib));
        for (Map.Entry<String, byte[]> e : repo.libraries.entrySet()) {
            assertArrayEquals(e.getValue(), Files.readAllBytes(lib.resolve(e.getKey())), e.getKey());
        }
        GpuNatives natives = GpuNatives.read(folder);
        assertEquals("cu124", natives.flavor());
        assertEquals(lib.toAbsolutePath(), natives.libraryPath());
        Path link = folder.resolve("cudart").resolve(CudartLink.NAME);
        assertEquals(lib.resolve("libcudart-8774224f.so.12").toRealPath(), link.toRealPath());
        assertEquals(List.of("cudart", "lib", GpuNatives.FILE), list(folder));
        Map<String, String> child = GpuNatives.childEnvironment(Map.of(GpuNatives.FOLDER_ENV, folder.toString()));
        assertEquals(lib.toAbsolutePath().toString(), child.get("PYTORCH_LIBRARY_PATH"));
        assertEquals("cu124", child.get("PYTORCH_FLAVOR"));
        assertEquals(folder.resolve("cudart").toAbsolutePath().toString(), child.get("MEDREASON_CUDART_DIR"));
    }

    static List<String> list(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}

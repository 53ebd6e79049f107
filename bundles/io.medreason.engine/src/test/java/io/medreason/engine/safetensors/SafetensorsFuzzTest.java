package io.medreason.engine.safetensors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import io.medreason.engine.Engine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 1,000 seeded mutations of a safetensors file (see {@link SafetensorsMutator}), each opened and every tensor read,
 * floating point ones through PyTorch (the native side, where a bad span would abort the JVM): every case ends in a
 * one-line {@link SafetensorsException} that starts with the file's path, or in a read where PyTorch's copy equals
 * the Java view of the bytes. A JVM abort fails the Surefire run. Prints counts per class and the slowest case.
 */
class SafetensorsFuzzTest {

    private static final int CASES = 1_000;
    private static final long SEED = 20261205L;

    @TempDir
    Path dir;

    @Test
    void everyMutationIsALocatedErrorOrACorrectRead() throws IOException {
        Engine.init();
        SafetensorsMutator mutator = new SafetensorsMutator(SEED);
        Map<String, int[]> counts = new TreeMap<>(); // kind -> {errors, reads}
        long slowest = 0;
        String slowestCase = "";
        try (NDManager manager = NDManager.newBaseManager()) {
            for (int i = 0; i < CASES; i++) {
                int kind = i % SafetensorsMutator.KINDS.length;
                Path file = Files.write(dir.resolve("case-" + i + ".safetensors"), mutator.mutate(kind));
                long start = System.nanoTime();
                boolean read = check(file, manager, "case " + i + " (" + SafetensorsMutator.KINDS[kind] + ")");
                long took = System.nanoTime() - start;
                if (took > slowest) {
                    slowest = took;
                    slowestCase = "case " + i + " (" + SafetensorsMutator.KINDS[kind] + ")";
                }
                counts.computeIfAbsent(SafetensorsMutator.KINDS[kind], k -> new int[2])[read ? 1 : 0]++;
                Files.delete(file);
            }
        }
        counts.forEach((k, c) -> System.out.printf(Locale.ROOT, "safetensors fuzz %-22s %4d errors %4d reads%n", k,
                c[0], c[1]));
        System.out.printf(Locale.ROOT, "safetensors fuzz: %d cases (seed %d), slowest %s in %.1f ms%n", CASES, SEED,
                slowestCase, slowest / 1e6);
        assertEquals(0, counts.get("duplicate-name")[1], "a header naming a tensor twice is refused");
        assertEquals(0, counts.get("unknown-dtype")[1], "an unknown dtype is refused");
        assertTrue(counts.get("valid-variant")[0] == 0, "valid files (padded headers, 0-d, empty) read");
    }

    /** True for a correct read; false for a located error; fails the test otherwise. */
    private static boolean check(Path file, NDManager manager, String what) {
        try (SafetensorsFile st = SafetensorsFile.open(file)) {
            for (TensorInfo info : st.tensors().values()) {
                readOne(st, info, manager);
            }
            return true;
        } catch (SafetensorsException e) {
            String message = e.getMessage();
            assertTrue(message.startsWith(file.toString() + ": "), what + ": error does not name the file: " + message);
            assertEquals(-1, message.indexOf('\n'), what + ": one line: " + message);
            return false;
        } catch (RuntimeException | AssertionError e) {
            fail(what + ": not a located error: " + e, e);
            return false;
        }
    }

    private static void readOne(SafetensorsFile st, TensorInfo info, NDManager manager) {
        if (!info.dtype().isFloat()) {
            assertEquals(info.byteLength(), st.map(info.name()).remaining());
            return;
        }
        float[] java = st.floats(info.name());
        try (NDArray loaded = st.load(info.name(), manager, DataType.FLOAT32)) {
            assertArrayEquals(info.shape(), loaded.getShape().getShape(), info.name());
            float[] fromTorch = loaded.toFloatArray();
            assertEquals(java.length, fromTorch.length);
            for (int k = 0; k < java.length; k++) {
                assertEquals(Float.floatToIntBits(java[k]), Float.floatToIntBits(fromTorch[k]), info.name() + "[" + k
                        + "]: PyTorch's copy equals the bytes");
            }
        }
    }
}

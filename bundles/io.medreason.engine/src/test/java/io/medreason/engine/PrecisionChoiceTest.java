package io.medreason.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.Device;
import ai.djl.ndarray.types.DataType;
import java.io.File;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --precision auto} by device and compute capability, and the CUDA runtime folder on JNA's path. */
class PrecisionChoiceTest {

    @Test
    void theCpuGetsFp32WhateverTheCapability() {
        assertEquals("fp32 (CPU)", PrecisionChoice.auto(Device.cpu(), null).toString());
        assertEquals(DataType.FLOAT32, PrecisionChoice.auto(Device.cpu(), "75").dataType());
        assertEquals(DataType.FLOAT32, Engine.defaultType(Device.cpu()));
    }

    @Test
    void aT4AndOtherGpusWithoutBf16GetFp16() {
        assertEquals("fp16 (CUDA GPU, compute capability 7.5: no bf16 below 8.0)",
                PrecisionChoice.auto(Device.gpu(), "75").toString());
        assertEquals("fp16", PrecisionChoice.auto(Device.gpu(1), "7.0").precision());
        assertEquals("fp16", PrecisionChoice.auto(Device.gpu(), "61").precision());
        assertEquals(DataType.FLOAT16, PrecisionChoice.auto(Device.gpu(), "75").dataType());
        assertEquals(DataType.FLOAT16, Engine.defaultType(Device.gpu()));
    }

    @Test
    void bf16GpusGetFp16TooBecauseDjlHasNoBf16() {
        assertEquals("fp16 (CUDA GPU, compute capability 8.6: has bf16, but DJL 0.33 has no bf16 type)",
                PrecisionChoice.auto(Device.gpu(), "86").toString());
        assertEquals("fp16 (CUDA GPU, compute capability 12.0: has bf16, but DJL 0.33 has no bf16 type)",
                PrecisionChoice.auto(Device.gpu(), "120").toString());
        assertEquals("fp16 (CUDA GPU of unknown compute capability; DJL 0.33 has no bf16)",
                PrecisionChoice.auto(Device.gpu(), "sm_x").toString());
    }

    @Test
    void theCudartFolderGoesFirstOnJnaLibraryPathOnce(@TempDir Path dir) {
        String saved = System.getProperty("jna.library.path");
        try {
            System.setProperty("jna.library.path", "/opt/other");
            Engine.addCudartToJnaPath(dir.toString());
            Engine.addCudartToJnaPath(dir.toString());
            assertEquals(dir + File.pathSeparator + "/opt/other", System.getProperty("jna.library.path"));
            Engine.addCudartToJnaPath(dir.resolve("missing").toString());
            assertEquals(dir + File.pathSeparator + "/opt/other", System.getProperty("jna.library.path"));
        } finally {
            if (saved == null) {
                System.clearProperty("jna.library.path");
            } else {
                System.setProperty("jna.library.path", saved);
            }
        }
    }
}

package io.medreason.dataset.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.medreason.dataset.model.Dataset;

/** The data set as an EMF resource: load through a resource set, lenient diagnostics, atomic save. */
class DatasetResourceTest {

    @TempDir
    Path folder;

    private static Resource load(Path file, Map<String, Object> options) throws IOException {
        ResourceSet set = new ResourceSetImpl();
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new DatasetResourceFactory());
        Resource resource = set.createResource(URI.createFileURI(file.toString()));
        resource.load(options);
        return resource;
    }

    @Test
    void loadEditSaveThroughTheResource() throws IOException {
        Path file = TestFiles.copy("roundtrip/medical_o1_indent4_ascii.json", folder);
        byte[] original = Files.readAllBytes(file);
        DatasetResource resource = (DatasetResource) load(file, Map.of());
        Dataset dataset = resource.getDataset();
        assertEquals(3, dataset.getRecords().size());
        assertEquals(file.toAbsolutePath().toString(), dataset.getSourceFile());

        resource.save(Map.of());
        assertArrayEquals(original, Files.readAllBytes(file));

        dataset.getRecords().get(2).setResponse("病毒疹");
        resource.save(Map.of());
        assertEquals("病毒疹", DatasetIO.load(file).getRecords().get(2).getResponse());
        assertTrue(Files.readString(file).contains("\"Response\": \"\\u75c5\\u6bd2\\u75b9\""), "ASCII escapes kept");
        assertFalse(resource.isModified());
        assertEquals(List.of(file), List.of(Files.list(folder).toArray()));
    }

    @Test
    void lenientLoadReportsSkippedRecordsAsResourceErrors() throws IOException {
        Path file = TestFiles.copy("malformed/truncated.json", folder);
        DatasetResource resource = (DatasetResource) load(file, Map.of(DatasetResource.OPTION_LENIENT, true));

        assertEquals(2, resource.getDataset().getRecords().size());
        assertEquals(1, resource.getErrors().size());
        Resource.Diagnostic error = resource.getErrors().get(0);
        assertEquals(List.of(14, 24), List.of(error.getLine(), error.getColumn()));
        assertTrue(error.getMessage().startsWith("record 2 "), error.getMessage());
    }
}

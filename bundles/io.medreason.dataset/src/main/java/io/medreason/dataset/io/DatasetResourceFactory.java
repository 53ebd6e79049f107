package io.medreason.dataset.io;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Makes {@link DatasetResource}s. Not registered for {@code .json} globally (other EMF users may own that extension):
 * register it in your resource set, e.g.
 * {@code set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("jsonl", new DatasetResourceFactory())}.
 */
public class DatasetResourceFactory implements Resource.Factory {

    @Override
    public Resource createResource(URI uri) {
        return new DatasetResource(uri);
    }
}

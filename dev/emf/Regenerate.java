import java.io.File;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Runs EMF's model code generator outside Eclipse: reads a .genmodel (and the .ecore it names) and writes the model
 * code under {@code outputRoot/<project>/...}, where {@code platform:/resource/<project>/} is mapped to that folder.
 *
 * <p>Usage: {@code java -cp <EMF codegen jars> Regenerate.java GENMODEL PROJECT OUTPUT_ROOT}
 */
public final class Regenerate {

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: Regenerate GENMODEL PROJECT OUTPUT_ROOT");
            System.exit(2);
        }
        File genmodelFile = new File(args[0]).getAbsoluteFile();
        String project = args[1];
        File outputRoot = new File(args[2]).getAbsoluteFile();

        ResourceSet resources = new ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new EcoreResourceFactoryImpl());
        resources.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        resources.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        Map<URI, URI> uriMap = resources.getURIConverter().getURIMap();
        uriMap.put(URI.createPlatformResourceURI("/" + project + "/", false),
                URI.createFileURI(new File(outputRoot, project).getPath() + "/"));
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);

        Resource resource = resources.getResource(URI.createFileURI(genmodelFile.getPath()), true);
        GenModel genModel = (GenModel) resource.getContents().get(0);
        genModel.reconcile();
        genModel.setCanGenerate(true);
        Diagnostic valid = genModel.diagnose();
        if (valid.getSeverity() == Diagnostic.ERROR) {
            System.err.println("invalid genmodel: " + valid);
            System.exit(1);
        }
        Generator generator = new Generator();
        generator.setInput(genModel);
        Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                new BasicMonitor());
        if (result.getSeverity() == Diagnostic.ERROR) {
            System.err.println("generation failed: " + result);
            System.exit(1);
        }
        System.out.println("generated into " + new File(outputRoot, project));
    }
}

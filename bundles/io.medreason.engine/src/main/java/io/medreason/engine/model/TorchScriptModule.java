package io.medreason.engine.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.engine.PtNDManager;
import ai.djl.pytorch.engine.PtSymbolBlock;
import ai.djl.pytorch.jni.IValueUtils;
import ai.djl.pytorch.jni.JniUtils;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A parameterless TorchScript module compiled by libtorch from source that ships with the engine: reaches PyTorch
 * operators DJL has no Java call for (such as {@code torch.scaled_dot_product_attention}). The archive is written
 * here, in memory, in TorchScript's serialized layout (file format 3): {@code version}, {@code data.pkl} (the module
 * object: its class and {@code training = False}), {@code constants.pkl} (none) and {@code code/__torch__.py}.
 * Calls record autograd history whenever gradient recording is on, like any other operator.
 */
public final class TorchScriptModule implements AutoCloseable {

    private final PtSymbolBlock block;

    private TorchScriptModule(PtSymbolBlock block) {
        this.block = block;
    }

    /**
     * Compiles {@code className} from the TorchScript source in the class-path resource {@code resource} (relative
     * to this package) onto the device of {@code manager}.
     */
    public static TorchScriptModule load(NDManager manager, String className, String resource) {
        try (InputStream in = TorchScriptModule.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("TorchScript source " + resource + " is missing from the engine");
            }
            byte[] archive = archive(className, in.readAllBytes());
            return new TorchScriptModule(JniUtils.loadModule((PtNDManager) manager,
                    new ByteArrayInputStream(archive), true, false));
        } catch (IOException e) {
            throw new UncheckedIOException("loading TorchScript " + resource + ": " + e.getMessage(), e);
        }
    }

    /** Runs {@code method} on {@code inputs}; the result belongs to the manager of the first input. */
    public NDArray call(String method, NDArray... inputs) {
        NDList list = new NDList(inputs);
        NDArray marker = null;
        if (!"forward".equals(method)) {
            marker = inputs[0].getManager().create(0f);
            marker.setName("module_method:" + method);
            list.add(marker);
        }
        JniUtils.setGraphExecutorOptimize(false); // one operator: nothing to fuse, and no profiling runs
        NDArray out = IValueUtils.forward(block, list, true).singletonOrThrow();
        if (marker != null) {
            marker.close();
        }
        return out;
    }

    static byte[] archive(String className, byte[] code) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "module/version", "3\n".getBytes(StandardCharsets.US_ASCII));
            entry(zip, "module/data.pkl", moduleObjectPickle(className));
            entry(zip, "module/constants.pkl", new byte[] {(byte) 0x80, 2, ')', '.'});
            entry(zip, "module/code/__torch__.py", code);
        }
        return bytes.toByteArray();
    }

    /**
     * Pickle protocol 2 of {@code __torch__.<className>} with state {@code {"training": False}}: PROTO 2, GLOBAL,
     * EMPTY_TUPLE, NEWOBJ, EMPTY_DICT, BINUNICODE "training", NEWFALSE, SETITEM, BUILD, STOP.
     */
    static byte[] moduleObjectPickle(String className) {
        ByteArrayOutputStream p = new ByteArrayOutputStream();
        p.writeBytes(new byte[] {(byte) 0x80, 2, 'c'});
        p.writeBytes(("__torch__\n" + className + "\n").getBytes(StandardCharsets.US_ASCII));
        p.writeBytes(new byte[] {')', (byte) 0x81, '}', 'X', 8, 0, 0, 0});
        p.writeBytes("training".getBytes(StandardCharsets.US_ASCII));
        p.writeBytes(new byte[] {(byte) 0x89, 's', 'b', '.'});
        return p.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    @Override
    public void close() {
        block.close();
    }
}

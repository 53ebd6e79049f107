package io.medreason.core.cli;

import java.util.List;
import java.util.Set;

/**
 * Whether this JVM can run the engine's Java decode kernels: they use the Vector API ({@code jdk.incubator.vector}),
 * which Java only resolves when started with {@link #JVM_OPTION}. The engine JVMs that decode get it: {@code ask}
 * and {@code bench} from the {@code medreason} script, and the workbench's {@code ask} children (Java then prints one
 * {@code WARNING: Using incubator modules} line on stderr); without it asking stays on PyTorch's operators. Nothing
 * here touches a Vector API class, so this is safe to call in any JVM.
 */
public final class VectorSupport {

    /** The Java option that resolves the Vector API module. */
    public static final String JVM_OPTION = "--add-modules=jdk.incubator.vector";

    /** The line Java prints on stderr at the start of a JVM with an incubator module. */
    public static final String JVM_WARNING = "WARNING: Using incubator modules: jdk.incubator.vector";

    private static final String MODULE = "jdk.incubator.vector";
    private static final Set<String> DECODING_SUBCOMMANDS = Set.of("ask", "bench");

    private VectorSupport() {
    }

    /** The extra Java options of an engine JVM running {@code subcommand} (the Vector API where it decodes). */
    public static List<String> jvmOptions(String subcommand) {
        return DECODING_SUBCOMMANDS.contains(subcommand) ? List.of(JVM_OPTION) : List.of();
    }

    /** True when the Vector API module is in the boot layer (see also {@link #unavailableReason()}). */
    public static boolean available() {
        return ModuleLayer.boot().findModule(MODULE).isPresent();
    }

    /**
     * Why the kernels cannot run here, or null when they can: they also need Java 22 or newer, where the API that
     * views the tensors' memory (java.lang.foreign) is final (a preview in Java 21).
     */
    public static String unavailableReason() {
        if (Runtime.version().feature() < 22) {
            return "Java " + Runtime.version().feature() + " runs here; they need Java 22 or newer";
        }
        return available() ? null : "the JVM was started without " + JVM_OPTION;
    }
}

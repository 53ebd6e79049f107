package io.medreason.core.cli;

/** The versions {@code medreason --version} prints: the product and the stack it was built and tested with. */
public final class Versions {

    public static final String PRODUCT = "0.1.0";
    public static final String ECLIPSE_PLATFORM = "4.38 (2025-12)";
    public static final String DJL = "0.33.0";
    public static final String PYTORCH = "2.5.1";

    private Versions() {
    }

    public static String describe() {
        return String.join(System.lineSeparator(),
                "MedReason Studio " + PRODUCT,
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ", "
                        + System.getProperty("java.home") + ")",
                "Eclipse platform " + ECLIPSE_PLATFORM,
                "DJL " + DJL + " / PyTorch " + PYTORCH + " (CPU; CUDA 12.4 optional)");
    }
}

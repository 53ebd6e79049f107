package io.medreason.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medreason.core.cli.VectorSupport;
import io.medreason.engine.TestData;
import io.medreason.engine.faults.MainChild;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code ask} in a child JVM started as {@code ./medreason} starts it decodes with the Java vector kernels (the script
 * gives {@code ask} the Vector API); a JVM started without it falls back to PyTorch's operators. Both write the same
 * greedy answer.
 */
class AskDecodeKernelTest {

    private static final List<String> ASK = List.of("ask", "--model", TestData.TINY_MODEL.toString(), "--adapter",
            TestData.resource("tiny-qwen2/adapter").toString(), "--device", "cpu", "--max-new-tokens", "24",
            "--temperature", "0", "發燒三天，咳嗽有痰，該怎麼辦？");

    @Test
    void askDecodesWithTheJavaKernelsAndWithoutTheVectorApiFallsBackToTheSameAnswer() throws Exception {
        List<String> command = MainChild.command("1g", ASK);
        assertTrue(command.contains(VectorSupport.JVM_OPTION), "the script's flags for ask: " + command);
        MainChild.Result vector = run(command);
        List<String> plain = new ArrayList<>(command);
        plain.remove(VectorSupport.JVM_OPTION);
        MainChild.Result fallback = run(plain);
        System.out.println("ask with the script's flags: " + kernelLine(vector));
        System.out.println("ask without the Vector API: " + kernelLine(fallback));
        assertTrue(kernelLine(vector).contains("decoding with Java vector kernels, "), vector.err());
        assertTrue(kernelLine(fallback).contains("decoding with PyTorch operators"), fallback.err());
        assertTrue(!vector.out().isBlank(), "an answer");
        assertEquals(fallback.out(), vector.out(), "the same greedy answer either way");
    }

    private static MainChild.Result run(List<String> command) throws Exception {
        MainChild.Result r = MainChild.finish(MainChild.builder(command).start(), 300);
        assertEquals(0, r.code(), r.err());
        return r;
    }

    private static String kernelLine(MainChild.Result r) {
        return r.err().lines().filter(l -> l.contains("decoding with")).findFirst().orElse("(no decoding line)");
    }
}

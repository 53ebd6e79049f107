package io.medreason.engine.train;

import ai.djl.ndarray.*;
import ai.djl.ndarray.types.*;
import ai.djl.training.GradientCollector;
import org.junit.jupiter.api.Test;

class DbgTest {
    @Test
    void one() {
        io.medreason.engine.Engine.init();
        NDManager m = NDManager.newBaseManager();
        NDArray p = m.ones(new Shape(2, 3));
        p.setRequiresGradient(true);
        try (GradientCollector gc = ai.djl.engine.Engine.getEngine("PyTorch").newGradientCollector()) {
            NDArray y = p.mul(m.full(new Shape(), 2f)).sum();
            gc.backward(y);
        }
        try (NDScope sc = new NDScope()) { System.out.println("norm " + p.getGradient().norm()); }
        try (NDScope sc = new NDScope()) { System.out.println("norm2 " + p.getGradient().norm()); }
        System.out.println("p " + p);
        System.out.println("gradmode " + ai.djl.pytorch.jni.JniUtils.isGradMode());
        NDArray d = m.ones(new Shape(2, 3));
        p.muli(0.5);
        System.out.println("muli ok");
        p.subi(d);
        System.out.println("subi ok " + p);
    }
}

package org.mlworkbook.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlworkbook.autodiff.Var;

class AdaGradTest {

    @Test
    void twoStepsMatchTheRuleByHand() {
        // κ = 0.1, w = 1. g₁ = 2: s = 4, w = 1 − 0.1·2/2 = 0.9.
        // g₂ = 1: s = 5, w = 0.9 − 0.1/√5 = 0.9 − 0.0447213595 = 0.8552786405
        Var w = Params.of(1);
        AdaGrad adaGrad = new AdaGrad(List.of(w), 0.1);
        Params.grad(w, 2);
        adaGrad.step();
        assertEquals(0.9, w.value().item(), 1e-10);
        Params.grad(w, 1);
        adaGrad.step();
        assertEquals(0.8552786405, w.value().item(), 1e-10);
    }

    @Test
    void stepsShrinkUnderAConstantGradient() {
        // s_t = t·g², so step t is κ/√t: 0.1, 0.0707…, 0.0577…
        Var w = Params.of(0);
        AdaGrad adaGrad = new AdaGrad(List.of(w), 0.1);
        double previous = 0;
        for (int t = 1; t <= 3; t++) {
            Params.grad(w, -3);
            adaGrad.step();
            assertEquals(0.1 / Math.sqrt(t), w.value().item() - previous, 1e-10);
            previous = w.value().item();
        }
    }

    @Test
    void epsilonMustBePositive() {
        AdaGrad adaGrad = new AdaGrad(List.of(Params.of(1)), 0.1);
        assertEquals(1e-10, adaGrad.epsilon(), 0.0);
        var e = assertThrows(IllegalArgumentException.class, () -> adaGrad.epsilon(0));
        assertEquals("epsilon: epsilon expected finite > 0, got 0.0", e.getMessage());
    }
}

package org.mlworkbook.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlworkbook.autodiff.Var;

class SgdTest {

    @Test
    void plainStepIsWMinusRateTimesGradient() {
        // w = (1, −2), g = (0.5, 0.25), κ = 0.1 → (0.95, −2.025)
        Var w = Params.of(1, -2);
        Sgd sgd = new Sgd(List.of(w), 0.1);
        Params.grad(w, 0.5, 0.25);
        sgd.step();
        assertArrayEquals(new double[] {0.95, -2.025}, w.value().data(), 1e-15);
        assertEquals("SGD", sgd.name());
    }

    @Test
    void momentumAccumulatesVelocityOverTwoSteps() {
        // μ = 0.9, κ = 0.1, w = 1; g₁ = 1: v = 1, w = 0.9; g₂ = 0.5: v = 0.9 + 0.5 = 1.4, w = 0.9 − 0.14 = 0.76
        Var w = Params.of(1);
        Sgd sgd = new Sgd(List.of(w), 0.1).momentum(0.9);
        Params.grad(w, 1);
        sgd.step();
        assertEquals(0.9, w.value().item(), 1e-15);
        Params.grad(w, 0.5);
        sgd.step();
        assertEquals(0.76, w.value().item(), 1e-15);
        assertEquals("SGD+momentum", sgd.name());
    }

    @Test
    void nesterovStepsAlongGradientPlusMuTimesNewVelocity() {
        // PyTorch form. g₁ = 1: v = 1, w = 1 − 0.1(1 + 0.9·1) = 0.81;
        // g₂ = 0.5: v = 0.9 + 0.5 = 1.4, w = 0.81 − 0.1(0.5 + 0.9·1.4) = 0.81 − 0.176 = 0.634
        Var w = Params.of(1);
        Sgd sgd = new Sgd(List.of(w), 0.1).momentum(0.9).nesterov(true);
        Params.grad(w, 1);
        sgd.step();
        assertEquals(0.81, w.value().item(), 1e-15);
        Params.grad(w, 0.5);
        sgd.step();
        assertEquals(0.634, w.value().item(), 1e-15);
        assertEquals("SGD+Nesterov", sgd.name());
    }

    @Test
    void nesterovWithoutMomentumIsPlainSgd() {
        Var w = Params.of(1);
        Sgd sgd = new Sgd(List.of(w), 0.1).nesterov(true);
        Params.grad(w, 2);
        sgd.step();
        assertEquals(0.8, w.value().item(), 1e-15);
    }

    @Test
    void momentumOutsideZeroToOneIsRejected() {
        Sgd sgd = new Sgd(List.of(Params.of(1)), 0.1);
        var e = assertThrows(IllegalArgumentException.class, () -> sgd.momentum(1.0));
        assertEquals("momentum: momentum expected in [0, 1), got 1.0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> sgd.momentum(-0.1));
        assertThrows(IllegalArgumentException.class, () -> sgd.momentum(Double.NaN));
    }
}

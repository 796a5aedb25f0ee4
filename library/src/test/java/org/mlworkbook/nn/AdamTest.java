package org.mlworkbook.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlworkbook.autodiff.Var;

class AdamTest {

    @Test
    void firstTwoStepsMatchTheUpdateFormulaByHand() {
        // κ = 0.1, β₁ = 0.9, β₂ = 0.999, ε = 1e-8, w = 1.
        // t = 1, g = 0.5: m = 0.05, v = 0.00025, m̂ = 0.05/0.1 = 0.5, v̂ = 0.00025/0.001 = 0.25,
        //   w = 1 − 0.1·0.5/(0.5 + 1e-8) = 0.900000002
        // t = 2, g = −1: m = 0.045 − 0.1 = −0.055, v = 0.00024975 + 0.001 = 0.00124975,
        //   m̂ = −0.055/0.19 = −0.2894736842, v̂ = 0.00124975/0.001999 = 0.6251875938, √v̂ = 0.7906880635,
        //   w = 0.900000002 + 0.1·0.2894736842/0.7906880635 = 0.9366103542
        Var w = Params.of(1);
        Adam adam = new Adam(List.of(w), 0.1);
        Params.grad(w, 0.5);
        adam.step();
        assertEquals(0.900000002, w.value().item(), 1e-12);
        Params.grad(w, -1);
        adam.step();
        assertEquals(0.9366103542, w.value().item(), 1e-10);
    }

    @Test
    void firstStepMovesEveryElementByRateTimesSignOfGradient() {
        // bias correction: m̂₁ = g, v̂₁ = g², so the step is κ g/|g| whatever the size of g
        Var w = Params.of(0, 0, 0);
        Adam adam = new Adam(List.of(w), 0.01);
        Params.grad(w, 1000, -1e-3, 7);
        adam.step();
        assertArrayEquals(new double[] {-0.01, 0.01, -0.01}, w.value().data(), 1e-7);
    }

    @Test
    void biasCorrectionMakesTheFirstStepRateNotSmaller() {
        // β₁ = β₂ = 0.5, g = 4: m = 2, v = 8; uncorrected the step would be 0.1·2/√8 = 0.0707,
        // corrected m̂ = 2/0.5 = 4, v̂ = 8/0.5 = 16, step 0.1·4/4 = 0.1
        Var w = Params.of(0);
        Adam adam = new Adam(List.of(w), 0.1).betas(0.5, 0.5);
        Params.grad(w, 4);
        adam.step();
        assertEquals(-0.1, w.value().item(), 1e-8);
    }

    @Test
    void stateIsPerParameter() {
        // a second parameter first updated at the second call still gets a first (bias-corrected) step of κ
        Var early = Params.of(0);
        Var late = Params.of(0);
        Adam adam = new Adam(List.of(early, late), 0.1);
        Params.grad(early, 1);
        adam.step();
        Params.grad(late, 1);
        adam.step();
        assertEquals(-0.1, late.value().item(), 1e-7);
    }

    @Test
    void weightDecayEntersTheMomentsAsInPyTorchAdam() {
        // coupled L2 (not AdamW): g = 0 + 0.5·2 = 1, so the first step is κ·sign(1) = 0.1 → w = 1.9
        Var w = Params.of(2);
        Optimizer adam = new Adam(List.of(w), 0.1).weightDecay(0.5);
        Params.grad(w, 0);
        adam.step();
        assertEquals(1.9, w.value().item(), 1e-7);
    }

    @Test
    void ownSettingsChainInAnyOrder() {
        Adam adam = new Adam(List.of(Params.of(1)), 0.1).epsilon(1e-7).betas(0.8, 0.99);
        assertEquals("Adam(learningRate=0.1, betas=(0.8, 0.99), epsilon=1.0E-7, weightDecay=0.0, l1=0.0)",
                adam.toString());
    }

    @Test
    void betasOutsideZeroToOneAreRejected() {
        Adam adam = new Adam(List.of(Params.of(1)), 0.1);
        var e = assertThrows(IllegalArgumentException.class, () -> adam.betas(0.9, 1.0));
        assertEquals("betas: beta2 expected in [0, 1), got 1.0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> adam.betas(-0.1, 0.999));
        assertThrows(IllegalArgumentException.class, () -> adam.betas(Double.NaN, 0.999));
        assertThrows(IllegalArgumentException.class, () -> adam.epsilon(Double.NaN));
        assertEquals(0.9, adam.beta1(), 0.0);
        assertEquals(0.999, adam.beta2(), 0.0);
    }
}

package org.mlworkbook.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.mlworkbook.autodiff.Var;
import org.mlworkbook.tensor.Tensor;

class OptimizerTest {

    @Test
    void quadraticFixtureIsNineWithGradientAw() {
        // f(2, −3) = ½(3·4 + 2·1·2·(−3) + 2·9) = ½(12 − 12 + 18) = 9
        Var w = Var.of(Tensor.of(new double[][] {{2}, {-3}}));
        Var f = Params.quadratic(w);
        f.backward();
        assertEquals(9.0, f.item(), 1e-12);
        assertArrayEquals(new double[] {3, -4}, w.grad().data(), 1e-12);   // Aw = (6 − 3, 2 − 6)
    }

    @Test
    void everyOptimiserMinimisesAConvexQuadratic() {
        List<Function<List<Var>, Optimizer>> all = List.of(
                p -> new Sgd(p, 0.1),
                p -> new Sgd(p, 0.05).momentum(0.9),
                p -> new Sgd(p, 0.05).momentum(0.9).nesterov(true),
                p -> new AdaGrad(p, 0.5),
                p -> new RmsProp(p, 0.01),
                p -> new Adam(p, 0.05));
        for (Function<List<Var>, Optimizer> make : all) {
            String name = make.apply(List.of(Params.of(0))).toString();
            double before = Params.minimise(make, 0);
            double after = Params.minimise(make, 500);
            assertEquals(9.0, before, 1e-12);
            assertTrue(after < 1e-4, name + " ended at f = " + after);
        }
    }

    @Test
    void weightDecayAddsLambdaTimesW() {
        // g = 1 + 0.5·2 = 2, w = 2 − 0.1·2 = 1.8
        Var w = Params.of(2);
        Optimizer sgd = new Sgd(List.of(w), 0.1).weightDecay(0.5);
        Params.grad(w, 1);
        sgd.step();
        assertEquals(1.8, w.value().item(), 1e-15);
    }

    @Test
    void l1AddsLambdaTimesSignOfW() {
        // w = −2: g = 1 + 0.3·(−1) = 0.7, w = −2 − 0.07 = −2.07; w = 0: sign 0, g = 1, w = −0.1
        Var negative = Params.of(-2, 0);
        Optimizer sgd = new Sgd(List.of(negative), 0.1).l1(0.3);
        Params.grad(negative, 1, 1);
        sgd.step();
        assertArrayEquals(new double[] {-2.07, -0.1}, negative.value().data(), 1e-15);
    }

    @Test
    void weightDecayAloneShrinksWeightsWithoutGradient() {
        // g = 0 + 0.5·4 = 2 → w = 4 − 0.25·2 = 3.5 (decay acts even when the loss does not depend on w)
        Var w = Params.of(4);
        Optimizer sgd = new Sgd(List.of(w), 0.25).weightDecay(0.5);
        Params.grad(w, 0);
        sgd.step();
        assertEquals(3.5, w.value().item(), 1e-15);
    }

    @Test
    void parametersWithoutGradientAreSkipped() {
        Var used = Params.of(1);
        Var unused = Params.of(5);
        Optimizer adam = new Adam(List.of(used, unused), 0.1).weightDecay(1);
        Params.grad(used, 2);
        adam.step();
        assertEquals(0.9, used.value().item(), 1e-7);
        assertEquals(5.0, unused.value().item(), 0.0);
    }

    @Test
    void frozenParametersAreSkippedAndResumeWithTheirOwnStepCount() {
        Var frozen = Params.of(1);
        Optimizer adam = new Adam(List.of(frozen), 0.1);
        Params.grad(frozen, 3);
        frozen.requiresGrad(false);
        adam.step();
        assertEquals(1.0, frozen.value().item(), 0.0);
        frozen.requiresGrad(true);
        adam.step();   // its first real step: κ·sign(g) despite the earlier skipped call
        assertEquals(0.9, frozen.value().item(), 1e-7);
    }

    @Test
    void groupsHaveTheirOwnRatesAndLearningRateSetsAll() {
        Var body = Params.of(1);
        Var head = Params.of(1);
        Optimizer sgd = new Sgd(List.of(head), 0.1).addParameterGroup(List.of(body), 0.01);
        Params.grad(body, 1);
        Params.grad(head, 1);
        sgd.step();
        assertEquals(0.9, head.value().item(), 1e-15);
        assertEquals(0.99, body.value().item(), 1e-15);
        assertEquals(0.1, sgd.learningRate(), 0.0);
        sgd.learningRate(0.5);
        sgd.step();
        assertEquals(0.4, head.value().item(), 1e-15);
        assertEquals(0.49, body.value().item(), 1e-15);
        assertEquals(List.of(head, body), sgd.parameters());
    }

    @Test
    void zeroGradZeroesEveryParameter() {
        Var a = Params.of(1, 2);
        Var b = Params.of(3);
        Optimizer sgd = new Sgd(List.of(a), 0.1).addParameterGroup(List.of(b), 0.1);
        Params.grad(a, 4, 5);
        Params.grad(b, 6);
        sgd.zeroGrad();
        assertArrayEquals(new double[] {0, 0}, a.grad().data(), 0.0);
        assertArrayEquals(new double[] {0}, b.grad().data(), 0.0);
    }

    @Test
    void rejectsNoParameters() {
        List<Var> none = new ArrayList<>();
        var e = assertThrows(IllegalArgumentException.class, () -> new Sgd(none, 0.1));
        assertEquals("Optimizer: parameters expected at least one Var, got an empty list", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Adam(null, 0.1));
    }

    @Test
    void rejectsLearningRateNotPositiveOrNaN() {
        List<Var> p = List.of(Params.of(1));
        var zero = assertThrows(IllegalArgumentException.class, () -> new Adam(p, 0));
        assertEquals("Optimizer: learningRate expected finite > 0, got 0.0", zero.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Sgd(p, -0.1));
        assertThrows(IllegalArgumentException.class, () -> new RmsProp(p, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new AdaGrad(p, Double.POSITIVE_INFINITY));
        Optimizer sgd = new Sgd(p, 0.1);
        var later = assertThrows(IllegalArgumentException.class, () -> sgd.learningRate(Double.NaN));
        assertTrue(later.getMessage().contains("got NaN"), later.getMessage());
    }

    @Test
    void rejectsNegativeWeightDecayAndL1() {
        Optimizer sgd = new Sgd(List.of(Params.of(1)), 0.1);
        var e = assertThrows(IllegalArgumentException.class, () -> sgd.weightDecay(-1e-4));
        assertEquals("weightDecay: l2 expected finite >= 0, got -1.0E-4", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> sgd.l1(-1));
    }

    @Test
    void rejectsRepeatedNullAndComputedParameters() {
        Var w = Params.of(1);
        assertThrows(IllegalArgumentException.class, () -> new Sgd(List.of(w, w), 0.1));
        Optimizer sgd = new Sgd(List.of(w), 0.1);
        var again = assertThrows(IllegalArgumentException.class, () -> sgd.addParameterGroup(List.of(w), 0.1));
        assertTrue(again.getMessage().contains("repeated Var"), again.getMessage());
        List<Var> withNull = new ArrayList<>();
        withNull.add(null);
        assertThrows(IllegalArgumentException.class, () -> new Sgd(withNull, 0.1));
        var computed = assertThrows(IllegalArgumentException.class, () -> new Sgd(List.of(w.mul(2)), 0.1));
        assertTrue(computed.getMessage().contains("expected leaf Vars"), computed.getMessage());
    }

    @Test
    void toStringShowsNameAndSettings() {
        Optimizer sgd = new Sgd(List.of(Params.of(1)), 0.1).momentum(0.9).weightDecay(0.001);
        assertEquals("SGD+momentum(learningRate=0.1, momentum=0.9, nesterov=false, weightDecay=0.001, l1=0.0)",
                sgd.toString());
    }
}

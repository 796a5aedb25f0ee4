package org.mlworkbook.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mlworkbook.tensor.Tensor;

class PerceptronTest {

    private static final Tensor GATE_INPUTS = Tensor.of(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}});

    @Test
    void oneEpochAppliesTheRuleOnlyOnTheMistake() {
        // w = b = 0 predicts 1 for both rows; only (3, y = 0) is wrong: w ← 0 + ½(0 − 1)·3, b ← 0 + ½(0 − 1).
        // After that update (−1, y = 1) scores 1.5 − 0.5 = 1 ≥ 0: right, so the order does not matter.
        var model = new Perceptron(0.5, 1, 9).fit(Tensor.of(new double[][] {{3}, {-1}}), new int[] {0, 1});
        assertEquals(-1.5, model.weights().get(0), 0);
        assertEquals(-0.5, model.bias(), 0);
        assertArrayEquals(new int[] {1}, model.mistakesPerEpoch());
    }

    @Test
    void learnsAndGateAndStopsAfterAnEpochWithoutMistakes() {
        int[] and = {0, 0, 0, 1};
        var model = new Perceptron().fit(GATE_INPUTS, and);
        assertArrayEquals(and, model.predict(GATE_INPUTS));
        int[] mistakes = model.mistakesPerEpoch();
        assertEquals(0, mistakes[mistakes.length - 1]);
        assertTrue(mistakes.length < Perceptron.DEFAULT_NUM_EPOCHS);
    }

    @Test
    void neverSettlesOnXor() {
        var model = new Perceptron(1, 30, 1).fit(GATE_INPUTS, new int[] {0, 1, 1, 0});
        int[] mistakes = model.mistakesPerEpoch();
        assertEquals(30, mistakes.length);
        for (int m : mistakes) {
            assertTrue(m > 0);
        }
    }

    @Test
    void sameSeedGivesSameWeights() {
        Tensor x = Tensor.of(new double[][] {{1, 2}, {2, 1}, {-1, 0.5}, {0.2, -2}, {1.5, 1.5}});
        int[] y = {1, 1, 0, 0, 1};
        var a = new Perceptron(1, 10, 5).fit(x, y);
        var b = new Perceptron(1, 10, 5).fit(x, y);
        assertEquals(a.weights(), b.weights());
        assertEquals(a.bias(), b.bias(), 0);
    }

    @Test
    void predictProbaExplainsThatAPerceptronHasNoProbabilities() {
        var model = new Perceptron().fit(GATE_INPUTS, new int[] {0, 1, 1, 1});
        var e = assertThrows(UnsupportedOperationException.class, () -> model.predictProba(GATE_INPUTS));
        assertTrue(e.getMessage().contains("decisionFunction") && e.getMessage().contains("LogisticRegression"),
                e.getMessage());
    }

    @Test
    void badInputFailsClearly() {
        assertThrows(IllegalStateException.class, () -> new Perceptron().predict(GATE_INPUTS));
        assertThrows(IllegalArgumentException.class, () -> new Perceptron().fit(GATE_INPUTS, new int[] {0, 1, 2, 1}));
        assertThrows(IllegalArgumentException.class, () -> new Perceptron().fit(GATE_INPUTS, new int[4]));
        var model = new Perceptron().fit(GATE_INPUTS, new int[] {0, 1, 1, 1});
        var e = assertThrows(IllegalArgumentException.class, () -> model.decisionFunction(Tensor.zeros(1, 3)));
        assertTrue(e.getMessage().contains("expected 2 columns"), e.getMessage());
    }
}

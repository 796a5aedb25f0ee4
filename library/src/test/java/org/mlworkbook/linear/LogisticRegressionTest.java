package org.mlworkbook.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mlworkbook.data.Datasets;
import org.mlworkbook.data.Split;
import org.mlworkbook.data.Splits;
import org.mlworkbook.data.StandardScaler;
import org.mlworkbook.tensor.Tensor;

class LogisticRegressionTest {

    private static final Tensor X = Tensor.of(new double[][] {{1}, {2}});
    private static final int[] Y = {0, 1};

    @Test
    void oneEpochFromZeroMovesWByMinusLearningRateTimesMeanGradient() {
        // p̂ = (½, ½), p̂ − y = (½, −½); ∂L/∂w = (1·½ + 2·(−½))/2 = −¼, ∂L/∂b = 0; η = 1
        var model = new LogisticRegression(1, 1).fit(X, Y);
        assertEquals(0.25, model.weights().get(0), 1e-15);
        assertEquals(0.0, model.bias(), 1e-15);
        assertArrayEquals(new double[] {Math.log(2)}, model.lossHistory(), 1e-15);
    }

    @Test
    void secondEpochMatchesHandComputation() {
        // epoch 2 from w = ¼, b = 0: z = (¼, ½), g = (σ(¼), σ(½) − 1)/2, ∂L/∂w = g₀ + 2g₁, ∂L/∂b = g₀ + g₁
        double g0 = LogisticFunctions.sigmoid(0.25) / 2;
        double g1 = (LogisticFunctions.sigmoid(0.5) - 1) / 2;
        var model = new LogisticRegression(1, 2).fit(X, Y);
        assertEquals(0.25 - (g0 + 2 * g1), model.weights().get(0), 1e-15);
        assertEquals(-(g0 + g1), model.bias(), 1e-15);
        double loss = (LogisticFunctions.logLossFromLogit(0.25, 0) + LogisticFunctions.logLossFromLogit(0.5, 1)) / 2;
        assertEquals(loss, model.lossHistory()[1], 1e-15);
    }

    @Test
    void breastCancerStandardisedAccuracyIsAtLeast95Percent() {
        Split split = Splits.trainTest(Datasets.breastCancer(), 0.25, 0, true);
        StandardScaler scaler = new StandardScaler().fit(split.train().features());
        var model = new LogisticRegression().fit(scaler.transform(split.train().features()), split.train().labels());
        double accuracy = model.score(scaler.transform(split.test().features()), split.test().labels());
        assertTrue(accuracy >= 0.95, "accuracy " + accuracy);
        double[] history = model.lossHistory();
        assertEquals(Math.log(2), history[0], 1e-12);
        assertTrue(history[history.length - 1] < 0.1, "final loss " + history[history.length - 1]);
    }

    @Test
    void predictProbaHoldsOneMinusSigmoidAndSigmoidOfTheScore() {
        var model = new LogisticRegression(0.5, 20).fit(X, Y);
        Tensor x = Tensor.of(new double[][] {{-3}, {1.5}, {4}});
        Tensor z = model.decisionFunction(x);
        Tensor p = model.predictProba(x);
        for (int i = 0; i < 3; i++) {
            assertEquals(LogisticFunctions.sigmoid(z.get(i)), p.get(i, 1), 1e-15);
            assertEquals(1.0, p.get(i, 0) + p.get(i, 1), 1e-15);
            assertEquals(z.get(i) >= 0 ? 1 : 0, model.predict(x)[i]);
        }
    }

    @Test
    void l2PenaltyKeepsWeightsSmallOnSeparableData() {
        Tensor x = Tensor.of(new double[][] {{-2}, {-1}, {1}, {2}});
        int[] y = {0, 0, 1, 1};
        double free = Math.abs(new LogisticRegression(1, 2000).fit(x, y).weights().get(0));
        double penalised = Math.abs(new LogisticRegression(1, 2000).withL2(0.1).fit(x, y).weights().get(0));
        assertTrue(free > 5 && penalised < 2, free + " vs " + penalised);
    }

    @Test
    void fitRejectsASingleClassTrainingSet() {
        var model = new LogisticRegression();
        var e = assertThrows(IllegalArgumentException.class, () -> model.fit(X, new int[] {1, 1}));
        assertEquals("fit: y expected at least two different classes, got only class 1 in all 2 labels", e.getMessage());
    }

    @Test
    void fitRejectsALabelOtherThanZeroOrOne() {
        var model = new LogisticRegression();
        var e = assertThrows(IllegalArgumentException.class, () -> model.fit(X, new int[] {0, 2}));
        assertTrue(e.getMessage().contains("binary labels 0 or 1, got 2 at index 1"), e.getMessage());
    }

    @Test
    void fitRejectsInfinity() {
        var model = new LogisticRegression();
        Tensor bad = Tensor.of(new double[][] {{1}, {Double.POSITIVE_INFINITY}});
        var e = assertThrows(IllegalArgumentException.class, () -> model.fit(bad, Y));
        assertTrue(e.getMessage().contains("finite values, got Infinity at row 1"), e.getMessage());
    }

    @Test
    void predictBeforeFitAndWrongColumnCountFailClearly() {
        var unfitted = new LogisticRegression();
        assertThrows(IllegalStateException.class, () -> unfitted.predictProba(X));
        var model = new LogisticRegression(0.1, 3).fit(X, Y);
        var e = assertThrows(IllegalArgumentException.class, () -> model.predict(Tensor.zeros(1, 2)));
        assertTrue(e.getMessage().contains("expected 1 columns (as at fit), got 2"), e.getMessage());
    }
}

package org.mlworkbook.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mlworkbook.data.Dataset;
import org.mlworkbook.data.Datasets;
import org.mlworkbook.data.OneHotEncoder;
import org.mlworkbook.data.Split;
import org.mlworkbook.data.Splits;
import org.mlworkbook.data.StandardScaler;
import org.mlworkbook.math.Derivatives;
import org.mlworkbook.math.Rng;
import org.mlworkbook.metrics.ProbabilisticLosses;
import org.mlworkbook.tensor.Tensor;

class SoftmaxRegressionTest {

    private static final Tensor X = Tensor.of(new double[][] {{0.5, -1}, {1, 2}, {-1.5, 0.3}, {2, -0.7}, {0, 1}});
    private static final int[] Y = {0, 2, 1, 2, 0};

    @Test
    void gradientPassesFiniteDifferenceCheck() {
        Rng rng = new Rng(3);
        Tensor w = Tensor.randomNormal(rng, 0, 1, 3, 2);
        Tensor b = Tensor.randomNormal(rng, 0, 1, 3);
        double lambda = 0.1;
        SoftmaxRegression.Gradient g = SoftmaxRegression.gradient(X, Y, w, b, lambda);
        Tensor numericW = Derivatives.gradient(v -> SoftmaxRegression.loss(X, Y, v, b, lambda), w);
        Tensor numericB = Derivatives.gradient(v -> SoftmaxRegression.loss(X, Y, w, v, lambda), b);
        assertTrue(g.weights().allClose(numericW, 1e-8), g.weights() + " vs " + numericW);
        assertTrue(g.bias().allClose(numericB, 1e-8), g.bias() + " vs " + numericB);
    }

    @Test
    void gradientOfALargeProblemSplitOverTwoThreadsEqualsTheMatrixFormula() {
        Rng rng = new Rng(5);
        int n = 1000;
        Tensor x = Tensor.randomNormal(rng, 0, 1, n, 64);   // n·d·K = 640 000 multiply-adds: two threads
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = rng.nextInt(10);
        }
        y[0] = 9;
        Tensor w = Tensor.randomNormal(rng, 0, 0.1, 10, 64);
        Tensor b = Tensor.randomNormal(rng, 0, 0.1, 10);
        Tensor yHat = LogisticFunctions.softmax(x.matmul(w.transpose()).add(b));
        Tensor formula = x.transpose().matmul(yHat.sub(new OneHotEncoder().fitTransform(y))).div(n);   // d×K
        var g = SoftmaxRegression.gradient(x, y, w, b, 0);
        assertTrue(g.weights().allClose(formula.transpose(), 1e-12));
        assertEquals(ProbabilisticLosses.crossEntropy(y, yHat), SoftmaxRegression.loss(x, y, w, b, 0), 1e-12);
    }

    @Test
    void lossAtZeroWeightsIsLogOfNumberOfClasses() {
        assertEquals(Math.log(3), SoftmaxRegression.loss(X, Y, Tensor.zeros(3, 2), Tensor.zeros(3), 0), 1e-15);
    }

    @Test
    void gradientAtZeroIsMeanOfOneThirdMinusOneHotTimesX() {
        // ŷ = 1/3 everywhere, so ∂L/∂b_k = 1/3 − (share of class k): classes 0, 1, 2 have 2, 1, 2 of 5 rows
        var g = SoftmaxRegression.gradient(X, Y, Tensor.zeros(3, 2), Tensor.zeros(3), 0);
        assertTrue(g.bias().allClose(Tensor.of(1.0 / 3 - 0.4, 1.0 / 3 - 0.2, 1.0 / 3 - 0.4), 1e-15), g.bias().toString());
        // ∂L/∂w₁₀ = (1/5) Σᵢ (1/3 − [yᵢ = 1]) xᵢ₀ = (1/5)(2/3·... ) : Σ x₀ = 2, row 2 (x₀ = −1.5) is class 1
        assertEquals((2.0 / 3 - (-1.5)) / 5, g.weights().get(1, 0), 1e-15);
    }

    @Test
    void lossHistoryStartsAtLogKAndMatchesMetricsCrossEntropyAfterTraining() {
        var model = new SoftmaxRegression(0.5, 50).fit(X, Y);
        double[] history = model.lossHistory();
        assertEquals(50, history.length);
        assertEquals(Math.log(3), history[0], 1e-15);
        for (int e = 1; e < history.length; e++) {
            assertTrue(history[e] < history[e - 1], "loss rose at epoch " + e);
        }
        double finalLoss = SoftmaxRegression.loss(X, Y, model.weights(), model.bias(), 0);
        assertEquals(ProbabilisticLosses.crossEntropy(Y, model.predictProba(X)), finalLoss, 1e-12);
        assertTrue(finalLoss < history[49]);
    }

    @Test
    void weightsHaveOneRowPerClass() {
        var model = new SoftmaxRegression(0.1, 5).fit(X, Y);
        assertArrayEquals(new int[] {3, 2}, model.weights().shape());
        assertArrayEquals(new int[] {3}, model.bias().shape());
        Tensor p = model.predictProba(X);
        assertArrayEquals(new int[] {5, 3}, p.shape());
        for (int i = 0; i < 5; i++) {
            assertEquals(1.0, p.row(i).sum(), 1e-12);
        }
    }

    @Test
    void standardisedDigitsAccuracyIsAtLeast95Percent() {
        Split split = Splits.trainTest(Datasets.digits(), 0.25, 0, true);
        StandardScaler scaler = new StandardScaler().fit(split.train().features());
        var model = new SoftmaxRegression(0.1, 500).fit(scaler.transform(split.train().features()), split.train().labels());
        double accuracy = model.score(scaler.transform(split.test().features()), split.test().labels());
        assertTrue(accuracy >= 0.95, "accuracy " + accuracy);
    }

    @Test
    void miniBatchesAreDeterministicForASeedAndDifferFromFullBatch() {
        Dataset iris = Datasets.iris();
        Tensor x = new StandardScaler().fitTransform(iris.features());
        var a = new SoftmaxRegression(0.1, 20).withMiniBatches(16, 7).fit(x, iris.labels());
        var b = new SoftmaxRegression(0.1, 20).withMiniBatches(16, 7).fit(x, iris.labels());
        var c = new SoftmaxRegression(0.1, 20).withMiniBatches(16, 8).fit(x, iris.labels());
        var full = new SoftmaxRegression(0.1, 20).fit(x, iris.labels());
        assertEquals(a.weights(), b.weights());
        var settings = new SoftmaxRegression(GradientDescent.miniBatch(0.1, 20, 16, 7)).fit(x, iris.labels());
        assertEquals(a.weights(), settings.weights());
        assertFalse(a.weights().allClose(c.weights(), 1e-9));
        assertTrue(a.lossHistory()[19] < full.lossHistory()[19], "10 updates per epoch beat 1");
        assertTrue(a.score(x, iris.labels()) > 0.9);
    }

    @Test
    void l2PenaltyShrinksTheWeights() {
        Dataset iris = Datasets.iris();
        Tensor x = new StandardScaler().fitTransform(iris.features());
        double plain = new SoftmaxRegression(0.1, 300).fit(x, iris.labels()).weights().pow(2).sum();
        double penalised = new SoftmaxRegression(0.1, 300).withL2(0.1).fit(x, iris.labels()).weights().pow(2).sum();
        assertTrue(penalised < 0.5 * plain, penalised + " vs " + plain);
    }

    @Test
    void toStringShowsTheDescentSettingsAndPenalty() {
        assertEquals("SoftmaxRegression(GradientDescent(learningRate=0.1, numEpochs=500, batchSize=all), l2=0.5)",
                new SoftmaxRegression().withL2(0.5).toString());
    }

    @Test
    void predictBeforeFitThrowsIllegalState() {
        var e = assertThrows(IllegalStateException.class, () -> new SoftmaxRegression().predict(X));
        assertTrue(e.getMessage().contains("before fit"), e.getMessage());
    }

    @Test
    void predictWithOtherColumnCountNamesBoth() {
        var model = new SoftmaxRegression(0.1, 5).fit(X, Y);
        var e = assertThrows(IllegalArgumentException.class, () -> model.predict(Tensor.zeros(2, 3)));
        assertTrue(e.getMessage().contains("expected 2 columns") && e.getMessage().contains("got 3"), e.getMessage());
    }

    @Test
    void fitRejectsNonFiniteValues() {
        Tensor bad = X.copy();
        bad.set(Double.NaN, 3, 1);
        var e = assertThrows(IllegalArgumentException.class, () -> new SoftmaxRegression().fit(bad, Y));
        assertTrue(e.getMessage().contains("NaN at row 3, column 1"), e.getMessage());
    }

    @Test
    void fitRejectsASingleClassAndMismatchedLabels() {
        var e = assertThrows(IllegalArgumentException.class, () -> new SoftmaxRegression().fit(X, new int[5]));
        assertTrue(e.getMessage().contains("only class 0"), e.getMessage());
        var f = assertThrows(IllegalArgumentException.class, () -> new SoftmaxRegression().fit(X, new int[] {0, 1}));
        assertTrue(f.getMessage().contains("[5, 2]") && f.getMessage().contains("[2]"), f.getMessage());
    }

    @Test
    void constructorAndMiniBatchesRejectBadSettings() {
        assertThrows(IllegalArgumentException.class, () -> new SoftmaxRegression(0, 10));
        assertThrows(IllegalArgumentException.class, () -> new SoftmaxRegression(0.1, 0));
        assertThrows(IllegalArgumentException.class, () -> new SoftmaxRegression().withL2(-1));
        assertThrows(IllegalArgumentException.class, () -> new SoftmaxRegression().withMiniBatches(0, 1));
    }
}

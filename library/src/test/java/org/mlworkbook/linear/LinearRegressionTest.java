package org.mlworkbook.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mlworkbook.data.Dataset;
import org.mlworkbook.data.Datasets;
import org.mlworkbook.tensor.Tensor;

class LinearRegressionTest {

    private static final double[] WEIGHTS = {1.5, -2, 0.25, 3};
    private static final double BIAS = 0.7;
    /** y = 1, 2, 4 at x = 0, 1, 2: x̄ = 1, ȳ = 7/3, Σ(x−x̄)(y−ȳ) = 3, Σ(x−x̄)² = 2, so w = 1.5, b = 7/3 − 1.5 = 5/6. */
    private static final Tensor X3 = Tensor.of(new double[][] {{0}, {1}, {2}});
    private static final double[] Y3 = {1, 2, 4};

    private static Dataset noiseless() {
        return Datasets.linear(200, WEIGHTS, BIAS, 0, 1);
    }

    @Test
    void normalEquationsRecoverTheGeneratingCoefficientsOfNoiselessDataTo1e9() {
        for (NormalEquations solver : NormalEquations.values()) {
            LinearRegression model = new LinearRegression(solver).fit(noiseless().features(), noiseless().targets());
            assertArrayEquals(WEIGHTS, model.coefficients(), 1e-9, solver.name());
            assertEquals(BIAS, model.intercept(), 1e-9, solver.name());
            assertEquals(1.0, model.score(noiseless().features(), noiseless().targets()), 1e-12);
        }
    }

    @Test
    void threePointLineHasTheHandComputedSlopeAndIntercept() {
        LinearRegression model = new LinearRegression().fit(X3, Y3);
        assertArrayEquals(new double[] {1.5}, model.coefficients(), 1e-12);
        assertEquals(5.0 / 6, model.intercept(), 1e-12);
        assertArrayEquals(new double[] {5.0 / 6, 5.0 / 6 + 1.5, 5.0 / 6 + 3}, model.predict(X3), 1e-12);
    }

    @Test
    void withoutInterceptTheLinePassesThroughTheOrigin() {
        // w = Σxy / Σx² = (0 + 2 + 8) / (0 + 1 + 4) = 2
        LinearRegression model = new LinearRegression(NormalEquations.QR, false).fit(X3, Y3);
        assertArrayEquals(new double[] {2}, model.coefficients(), 1e-12);
        assertEquals(0.0, model.intercept());
    }

    @Test
    void batchGradientDescentConvergesToTheClosedForm() {
        Dataset data = Datasets.linear(300, WEIGHTS, BIAS, 0.5, 2);
        LinearRegression exact = new LinearRegression().fit(data.features(), data.targets());
        LinearRegression descent = new LinearRegression(GradientDescent.batch(0.3, 300))
                .fit(data.features(), data.targets());
        assertArrayEquals(exact.coefficients(), descent.coefficients(), 1e-9);
        assertEquals(exact.intercept(), descent.intercept(), 1e-9);
    }

    @Test
    void miniBatchGradientDescentConvergesToTheClosedFormOnNoiselessData() {
        // without noise every batch's gradient vanishes at the solution, so a constant rate converges exactly
        LinearRegression descent = new LinearRegression(GradientDescent.miniBatch(0.05, 200, 16, 7))
                .fit(noiseless().features(), noiseless().targets());
        assertArrayEquals(WEIGHTS, descent.coefficients(), 1e-9);
        assertEquals(BIAS, descent.intercept(), 1e-9);
    }

    @Test
    void miniBatchGradientDescentIsReproducibleBySeed() {
        Dataset data = Datasets.linear(100, WEIGHTS, BIAS, 0.5, 3);
        double[] first = new LinearRegression(GradientDescent.miniBatch(0.05, 3, 10, 11)).fit(data.features(), data.targets()).coefficients();
        double[] again = new LinearRegression(GradientDescent.miniBatch(0.05, 3, 10, 11)).fit(data.features(), data.targets()).coefficients();
        double[] other = new LinearRegression(GradientDescent.miniBatch(0.05, 3, 10, 12)).fit(data.features(), data.targets()).coefficients();
        assertArrayEquals(first, again, 0.0);
        assertFalse(java.util.Arrays.equals(first, other));
    }

    @Test
    void lossHistoryStartsAtTheMeanSquaredTargetAndFallsEveryEpoch() {
        // θ = 0 predicts 0, so the first loss is (1 + 4 + 16)/3 = 7
        double[] history = new LinearRegression(GradientDescent.batch(0.1, 50)).fit(X3, Y3).lossHistory();
        assertEquals(51, history.length);
        assertEquals(7.0, history[0], 1e-12);
        for (int e = 1; e < history.length; e++) {
            assertTrue(history[e] < history[e - 1], "epoch " + e);
        }
    }

    @Test
    void oneBatchStepMatchesTheHandComputedGradient() {
        // θ = 0: residuals r = −y = (−1, −2, −4); ∂/∂b = mean r = −7/3, ∂/∂w = mean(r·x) = (0 − 2 − 8)/3 = −10/3
        LinearRegression model = new LinearRegression(GradientDescent.batch(0.1, 1)).fit(X3, Y3);
        assertEquals(0.1 * 7 / 3, model.intercept(), 1e-12);
        assertArrayEquals(new double[] {0.1 * 10 / 3}, model.coefficients(), 1e-12);
    }

    @Test
    void tooLargeLearningRateIsReportedAsDivergence() {
        var model = new LinearRegression(GradientDescent.batch(100, 1000));
        var e = assertThrows(IllegalArgumentException.class, () -> model.fit(X3, Y3));
        assertTrue(e.getMessage().startsWith("fit: learningRate expected small enough"), e.getMessage());
        assertTrue(e.getMessage().contains("diverged"), e.getMessage());
    }

    @Test
    void duplicatedColumnIsNamedAsSingularWithRidgeAsTheRemedy() {
        Tensor x = Tensor.of(new double[][] {{1, 2, 2}, {2, 1, 1}, {3, 5, 5}, {4, 3, 3}});
        double[] y = {1, 2, 3, 4};
        for (NormalEquations solver : NormalEquations.values()) {
            var model = new LinearRegression(solver);
            var e = assertThrows(IllegalArgumentException.class, () -> model.fit(x, y));
            assertTrue(e.getMessage().contains("singular"), e.getMessage());
            assertTrue(e.getMessage().contains("column 2 of x (0-based)"), e.getMessage());
            assertTrue(e.getMessage().contains("Ridge with alpha > 0"), e.getMessage());
        }
    }

    @Test
    void constantColumnDependsOnTheBiasColumn() {
        Tensor x = Tensor.of(new double[][] {{1, 7}, {2, 7}, {3, 7}});
        var e = assertThrows(IllegalArgumentException.class, () -> new LinearRegression().fit(x, Y3));
        assertTrue(e.getMessage().contains("column 1 of x (0-based) is (nearly) a linear combination of the bias column"),
                e.getMessage());
    }

    @Test
    void fewerRowsThanUnknownsIsSingular() {
        Tensor x = Tensor.of(new double[][] {{1, 2}, {3, 5}});
        var e = assertThrows(IllegalArgumentException.class, () -> new LinearRegression().fit(x, new double[] {1, 2}));
        assertTrue(e.getMessage().startsWith("fit: x expected at least 3 rows for 3 unknowns, got 2 rows [2, 2]"),
                e.getMessage());
    }

    @Test
    void predictBeforeFitIsAnIllegalState() {
        var e = assertThrows(IllegalStateException.class, () -> new LinearRegression().predict(X3));
        assertTrue(e.getMessage().startsWith("predict called before fit(x, y)"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> new LinearRegression().coefficients());
    }

    @Test
    void predictWithAnotherColumnCountNamesBoth() {
        LinearRegression model = new LinearRegression().fit(X3, Y3);
        Tensor wide = Tensor.of(new double[][] {{1, 2}});
        var e = assertThrows(IllegalArgumentException.class, () -> model.predict(wide));
        assertEquals("predict: x expected 1 columns (as at fit), got 2 columns in x [1, 2]", e.getMessage());
    }

    @Test
    void nonFiniteValuesAreRejectedWithTheirPosition() {
        Tensor bad = Tensor.of(new double[][] {{0}, {Double.NaN}, {2}});
        var e = assertThrows(IllegalArgumentException.class, () -> new LinearRegression().fit(bad, Y3));
        assertTrue(e.getMessage().contains("expected finite values, got NaN at row 1, column 0"), e.getMessage());
        var f = assertThrows(IllegalArgumentException.class,
                () -> new LinearRegression().fit(X3, new double[] {1, Double.POSITIVE_INFINITY, 3}));
        assertEquals("fit: y expected finite values, got Infinity at index 1", f.getMessage());
    }

    @Test
    void targetCountMustMatchTheRows() {
        var e = assertThrows(IllegalArgumentException.class, () -> new LinearRegression().fit(X3, new double[] {1, 2}));
        assertEquals("fit: x and y expected the same number of rows, got x [3, 1] and y [2]", e.getMessage());
    }

    @Test
    void lossHistoryAfterNormalEquationsIsAnIllegalState() {
        LinearRegression model = new LinearRegression().fit(X3, Y3);
        var e = assertThrows(IllegalStateException.class, model::lossHistory);
        assertTrue(e.getMessage().contains("GradientDescent"), e.getMessage());
    }

    @Test
    void gradientDescentSettingsAreChecked() {
        var e = assertThrows(IllegalArgumentException.class, () -> GradientDescent.batch(0, 10));
        assertEquals("GradientDescent: learningRate expected finite > 0, got 0.0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GradientDescent.miniBatch(0.1, 10, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new LinearRegression(null));
    }

    @Test
    void toStringShowsTheSettings() {
        assertEquals("LinearRegression(solver=CHOLESKY, fitIntercept=true)", new LinearRegression().toString());
        assertEquals("LinearRegression(solver=GradientDescent(learningRate=0.1, numEpochs=5, batchSize=all), fitIntercept=false)",
                new LinearRegression(GradientDescent.batch(0.1, 5), false).toString());
    }
}

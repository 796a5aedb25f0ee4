package org.mlworkbook.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mlworkbook.data.Dataset;
import org.mlworkbook.data.Datasets;
import org.mlworkbook.data.StandardScaler;
import org.mlworkbook.tensor.Tensor;

class LassoTest {

    /**
     * Hadamard columns: each has mean 0, they are orthogonal and ‖xⱼ‖² = n = 4. With y below, ȳ = 1.5 and
     * Xᵀy = (2, 0, 4), so least squares gives β = Xᵀy/n = (0.5, 0, 1) and the Lasso, in one exact sweep,
     * wⱼ = S(βⱼ, α) = sign(βⱼ)·max(|βⱼ| − α, 0).
     */
    static final Tensor HADAMARD = Tensor.of(new double[][] {{1, 1, 1}, {1, -1, -1}, {-1, 1, -1}, {-1, -1, 1}});
    static final double[] Y = {3, 1, 0, 2};

    @Test
    void orthogonalDesignGivesTheSoftThresholdedLeastSquaresWeights() {
        Lasso small = new Lasso(0.25).fit(HADAMARD, Y);
        assertArrayEquals(new double[] {0.25, 0, 0.75}, small.coefficients(), 1e-12);
        assertEquals(1.5, small.intercept(), 1e-12);
        assertArrayEquals(new double[] {0, 0, 0.4}, new Lasso(0.6).fit(HADAMARD, Y).coefficients(), 1e-12);
        assertArrayEquals(new double[] {0, 0, 0}, new Lasso(1).fit(HADAMARD, Y).coefficients(), 0.0);
    }

    @Test
    void zeroedNegativeWeightIsPlusZero() {
        // y = −x: least squares gives w = −1, and α = 2 ≥ |β| zeroes it; the stored value must print as 0.0, not −0.0
        Tensor x = Tensor.of(new double[][] {{1}, {-1}});
        double w = new Lasso(2).fit(x, new double[] {-1, 1}).coefficients()[0];
        assertEquals(0, Double.compare(0.0, w), "got " + w);
    }

    @Test
    void standardisedDiabetesMatchesScikitLearn() {
        // sklearn 1.2.1: Lasso(alpha=1.0, tol=1e-12, max_iter=100000) on StandardScaler-ed features
        Dataset data = Datasets.diabetes();
        Tensor x = new StandardScaler().fitTransform(data.features());
        Lasso model = new Lasso(1.0, 1e-12, 100000, true).fit(x, data.targets());
        assertArrayEquals(new double[] {0, -9.31932954491, 24.831503728186, 14.088985512285, -4.838946192439, 0,
                -10.622756297298, 0, 24.42093339819, 2.561875513446}, model.coefficients(), 1e-8);
        assertEquals(152.13348416289602, model.intercept(), 1e-9);
        assertTrue(model.converged());
    }

    @Test
    void growingAlphaZeroesMoreWeightsAndShrinksTheL1Norm() {
        Dataset data = Datasets.diabetes();
        Tensor x = new StandardScaler().fitTransform(data.features());
        int previousZeros = -1;
        double previousNorm = Double.POSITIVE_INFINITY;
        for (double alpha : new double[] {0.01, 0.1, 1, 3, 10, 30}) {
            double[] w = new Lasso(alpha).fit(x, data.targets()).coefficients();
            int zeros = 0;
            double norm = 0;
            for (double wj : w) {
                zeros += wj == 0 ? 1 : 0;
                norm += Math.abs(wj);
            }
            assertTrue(zeros >= previousZeros, "alpha " + alpha);
            assertTrue(norm < previousNorm, "alpha " + alpha);
            previousZeros = zeros;
            previousNorm = norm;
        }
        assertTrue(previousZeros >= 5, "alpha 30 keeps " + (10 - previousZeros) + " of 10 features");
    }

    @Test
    void tinyMaxIterationsReportsNoConvergence() {
        Dataset data = Datasets.diabetes();
        Tensor x = new StandardScaler().fitTransform(data.features());
        Lasso model = new Lasso(0.01, 1e-12, 2, true).fit(x, data.targets());
        assertEquals(2, model.numIterations());
        assertFalse(model.converged());
    }

    @Test
    void withoutInterceptTheDataAreNotCentred() {
        // x = (1, 2), y = (1, 2): z = xᵀy = 5, ‖x‖² = 5, n = 2, α = 0.5: w = S(5, 1)/5 = 0.8
        Lasso model = new Lasso(0.5, 1e-10, 100, false).fit(Tensor.of(new double[][] {{1}, {2}}), new double[] {1, 2});
        assertArrayEquals(new double[] {0.8}, model.coefficients(), 1e-12);
        assertEquals(0.0, model.intercept());
    }

    @Test
    void alphaZeroPointsToLinearRegression() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Lasso(0));
        assertEquals("Lasso: alpha expected finite > 0, got 0.0 (for alpha = 0 use LinearRegression)", e.getMessage());
    }

    @Test
    void predictBeforeFitAndWrongColumnsAreRejected() {
        assertThrows(IllegalStateException.class, () -> new Lasso(1).predict(HADAMARD));
        Lasso model = new Lasso(0.25).fit(HADAMARD, Y);
        var e = assertThrows(IllegalArgumentException.class, () -> model.predict(Tensor.of(new double[][] {{1, 2}})));
        assertTrue(e.getMessage().contains("expected 3 columns (as at fit), got 2 columns"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Lasso(1).fit(HADAMARD, new double[] {1, 2, Double.NaN, 4}));
    }
}

package org.mlworkbook.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mlworkbook.data.Dataset;
import org.mlworkbook.data.Datasets;
import org.mlworkbook.tensor.Tensor;

class RidgeTest {

    /** x = 0, 1, 2, y = 1, 2, 4: centred Sxx = 2, Sxy = 3; the unpenalised intercept makes w = Sxy/(Sxx + α). */
    private static final Tensor X3 = Tensor.of(new double[][] {{0}, {1}, {2}});
    private static final double[] Y3 = {1, 2, 4};

    @Test
    void threePointRidgeHasTheHandComputedWeightForEverySolver() {
        // α = 1: w = 3/(2 + 1) = 1, b = ȳ − w·x̄ = 7/3 − 1 = 4/3
        for (Solver solver : new Solver[] {NormalEquations.CHOLESKY, NormalEquations.QR, GradientDescent.batch(0.2, 400)}) {
            Ridge model = new Ridge(1, solver).fit(X3, Y3);
            assertArrayEquals(new double[] {1}, model.coefficients(), 1e-9, solver.toString());
            assertEquals(4.0 / 3, model.intercept(), 1e-9, solver.toString());
        }
    }

    @Test
    void orthogonalDesignShrinksEachWeightByNOverNPlusAlpha() {
        // Hadamard columns: centred, orthogonal, ‖xⱼ‖² = n = 4, so w = Xᵀy/(n + α); Xᵀy = (2, 0, 4), α = 4
        Ridge model = new Ridge(4).fit(LassoTest.HADAMARD, LassoTest.Y);
        assertArrayEquals(new double[] {0.25, 0, 0.5}, model.coefficients(), 1e-12);
        assertEquals(1.5, model.intercept(), 1e-12);
    }

    @Test
    void weightsShrinkAsAlphaGrowsButNeverReachZero() {
        Dataset data = Datasets.linear(100, new double[] {3, -2, 1, 0.5}, 1, 0.3, 5);
        double previous = Double.POSITIVE_INFINITY;
        for (double alpha : new double[] {0, 1, 10, 100, 1000, 10000}) {
            double[] w = new Ridge(alpha).fit(data.features(), data.targets()).coefficients();
            double norm = 0;
            for (double wj : w) {
                norm += wj * wj;
                assertNotEquals(0.0, wj, "alpha " + alpha);
            }
            assertTrue(norm < previous, "alpha " + alpha);
            previous = norm;
        }
    }

    @Test
    void alphaZeroIsOrdinaryLeastSquares() {
        Dataset data = Datasets.linear(50, new double[] {1, 2}, -1, 0.2, 6);
        assertArrayEquals(new LinearRegression().fit(data.features(), data.targets()).coefficients(),
                new Ridge(0).fit(data.features(), data.targets()).coefficients(), 1e-12);
    }

    @Test
    void duplicatedColumnsShareTheWeightOnceAlphaIsPositive() {
        Tensor x = Tensor.of(new double[][] {{0, 0}, {1, 1}, {2, 2}});
        // the two copies act as one column of twice the values: w₁ = w₂ = Sxy·… symmetric, their sum fits the data
        double[] w = new Ridge(1e-6).fit(x, Y3).coefficients();
        assertEquals(w[0], w[1], 1e-9);
        assertEquals(1.5, w[0] + w[1], 1e-5);
    }

    @Test
    void interceptIsNotPenalised() {
        Ridge plain = new Ridge(5).fit(X3, Y3);
        Ridge shifted = new Ridge(5).fit(X3, new double[] {101, 102, 104});
        assertArrayEquals(plain.coefficients(), shifted.coefficients(), 1e-12);
        assertEquals(plain.intercept() + 100, shifted.intercept(), 1e-9);
    }

    @Test
    void miniBatchGradientDescentRecordsTheRidgeObjective() {
        // θ = 0: the first loss is (1/n)(Σy² + α·0) = 7 whatever α is
        double[] history = new Ridge(3, GradientDescent.miniBatch(0.05, 20, 2, 1)).fit(X3, Y3).lossHistory();
        assertEquals(21, history.length);
        assertEquals(7.0, history[0], 1e-12);
        assertTrue(history[20] < history[0]);
    }

    @Test
    void negativeAlphaIsRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Ridge(-1));
        assertEquals("Ridge: alpha expected finite >= 0, got -1.0", e.getMessage());
    }

    @Test
    void toStringShowsAlpha() {
        assertEquals("Ridge(alpha=0.5, solver=QR, fitIntercept=true)", new Ridge(0.5, NormalEquations.QR).toString());
    }
}

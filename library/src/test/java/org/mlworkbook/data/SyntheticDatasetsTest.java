package org.mlworkbook.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mlworkbook.tensor.Tensor;

/** The seeded generators of {@link Datasets}: shapes, formulas (checked without noise) and determinism. */
class SyntheticDatasetsTest {

    private static final double EPS = 1e-12;

    @Test
    void sameSeedGivesTheSameDataAndAnotherSeedOtherData() {
        assertEquals(Datasets.moons(50, 0.1, 3), Datasets.moons(50, 0.1, 3));
        assertNotEquals(Datasets.moons(50, 0.1, 3), Datasets.moons(50, 0.1, 4));
        assertEquals(Datasets.sine(20, 0.1, 1), Datasets.sine(20, 0.1, 1));
    }

    @Test
    void blobsSplitsRowsEvenlyAndStaysNearTheCentresInTheBox() {
        Dataset blobs = Datasets.blobs(10, 3, 0.0, 5);
        assertArrayEquals(new int[] {4, 3, 3}, blobs.classCounts());
        assertEquals(blobs.features().row(0), blobs.features().row(3)); // std 0: every point is its centre
        assertTrue(blobs.features().abs().max() < 10);
        assertEquals(3, blobs.numClasses());
    }

    @Test
    void moonsWithoutNoiseLieOnTheTwoHalfCircles() {
        Dataset moons = Datasets.moons(7, 0.0, 1);
        assertArrayEquals(new int[] {3, 4}, moons.classCounts());
        Tensor x = moons.features();
        assertArrayEquals(new double[] {1, 0}, x.row(0).toArray(), EPS);   // t = 0 on the outer moon
        assertArrayEquals(new double[] {0, 1}, x.row(1).toArray(), EPS);   // t = π/2
        assertArrayEquals(new double[] {0, 0.5}, x.row(3).toArray(), EPS); // t = 0 on the inner moon: (1 − 1, ½ − 0)
        assertArrayEquals(new double[] {2, 0.5}, x.row(6).toArray(), EPS); // t = π: (1 + 1, ½ − 0)
    }

    @Test
    void circlesWithoutNoiseHaveRadiusOneAndFactor() {
        Dataset circles = Datasets.circles(8, 0.0, 0.3, 1);
        Tensor radius = circles.features().pow(2).sum(1).sqrt();
        assertArrayEquals(new double[] {1, 1, 1, 1, 0.3, 0.3, 0.3, 0.3}, radius.toArray(), EPS);
        assertArrayEquals(new int[] {0, 0, 0, 0, 1, 1, 1, 1}, circles.labels());
        assertArrayEquals(new double[] {0, 1}, circles.features().row(1).toArray(), EPS); // t = 2π·1/4
    }

    @Test
    void xorLabelsAreOneWhereTheCoordinatesDifferInSign() {
        Dataset xor = Datasets.xor(8, 0.0, 1);
        double[][] x = xor.features().toMatrix();
        int[] labels = xor.labels();
        for (int i = 0; i < 8; i++) {
            assertEquals(x[i][0] * x[i][1] < 0 ? 1 : 0, labels[i], "row " + i);
        }
        assertArrayEquals(new int[] {4, 4}, xor.classCounts());
    }

    @Test
    void linearWithSeedZeroRebuildsTheBenchmarksLinregData() {
        double[] w = {0.2, -0.4, 0.6, -0.8, 1.0}; // w_j = (−1)ʲ(j+1)/5
        Dataset data = Datasets.linear(1000, w, 2.0, 0.1, 0);
        // first row and targets of /work/shared/bench/data/linreg_1000x5.csv (written by the Python peers)
        assertArrayEquals(new double[] {-1.88390833335244, 0.8645068595575148, 0.22760793546360525,
                -0.042112684686839166, -0.22143788059715477}, data.features().row(0).toArray(), 1e-15);
        assertEquals(1.0988363368480556, data.targets()[0], 1e-13);
        assertEquals(0.7367900726834321, data.targets()[1], 1e-13);
    }

    @Test
    void polynomialWithoutNoiseEvaluatesTheCoefficients() {
        Dataset data = Datasets.polynomial(20, new double[] {1, -2, 3}, 0.0, 9);
        double[] x = data.features().column(0).toArray();
        double[] y = data.targets();
        for (int i = 0; i < x.length; i++) {
            assertTrue(x[i] >= -1 && x[i] < 1);
            assertEquals(1 - 2 * x[i] + 3 * x[i] * x[i], y[i], EPS);
        }
    }

    @Test
    void sineWithoutNoiseIsSinOfTwoPiX() {
        Dataset data = Datasets.sine(20, 0.0, 9);
        double[] x = data.features().column(0).toArray();
        for (int i = 0; i < x.length; i++) {
            assertTrue(x[i] >= 0 && x[i] < 1);
            assertEquals(Math.sin(2 * Math.PI * x[i]), data.targets()[i], EPS);
        }
    }

    @Test
    void generatorsRejectBadArgumentsNamingThem() {
        var e = assertThrows(IllegalArgumentException.class, () -> Datasets.circles(10, 0.1, 1.5, 0));
        assertTrue(e.getMessage().contains("factor expected in (0, 1), got 1.5"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Datasets.moons(10, Double.NaN, 0));
        assertTrue(e.getMessage().contains("noise expected finite and >= 0, got NaN"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Datasets.blobs(2, 3, 1, 0));
        assertTrue(e.getMessage().contains("n expected >= 3, got 2"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Datasets.linear(5, new double[0], 0, 0, 0));
        assertTrue(e.getMessage().contains("weights expected at least one weight"), e.getMessage());
    }
}

package org.mlworkbook.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mlworkbook.tensor.Tensor;

/** StandardScaler and MinMaxScaler against hand-computed values, and their order and shape checks. */
class ScalersTest {

    private static final double EPS = 1e-12;
    /** Columns 1, 2, 3 (μ = 2, σ = √(2/3)) and 10, 20, 30 (μ = 20, σ = 10·√(2/3)). */
    private static final Tensor TRAIN = Tensor.of(new double[][] {{1, 10}, {2, 20}, {3, 30}});
    private static final double SIGMA = Math.sqrt(2.0 / 3.0);

    @Test
    void standardScalerLearnsMeanAndPopulationStandardDeviation() {
        StandardScaler scaler = new StandardScaler().fit(TRAIN);
        assertArrayEquals(new double[] {2, 20}, scaler.mean().toArray(), EPS);
        assertArrayEquals(new double[] {SIGMA, 10 * SIGMA}, scaler.scale().toArray(), EPS);
        double z = 1 / SIGMA; // (3 − 2)/√(2/3) = 1.2247…
        assertArrayEquals(new double[] {-z, -z, 0, 0, z, z}, scaler.transform(TRAIN).toArray(), EPS);
    }

    @Test
    void standardScalerTransformsTestRowsWithTheTrainStatisticsOnly() {
        StandardScaler scaler = new StandardScaler().fit(TRAIN);
        Tensor test = Tensor.of(new double[][] {{4, 40}, {100, -50}});
        // (4 − 2)/σ and (40 − 20)/(10σ); the test rows' own mean and spread play no part
        assertArrayEquals(new double[] {2 / SIGMA, 2 / SIGMA, 98 / SIGMA, -7 / SIGMA},
                scaler.transform(test).toArray(), EPS);
        assertArrayEquals(new double[] {2, 20}, scaler.mean().toArray(), EPS);
    }

    @Test
    void constantColumnGetsScaleOneAndMapsToZero() {
        Tensor x = Tensor.of(new double[][] {{0.1, 1}, {0.1, 2}, {0.1, 3}});
        StandardScaler scaler = new StandardScaler().fit(x);
        assertArrayEquals(new double[] {1, SIGMA}, scaler.scale().toArray(), EPS);
        assertArrayEquals(new double[] {0, 0, 0}, scaler.transform(x).column(0).toArray(), 1e-15);
        assertArrayEquals(new double[] {0, 0, 0}, new MinMaxScaler().fitTransform(x).column(0).toArray(), 1e-15);
    }

    @Test
    void inverseTransformUndoesTransform() {
        StandardScaler standard = new StandardScaler().fit(TRAIN);
        assertTrue(standard.inverseTransform(standard.transform(TRAIN)).allClose(TRAIN, EPS));
        MinMaxScaler minMax = new MinMaxScaler().fit(TRAIN);
        assertTrue(minMax.inverseTransform(minMax.transform(TRAIN)).allClose(TRAIN, EPS));
    }

    @Test
    void minMaxScalerMapsTrainRangeToZeroOneAndTestRowsBeyondIt() {
        MinMaxScaler scaler = new MinMaxScaler().fit(TRAIN);
        assertArrayEquals(new double[] {0, 0, 0.5, 0.5, 1, 1}, scaler.transform(TRAIN).toArray(), EPS);
        assertArrayEquals(new double[] {1.5, -0.5}, scaler.transform(Tensor.of(new double[][] {{4, 0}})).toArray(), EPS);
        assertArrayEquals(new double[] {1, 10}, scaler.dataMin().toArray());
        assertArrayEquals(new double[] {3, 30}, scaler.dataMax().toArray());
    }

    @Test
    void transformBeforeFitIsAnOrderError() {
        var e = assertThrows(IllegalStateException.class, () -> new StandardScaler().transform(TRAIN));
        assertTrue(e.getMessage().contains("transform: called before fit"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> new MinMaxScaler().inverseTransform(TRAIN));
    }

    @Test
    void transformRejectsAnotherColumnCountNamingBoth() {
        StandardScaler scaler = new StandardScaler().fit(TRAIN);
        Tensor threeColumns = Tensor.zeros(2, 3);
        var e = assertThrows(IllegalArgumentException.class, () -> scaler.transform(threeColumns));
        assertTrue(e.getMessage().contains("x expected 2 columns (as in fit), got [2, 3]"), e.getMessage());
    }

    @Test
    void fitRejectsNaNAndInfinity() {
        Tensor nan = Tensor.of(new double[][] {{1, Double.NaN}});
        var e = assertThrows(IllegalArgumentException.class, () -> new StandardScaler().fit(nan));
        assertTrue(e.getMessage().contains("got NaN at row 0, column 1"), e.getMessage());
        Tensor inf = Tensor.of(new double[][] {{Double.NEGATIVE_INFINITY}});
        assertThrows(IllegalArgumentException.class, () -> new MinMaxScaler().fit(inf));
    }

    @Test
    void fitRejectsAnEmptyMatrix() {
        Tensor empty = Tensor.zeros(0, 2);
        var e = assertThrows(IllegalArgumentException.class, () -> new StandardScaler().fit(empty));
        assertTrue(e.getMessage().contains("at least one row, got [0, 2]"), e.getMessage());
    }
}

package org.mlworkbook.neighbors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.mlworkbook.math.Rng;
import org.mlworkbook.tensor.Tensor;

class KNeighborsRegressorTest {

    private static final Tensor LINE = Tensor.of(new double[][] {{0}, {1}, {2}, {10}});
    private static final double[] TARGETS = {1, 3, 8, 20};

    @Test
    void predictionIsTheMeanTargetOfTheKNearest() {
        var knn = new KNeighborsRegressor(2).fit(LINE, TARGETS);
        // 0.4 → rows 0, 1: (1 + 3)/2; 7 → rows 3, 2: (20 + 8)/2
        assertArrayEquals(new double[] {2, 14}, knn.predict(Tensor.of(new double[][] {{0.4}, {7}})), 1e-15);
    }

    @Test
    void distanceWeightsGiveTheWeightedMean() {
        var knn = new KNeighborsRegressor(2, Distance.EUCLIDEAN, Weights.DISTANCE).fit(LINE, TARGETS);
        // 7: d = 3 (y 20), 5 (y 8): (20/3 + 8/5)/(1/3 + 1/5) = 15.5
        assertArrayEquals(new double[] {15.5}, knn.predict(Tensor.of(new double[][] {{7}})), 1e-12);
        // on a training row the row's own target
        assertArrayEquals(new double[] {8}, knn.predict(Tensor.of(new double[][] {{2}})), 0);
    }

    @Test
    void predictEqualsANaiveMeanOnRandomData() {
        Rng rng = new Rng(11);
        Tensor x = Tensor.randomNormal(rng, 0, 1, 200, 4);
        double[] y = Tensor.randomNormal(rng, 0, 1, 200).toArray();
        Tensor queries = Tensor.randomNormal(rng, 0, 1, 20, 4);
        var knn = new KNeighborsRegressor(4, Distance.MANHATTAN, Weights.UNIFORM).fit(x, y);
        double[] predicted = knn.predict(queries);
        Neighbors neighbors = knn.kneighbors(queries, 4);
        for (int q = 0; q < 20; q++) {
            double sum = 0;
            for (int i : neighbors.indices(q)) {
                sum += y[i];
            }
            assertEquals(sum / 4, predicted[q], 1e-12);
        }
    }

    @Test
    void fitRejectsNonFiniteTargetsAndKLargerThanN() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new KNeighborsRegressor(1).fit(LINE, new double[] {1, Double.NaN, 2, 3}));
        assertEquals("fit: y expected finite values, got NaN at index 1", e.getMessage());
        var k = assertThrows(IllegalArgumentException.class, () -> new KNeighborsRegressor(5).fit(LINE, TARGETS));
        assertEquals("fit: k expected <= n = 4 training rows, got k = 5", k.getMessage());
    }

    @Test
    void predictBeforeFitIsAnIllegalStateAndColumnsMustMatch() {
        assertThrows(IllegalStateException.class, () -> new KNeighborsRegressor(1).predict(LINE));
        var knn = new KNeighborsRegressor(1).fit(LINE, TARGETS);
        var e = assertThrows(IllegalArgumentException.class, () -> knn.predict(Tensor.zeros(1, 2)));
        assertEquals("predict: x expected 1 columns, as at fit, got [1, 2]", e.getMessage());
    }
}

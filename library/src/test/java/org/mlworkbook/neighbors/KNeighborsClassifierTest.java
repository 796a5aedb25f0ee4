package org.mlworkbook.neighbors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mlworkbook.data.Dataset;
import org.mlworkbook.data.Datasets;
import org.mlworkbook.data.Split;
import org.mlworkbook.data.Splits;
import org.mlworkbook.data.StandardScaler;
import org.mlworkbook.math.Rng;
import org.mlworkbook.tensor.Tensor;

class KNeighborsClassifierTest {

    private static final List<Distance> DISTANCES =
            List.of(Distance.EUCLIDEAN, Distance.MANHATTAN, Distance.CHEBYSHEV, Distance.minkowski(3));

    /** Four points on a line at 0, 1, 2, 10 with labels 0, 0, 1, 1. */
    private static final Tensor LINE = Tensor.of(new double[][] {{0}, {1}, {2}, {10}});
    private static final int[] LINE_LABELS = {0, 0, 1, 1};

    /** The naive reference: sort all training rows by (distance by the plain formula, index), take k. */
    private static Integer[] naiveNeighbors(Tensor train, double[] query, int k, Distance distance) {
        Integer[] order = IntStream.range(0, train.rows()).boxed().toArray(Integer[]::new);
        double[] d = new double[train.rows()];
        for (int i = 0; i < d.length; i++) {
            d[i] = distance.distance(train.row(i).toArray(), query);
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> d[i]).thenComparingInt(i -> i));
        return Arrays.copyOf(order, k);
    }

    @Test
    void kneighborsEqualsANaiveSortOnRandomDataForEveryDistance() {
        Rng rng = new Rng(3);
        Tensor train = Tensor.randomNormal(rng, 0, 1, 700, 6);
        Tensor queries = Tensor.randomNormal(rng, 0, 1, 90, 6);  // several blocks of query rows
        int[] y = new int[700];
        for (Distance distance : DISTANCES) {
            Neighbors found = new KNeighborsClassifier(7, distance).fit(train, y).kneighbors(queries, 7);
            for (int q = 0; q < 90; q++) {
                double[] query = queries.row(q).toArray();
                Integer[] expected = naiveNeighbors(train, query, 7, distance);
                for (int c = 0; c < 7; c++) {
                    assertEquals(expected[c], found.indices(q)[c], distance + ", query " + q + ", neighbour " + c);
                    assertEquals(distance.distance(train.row(expected[c]).toArray(), query), found.distances(q)[c], 1e-12);
                }
            }
        }
    }

    @Test
    void predictEqualsANaiveMajorityVoteOnRandomDataForEveryDistance() {
        Rng rng = new Rng(5);
        Tensor train = Tensor.randomUniform(rng, -1, 1, 300, 3);
        int[] y = new int[300];
        for (int i = 0; i < y.length; i++) {
            y[i] = rng.nextInt(4);
        }
        Tensor queries = Tensor.randomUniform(rng, -1, 1, 60, 3);
        for (Distance distance : DISTANCES) {
            int[] predicted = new KNeighborsClassifier(6, distance).fit(train, y).predict(queries);
            for (int q = 0; q < 60; q++) {
                int[] votes = new int[4];
                for (int i : naiveNeighbors(train, queries.row(q).toArray(), 6, distance)) {
                    votes[y[i]]++;
                }
                int best = 0;
                for (int c = 1; c < 4; c++) {
                    best = votes[c] > votes[best] ? c : best;
                }
                assertEquals(best, predicted[q], distance + ", query " + q);
            }
        }
    }

    @Test
    void kneighborsOfHandPlacedPointsAreNearestFirst() {
        var knn = new KNeighborsClassifier(1).fit(LINE, LINE_LABELS);
        Neighbors n = knn.kneighbors(Tensor.of(new double[][] {{1.8}, {7}}), 3);
        assertArrayEquals(new int[] {2, 1, 0}, n.indices(0));
        assertArrayEquals(new double[] {0.2, 0.8, 1.8}, n.distances(0), 1e-12);
        assertArrayEquals(new int[] {3, 2, 1}, n.indices(1));
        assertArrayEquals(new double[] {3, 5, 6}, n.distances(1), 1e-12);
    }

    @Test
    void neighboursAtEqualDistanceComeInOrderOfTheTrainingIndex() {
        Tensor x = Tensor.of(new double[][] {{2}, {-1}, {1}, {-2}, {1}});
        var knn = new KNeighborsClassifier(1).fit(x, new int[5]);
        assertArrayEquals(new int[] {1, 2, 4, 0, 3}, knn.kneighbors(Tensor.of(new double[][] {{0}}), 5).indices(0));
        assertArrayEquals(new int[] {1, 2, 4}, knn.kneighbors(Tensor.of(new double[][] {{0}}), 3).indices(0));
    }

    @Test
    void aTiedVoteGoesToTheSmallestLabel() {
        // query 5: neighbours 2 (label 1, d = 3) and 1 (label 0, d = 4): one vote each, label 0 wins the tie
        var knn = new KNeighborsClassifier(2).fit(LINE, LINE_LABELS);
        Tensor query = Tensor.of(new double[][] {{5}});
        assertArrayEquals(new int[] {0}, knn.predict(query));
        assertTrue(Tensor.of(new double[][] {{0.5, 0.5}}).allClose(knn.predictProba(query), 1e-15));
    }

    @Test
    void distanceWeightsLetTheNearerNeighbourWin() {
        // same query: weights 1/3 for label 1 against 1/4 for label 0, so P(1) = (1/3)/(1/3 + 1/4) = 4/7
        var knn = new KNeighborsClassifier(2, Distance.EUCLIDEAN, Weights.DISTANCE).fit(LINE, LINE_LABELS);
        Tensor query = Tensor.of(new double[][] {{5}});
        assertArrayEquals(new int[] {1}, knn.predict(query));
        assertTrue(Tensor.of(new double[][] {{3.0 / 7, 4.0 / 7}}).allClose(knn.predictProba(query), 1e-15));
    }

    @Test
    void aQueryOnATrainingRowTakesThatRowsLabelWithDistanceWeights() {
        var knn = new KNeighborsClassifier(3, Distance.EUCLIDEAN, Weights.DISTANCE).fit(LINE, LINE_LABELS);
        assertTrue(Tensor.of(new double[][] {{0, 1}}).allClose(knn.predictProba(Tensor.of(new double[][] {{2}})), 0));
    }

    @Test
    void predictProbaIsTheShareOfTheKNeighboursPerClass() {
        var knn = new KNeighborsClassifier(3).fit(LINE, new int[] {0, 2, 2, 1});
        Tensor p = knn.predictProba(Tensor.of(new double[][] {{0.4}, {9}}));
        // 0.4: neighbours 0, 1, 2 → labels 0, 2, 2; 9: neighbours 3, 2, 1 → labels 1, 2, 2
        assertTrue(Tensor.of(new double[][] {{1.0 / 3, 0, 2.0 / 3}, {0, 1.0 / 3, 2.0 / 3}}).allClose(p, 1e-15), p.toString());
        assertArrayEquals(new int[] {2, 2}, knn.predict(Tensor.of(new double[][] {{0.4}, {9}})));
    }

    @Test
    void fiveNeighboursClassifyStandardisedDigitsWithAtLeast97PercentAccuracy() {
        Split split = Splits.trainTest(Datasets.digits(), 0.25, 0, true);
        Dataset train = split.train();
        Dataset test = split.test();
        StandardScaler scaler = new StandardScaler().fit(train.features());
        var knn = new KNeighborsClassifier(5).fit(scaler.transform(train.features()), train.labels());
        double accuracy = knn.score(scaler.transform(test.features()), test.labels());
        assertTrue(accuracy >= 0.97, "accuracy " + accuracy);
    }

    @Test
    void fitRejectsKLargerThanTheTrainingSet() {
        var knn = new KNeighborsClassifier(10);
        var e = assertThrows(IllegalArgumentException.class, () -> knn.fit(LINE, LINE_LABELS));
        assertEquals("fit: k expected <= n = 4 training rows, got k = 10", e.getMessage());
    }

    @Test
    void kneighborsRejectsKLargerThanTheTrainingSet() {
        var knn = new KNeighborsClassifier(1).fit(LINE, LINE_LABELS);
        var e = assertThrows(IllegalArgumentException.class, () -> knn.kneighbors(LINE, 5));
        assertEquals("kneighbors: k expected in 1 … n = 4 training rows, got k = 5", e.getMessage());
    }

    @Test
    void constructorRejectsKBelowOneAndNullChoices() {
        var e = assertThrows(IllegalArgumentException.class, () -> new KNeighborsClassifier(0));
        assertEquals("KNeighborsClassifier: k expected >= 1, got 0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new KNeighborsClassifier(1, null));
        assertThrows(IllegalArgumentException.class, () -> new KNeighborsClassifier(1, Distance.EUCLIDEAN, null));
    }

    @Test
    void predictBeforeFitIsAnIllegalState() {
        var knn = new KNeighborsClassifier(1);
        var e = assertThrows(IllegalStateException.class, () -> knn.predict(LINE));
        assertEquals("predict: called before fit(x, y)", e.getMessage());
        assertThrows(IllegalStateException.class, () -> knn.predictProba(LINE));
        assertThrows(IllegalStateException.class, () -> knn.kneighbors(LINE, 1));
    }

    @Test
    void predictRejectsAnotherNumberOfColumnsNamingBoth() {
        var knn = new KNeighborsClassifier(1).fit(LINE, LINE_LABELS);
        var e = assertThrows(IllegalArgumentException.class, () -> knn.predict(Tensor.zeros(2, 3)));
        assertEquals("predict: x expected 1 columns, as at fit, got [2, 3]", e.getMessage());
    }

    @Test
    void fitAndPredictRejectNonFiniteValues() {
        Tensor bad = Tensor.of(new double[][] {{0}, {Double.POSITIVE_INFINITY}, {2}, {3}});
        var e = assertThrows(IllegalArgumentException.class, () -> new KNeighborsClassifier(1).fit(bad, LINE_LABELS));
        assertEquals("fit: x expected finite values, got Infinity at row 1, column 0", e.getMessage());
        var knn = new KNeighborsClassifier(1).fit(LINE, LINE_LABELS);
        var p = assertThrows(IllegalArgumentException.class, () -> knn.predict(Tensor.of(new double[][] {{Double.NaN}})));
        assertEquals("predict: x expected finite values, got NaN at row 0, column 0", p.getMessage());
    }

    @Test
    void fitRejectsMismatchedAndNegativeLabels() {
        var e = assertThrows(IllegalArgumentException.class, () -> new KNeighborsClassifier(1).fit(LINE, new int[3]));
        assertEquals("fit: x and y expected the same number of rows, got x [4, 1] and y [3]", e.getMessage());
        var n = assertThrows(IllegalArgumentException.class,
                () -> new KNeighborsClassifier(1).fit(LINE, new int[] {0, -1, 0, 0}));
        assertEquals("fit: y expected labels >= 0, got -1 at index 1", n.getMessage());
    }

    @Test
    void fitCopiesTheTrainingData() {
        Tensor x = LINE.copy();
        int[] y = LINE_LABELS.clone();
        var knn = new KNeighborsClassifier(1).fit(x, y);
        x.set(100, 0, 0);
        y[0] = 1;
        assertArrayEquals(new int[] {0}, knn.predict(Tensor.of(new double[][] {{0}})));
    }

    @Test
    void toStringShowsTheConfiguration() {
        assertEquals("KNeighborsClassifier(k=5, distance=manhattan, weights=DISTANCE)",
                new KNeighborsClassifier(5, Distance.MANHATTAN, Weights.DISTANCE).toString());
    }
}

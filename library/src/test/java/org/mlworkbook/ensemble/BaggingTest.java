package org.mlworkbook.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mlworkbook.data.Datasets;
import org.mlworkbook.data.Split;
import org.mlworkbook.data.Splits;
import org.mlworkbook.math.Rng;
import org.mlworkbook.neighbors.KNeighborsRegressor;
import org.mlworkbook.tensor.Tensor;
import org.mlworkbook.tree.DecisionTreeClassifier;

class BaggingTest {

    @Test
    void aBootstrapSampleDrawsNRowsWithReplacementAndLeavesTheRestOutOfBag() {
        Rng rng = new Rng(11);
        int[] draws = new int[6];
        Rng replay = new Rng(11);
        for (int d = 0; d < 6; d++) {
            draws[replay.nextInt(6)]++;
        }
        double[] counts = Bootstrap.counts(6, rng);
        for (int i = 0; i < 6; i++) {
            assertEquals(draws[i], counts[i], 0);
        }
        int[] expanded = Bootstrap.expand(new double[] {2, 0, 1, 0});
        assertArrayEquals(new int[] {0, 0, 2}, expanded);
        assertArrayEquals(new int[] {1, 3}, Bootstrap.outOfBag(new double[] {2, 0, 1, 0}));
    }

    @Test
    void aboutOneRowInEIsOutOfBag() {
        double[] counts = Bootstrap.counts(100_000, new Rng(0));
        double share = Bootstrap.outOfBag(counts).length / 100_000.0;
        assertEquals(Math.exp(-1), share, 0.005);
    }

    @Test
    void baggedTreesBeatOneTreeOnDigitsAndDoNotDependOnTheThreads() {
        Split split = Splits.trainTest(Datasets.digits(), 0.25, 0, true);
        Tensor x = split.train().features();
        int[] y = split.train().labels();
        BaggingClassifier one = new BaggingClassifier(DecisionTreeClassifier::new, 20).seed(2).threads(1).fit(x, y);
        BaggingClassifier two = new BaggingClassifier(DecisionTreeClassifier::new, 20).seed(2).threads(2).fit(x, y);
        Tensor test = split.test().features();
        assertEquals(one.predictProba(test), two.predictProba(test));
        double bagged = one.score(test, split.test().labels());
        double single = new DecisionTreeClassifier().fit(x, y).score(test, split.test().labels());
        assertTrue(bagged > single + 0.05, "bagged " + bagged + ", single " + single);
        assertTrue(one.oobScore() > 0.85, "oob " + one.oobScore());
        assertEquals(20, one.members().size());
    }

    @Test
    void baggingRegressorAveragesItsMembers() {
        Tensor x = Tensor.of(new double[][] {{0}, {1}, {2}, {3}, {4}});
        double[] y = {0, 1, 4, 9, 16};
        BaggingRegressor bag = new BaggingRegressor(() -> new KNeighborsRegressor(1), 7).seed(4).fit(x, y);
        double[] mean = new double[5];
        for (var member : bag.members()) {
            double[] p = member.predict(x);
            for (int i = 0; i < 5; i++) {
                mean[i] += p[i] / 7;
            }
        }
        assertArrayEquals(mean, bag.predict(x), 1e-12);
        assertEquals(7, bag.stagedScores(x, y).length);
    }

    @Test
    void badInputFailsWithAClearMessage() {
        assertThrows(IllegalArgumentException.class, () -> new BaggingClassifier(null, 3));
        assertEquals("BaggingClassifier: numEstimators expected >= 1, got 0", assertThrows(
                IllegalArgumentException.class, () -> new BaggingClassifier(DecisionTreeClassifier::new, 0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new BaggingRegressor(() -> new KNeighborsRegressor(1), -1));
        assertThrows(IllegalStateException.class,
                () -> new BaggingClassifier(DecisionTreeClassifier::new, 3).predict(Tensor.zeros(1, 1)));
        assertThrows(IllegalArgumentException.class,
                () -> new BaggingClassifier(DecisionTreeClassifier::new, 3).fit(Tensor.zeros(2, 1), new int[] {0}));
    }
}

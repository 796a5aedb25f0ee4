package org.mlworkbook.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlworkbook.data.Dataset;
import org.mlworkbook.data.Datasets;
import org.mlworkbook.data.Split;
import org.mlworkbook.data.Splits;
import org.mlworkbook.tensor.Tensor;
import org.mlworkbook.tree.DecisionTreeClassifier;
import org.mlworkbook.tree.DecisionTreeRegressor;

class RandomForestTest {

    private static final Split DIGITS = Splits.trainTest(Datasets.digits(), 0.25, 0, true);

    @Test
    void aHundredTreesReachNinetySixPercentOnRawDigits() {
        RandomForestClassifier forest = new RandomForestClassifier(100).seed(0)
                .fit(DIGITS.train().features(), DIGITS.train().labels());
        double accuracy = forest.score(DIGITS.test().features(), DIGITS.test().labels());
        assertTrue(accuracy >= 0.96, "accuracy " + accuracy);
        assertTrue(forest.oobScore() > 0.9 && forest.oobScore() < 1, "oob " + forest.oobScore());
        assertEquals(8, forest.featuresPerSplit(64));
        double[] importances = forest.featureImportances();
        assertEquals(1, java.util.Arrays.stream(importances).sum(), 1e-9);
        assertEquals(0, importances[0], 0, "pixel 0 is always blank");
    }

    @Test
    void theSameSeedGivesTheSameForestOnOneAndTwoThreads() {
        Tensor x = DIGITS.train().features();
        int[] y = DIGITS.train().labels();
        RandomForestClassifier one = new RandomForestClassifier(12).seed(7).threads(1).fit(x, y);
        RandomForestClassifier two = new RandomForestClassifier(12).seed(7).threads(2).fit(x, y);
        List<DecisionTreeClassifier> a = one.trees();
        List<DecisionTreeClassifier> b = two.trees();
        for (int t = 0; t < a.size(); t++) {
            assertEquals(a.get(t).toText(null, null), b.get(t).toText(null, null), "tree " + t);
        }
        Tensor test = DIGITS.test().features();
        assertEquals(one.predictProba(test), two.predictProba(test));
        assertEquals(one.oobScore(), two.oobScore());
        RandomForestClassifier other = new RandomForestClassifier(12).seed(8).threads(2).fit(x, y);
        assertNotEquals(one.predictProba(test), other.predictProba(test));
    }

    @Test
    void stagedScoresEndAtTheScoreOfTheWholeForest() {
        RandomForestClassifier forest = new RandomForestClassifier(5).fit(DIGITS.train().features(),
                DIGITS.train().labels());
        double[] staged = forest.stagedScores(DIGITS.test().features(), DIGITS.test().labels());
        assertEquals(5, staged.length);
        assertEquals(forest.score(DIGITS.test().features(), DIGITS.test().labels()), staged[4], 1e-12);
        assertEquals(forest.trees().get(0).score(DIGITS.test().features(), DIGITS.test().labels()), staged[0], 1e-12);
    }

    @Test
    void aForestOfOneFeatureStumpsOnOneColumnIsTheMajorityOfBootstrapStumps() {
        // one feature, all rows distinct: x ≤ 1.5 → 0, else 1; every bootstrap tree that sees both classes finds it
        Tensor x = Tensor.of(new double[][] {{0}, {1}, {2}, {3}});
        int[] y = {0, 0, 1, 1};
        RandomForestClassifier forest = new RandomForestClassifier(25).maxDepth(1).seed(3).fit(x, y);
        assertArrayEquals(y, forest.predict(x));
    }

    @Test
    void regressionForestBeatsOneTreeOutOfSampleOnDiabetes() {
        Dataset diabetes = Datasets.diabetes();
        Split split = Splits.trainTest(diabetes, 0.25, 0, false);
        Tensor x = split.train().features();
        double[] y = split.train().targets();
        RandomForestRegressor forest = new RandomForestRegressor(50).seed(1).fit(x, y);
        double forestR2 = forest.score(split.test().features(), split.test().targets());
        double treeR2 = new DecisionTreeRegressor().fit(x, y).score(split.test().features(), split.test().targets());
        assertTrue(forestR2 > treeR2 + 0.2, "forest " + forestR2 + ", tree " + treeR2);
        assertTrue(forest.oobScore() > 0.3, "oob " + forest.oobScore());
        assertEquals(3, forest.featuresPerSplit(10));
        RandomForestRegressor again = new RandomForestRegressor(50).seed(1).threads(1).fit(x, y);
        assertArrayEquals(forest.predict(split.test().features()), again.predict(split.test().features()));
    }

    @Test
    void badInputFailsWithAClearMessage() {
        assertEquals("RandomForestClassifier: numEstimators expected >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> new RandomForestClassifier(0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new RandomForestRegressor(0));
        assertThrows(IllegalArgumentException.class, () -> new RandomForestClassifier(5).maxFeatures(0));
        assertThrows(IllegalArgumentException.class, () -> new RandomForestClassifier(5).maxDepth(0));
        assertThrows(IllegalArgumentException.class, () -> new RandomForestClassifier(5).threads(-2));
        assertEquals("predict: called before fit(x, y)", assertThrows(IllegalStateException.class,
                () -> new RandomForestClassifier(5).predict(Tensor.zeros(1, 2))).getMessage());
        assertThrows(IllegalStateException.class, () -> new RandomForestRegressor(5).oobScore());
        RandomForestClassifier forest = new RandomForestClassifier(2).fit(Tensor.zeros(4, 2), new int[] {0, 1, 0, 1});
        assertThrows(IllegalArgumentException.class, () -> forest.predict(Tensor.zeros(1, 3)));
    }
}

package org.mlworkbook.tree;

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
import org.mlworkbook.math.Rng;
import org.mlworkbook.metrics.Classification;
import org.mlworkbook.tensor.Tensor;

class DecisionTreeClassifierTest {

    /** Four points on a line, labels 0, 0, 1, 1, the third point of class 1 sitting at 0 with the first two. */
    private static final Tensor LINE = Tensor.of(new double[][] {{0}, {0}, {0}, {1}});
    private static final int[] LINE_LABELS = {0, 0, 1, 1};

    @Test
    void depthTwoIrisTreesSplitSetosaOffFirstAtPetalLength245() {
        Dataset iris = Datasets.iris();
        for (Criterion criterion : Criterion.values()) {
            DecisionTreeClassifier tree = new DecisionTreeClassifier().maxDepth(2).criterion(criterion)
                    .fit(iris.features(), iris.labels());
            FittedTree fitted = tree.tree();
            // petal length ≤ 2.45 and petal width ≤ 0.8 both separate setosa exactly: the tie goes to feature 2
            assertEquals(2, fitted.feature(0), criterion.name());
            assertEquals(2.45, fitted.threshold(0), 1e-12);
            int left = fitted.left(0);
            assertTrue(fitted.isLeaf(left));
            assertArrayEquals(new double[] {50, 0, 0}, fitted.value(left));
            assertEquals(3, fitted.feature(fitted.right(0)), "then petal width separates versicolor from virginica");
            assertEquals(1.75, fitted.threshold(fitted.right(0)), 1e-12);
            assertEquals(2, tree.depth());
            assertEquals(3, tree.numLeaves());
        }
    }

    @Test
    void anUnlimitedTreeFitsAnyConsistentTrainingSetPerfectly() {
        Rng rng = new Rng(3);
        double[][] rows = new double[300][3];
        int[] labels = new int[300];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < 3; j++) {
                rows[i][j] = rng.nextInt(6);  // many repeated values per feature
            }
            // a label that is a function of x (so consistent) but not one a few splits express
            labels[i] = (int) (rows[i][0] * 7 + rows[i][1] * 3 + rows[i][2]) % 4;
        }
        Tensor x = Tensor.of(rows);
        for (Criterion criterion : Criterion.values()) {
            DecisionTreeClassifier tree = new DecisionTreeClassifier().criterion(criterion).fit(x, labels);
            assertEquals(1.0, tree.score(x, labels), criterion.name());
        }
    }

    @Test
    void xorIsLearnedAlthoughItsFirstSplitGainsNothing() {
        Tensor x = Tensor.of(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}});
        int[] y = {0, 1, 1, 0};
        DecisionTreeClassifier tree = new DecisionTreeClassifier().fit(x, y);
        assertArrayEquals(y, tree.predict(x));
        assertEquals(2, tree.depth());
        assertEquals(0, tree.tree().feature(0), "on a tie the lowest feature index");
    }

    @Test
    void depthTenOnRawDigitsScoresAtLeast080() {
        Split split = Splits.trainTest(Datasets.digits(), 0.25, 0, true);
        for (Criterion criterion : Criterion.values()) {
            DecisionTreeClassifier tree = new DecisionTreeClassifier().maxDepth(10).criterion(criterion)
                    .fit(split.train().features(), split.train().labels());
            double accuracy = tree.score(split.test().features(), split.test().labels());
            assertTrue(accuracy >= 0.80, criterion + " accuracy " + accuracy);
            assertTrue(tree.depth() <= 10);
        }
    }

    @Test
    void predictProbaGivesTheClassFractionsOfTheLeaf() {
        DecisionTreeClassifier tree = new DecisionTreeClassifier().fit(LINE, LINE_LABELS);
        // x ≤ 0.5 holds {0, 0, 1}: it cannot be split further
        Tensor p = tree.predictProba(Tensor.of(new double[][] {{-3}, {7}}));
        assertArrayEquals(new double[] {2.0 / 3, 1.0 / 3, 0, 1}, p.data(), 1e-15);
        assertArrayEquals(new int[] {0, 1}, tree.predict(Tensor.of(new double[][] {{0.5}, {0.51}})));
    }

    @Test
    void aSampleWeightOfTwoActsAsADuplicatedRow() {
        double[] weights = {1, 1, 3, 1};
        DecisionTreeClassifier weighted = new DecisionTreeClassifier().fit(LINE, LINE_LABELS, weights);
        // the left leaf holds weights 1 + 1 of class 0 and 3 of class 1
        assertArrayEquals(new double[] {0.4, 0.6}, weighted.predictProba(Tensor.of(new double[][] {{0}})).data(), 1e-15);
        assertArrayEquals(new int[] {1}, weighted.predict(Tensor.of(new double[][] {{0}})));
        Tensor duplicated = Tensor.of(new double[][] {{0}, {0}, {0}, {0}, {0}, {1}});
        DecisionTreeClassifier copies = new DecisionTreeClassifier().fit(duplicated, new int[] {0, 0, 1, 1, 1, 1});
        assertArrayEquals(copies.predictProba(LINE).data(), weighted.predictProba(LINE).data(), 1e-15);
    }

    @Test
    void scalingAllWeightsChangesNoSplit() {
        // weights 1 take the whole-number path (a table of v ln v for entropy), weights 0.3 the general one
        Split split = Splits.trainTest(Datasets.digits(), 0.25, 0, true);
        Tensor x = split.train().features();
        int[] y = split.train().labels();
        double[] ones = new double[y.length];
        double[] small = new double[y.length];
        java.util.Arrays.fill(ones, 1);
        java.util.Arrays.fill(small, 0.3);
        for (Criterion criterion : Criterion.values()) {
            DecisionTreeClassifier config = new DecisionTreeClassifier().criterion(criterion).maxDepth(6);
            FittedTree a = config.fit(x, y, ones).tree();
            FittedTree b = config.fit(x, y, small).tree();
            assertEquals(a.nodeCount(), b.nodeCount(), criterion.name());
            for (int t = 0; t < a.nodeCount(); t++) {
                assertEquals(a.feature(t), b.feature(t), criterion + " node " + t);
                assertEquals(a.threshold(t), b.threshold(t), criterion + " node " + t);
                assertEquals(a.impurity(t), b.impurity(t), 1e-12);
            }
        }
    }

    @Test
    void rowsOfWeightZeroAreLeftOut() {
        Dataset iris = Datasets.iris();
        double[] weights = new double[150];
        int[] kept = new int[100];
        for (int i = 0, p = 0; i < 150; i++) {
            if (i % 3 != 0) {
                weights[i] = 1;
                kept[p++] = i;
            }
        }
        FittedTree weighted = new DecisionTreeClassifier().fit(iris.features(), iris.labels(), weights).tree();
        Dataset subset = iris.rows(kept);
        FittedTree plain = new DecisionTreeClassifier().fit(subset.features(), subset.labels()).tree();
        assertEquals(plain.nodeCount(), weighted.nodeCount());
        for (int t = 0; t < plain.nodeCount(); t++) {
            assertEquals(plain.feature(t), weighted.feature(t));
            assertEquals(plain.threshold(t), weighted.threshold(t));
            assertEquals(plain.samples(t), weighted.samples(t));
        }
    }

    @Test
    void numClassesWidensTheProbabilitiesForAClassMissingFromTheSample() {
        DecisionTreeClassifier tree = new DecisionTreeClassifier().fit(LINE, LINE_LABELS, null, 3);
        assertArrayEquals(new int[] {4, 3}, tree.predictProba(LINE).shape());
        assertEquals(3, tree.numClasses());
    }

    @Test
    void theSameSeedGrowsTheSameTreeAndAnotherSeedADifferentOne() {
        Split split = Splits.trainTest(Datasets.digits(), 0.25, 0, true);
        Tensor x = split.train().features();
        int[] y = split.train().labels();
        DecisionTreeClassifier config = new DecisionTreeClassifier().maxFeatures(8);
        FittedTree a = config.seed(5).fit(x, y).tree();
        FittedTree b = config.seed(5).fit(x, y).tree();
        FittedTree c = config.seed(6).fit(x, y).tree();
        assertEquals(a.nodeCount(), b.nodeCount());
        for (int t = 0; t < a.nodeCount(); t++) {
            assertEquals(a.feature(t), b.feature(t));
            assertEquals(a.threshold(t), b.threshold(t));
        }
        assertNotEquals(a.feature(0) + "/" + a.nodeCount(), c.feature(0) + "/" + c.nodeCount());
    }

    @Test
    void minSamplesLeafKeepsEnoughRowsOnBothSides() {
        Dataset iris = Datasets.iris();
        FittedTree tree = new DecisionTreeClassifier().minSamplesLeaf(10).fit(iris.features(), iris.labels()).tree();
        for (int t = 0; t < tree.nodeCount(); t++) {
            assertTrue(tree.samples(t) >= 10);
        }
        FittedTree stopped = new DecisionTreeClassifier().minSamplesSplit(151).fit(iris.features(), iris.labels()).tree();
        assertEquals(1, stopped.nodeCount());
    }

    @Test
    void importancesAreTheNormalisedWeightedGiniDecrease() {
        Dataset iris = Datasets.iris();
        DecisionTreeClassifier stump = new DecisionTreeClassifier().maxDepth(1).fit(iris.features(), iris.labels());
        assertArrayEquals(new double[] {0, 0, 1, 0}, stump.featureImportances(), 1e-15);
        double[] depth2 = new DecisionTreeClassifier().maxDepth(2).fit(iris.features(), iris.labels())
                .featureImportances();
        // root: 150·(2/3) − 50·0 − 100·½ = 50; petal width: 100·½ − 54·G(0,49,5) − 46·G(0,1,45)
        double g54 = 1 - (49.0 / 54) * (49.0 / 54) - (5.0 / 54) * (5.0 / 54);
        double g46 = 1 - (1.0 / 46) * (1.0 / 46) - (45.0 / 46) * (45.0 / 46);
        double width = 50 - 54 * g54 - 46 * g46;
        assertArrayEquals(new double[] {0, 0, 50 / (50 + width), width / (50 + width)}, depth2, 1e-12);
    }

    @Test
    void toTextShowsTheRulesAndTheLeafClasses() {
        Dataset iris = Datasets.iris();
        DecisionTreeClassifier stump = new DecisionTreeClassifier().maxDepth(1).fit(iris.features(), iris.labels());
        assertEquals("|--- petal_length <= 2.45\n|   |--- class: setosa\n"
                        + "|--- petal_length >  2.45\n|   |--- class: versicolor\n",
                stump.toText(iris.featureNames(), iris.classNames()));
        assertTrue(stump.toText(null, null).startsWith("|--- x[2] <= 2.45\n|   |--- class: 0\n"));
    }

    @Test
    void badSettingsAndInputsFailWithClearMessages() {
        IllegalArgumentException depth = assertThrows(IllegalArgumentException.class,
                () -> new DecisionTreeClassifier().maxDepth(0));
        assertEquals("maxDepth: maxDepth expected >= 1, got 0", depth.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new DecisionTreeClassifier().minSamplesSplit(1));
        assertThrows(IllegalArgumentException.class, () -> new DecisionTreeClassifier().minSamplesLeaf(0));
        assertThrows(IllegalArgumentException.class, () -> new DecisionTreeClassifier().criterion(null));
        DecisionTreeClassifier tree = new DecisionTreeClassifier();
        IllegalArgumentException length = assertThrows(IllegalArgumentException.class,
                () -> tree.fit(LINE, LINE_LABELS, new double[] {1, 1, 1}));
        assertEquals("fit: x and sampleWeights expected the same number of rows, got x [4, 1] and sampleWeights [3]", length.getMessage());
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> tree.fit(LINE, LINE_LABELS, new double[] {1, -1, 1, 1}));
        assertEquals("fit: sampleWeights expected finite values >= 0, got -1.0 at index 1", negative.getMessage());
        assertThrows(IllegalArgumentException.class, () -> tree.fit(LINE, LINE_LABELS, new double[4]));
        assertThrows(IllegalArgumentException.class, () -> tree.fit(LINE, new int[] {0, 1}));
        assertThrows(IllegalArgumentException.class, () -> tree.fit(LINE, new int[] {0, -1, 0, 0}));
        IllegalStateException early = assertThrows(IllegalStateException.class, () -> tree.predict(LINE));
        assertEquals("predict: called before fit(x, y)", early.getMessage());
        assertThrows(IllegalStateException.class, () -> tree.predictProba(LINE));
        assertThrows(IllegalStateException.class, tree::featureImportances);
        tree.fit(LINE, LINE_LABELS);
        IllegalArgumentException columns = assertThrows(IllegalArgumentException.class,
                () -> tree.predict(Tensor.zeros(2, 3)));
        assertEquals("predict: x expected 1 columns (as at fit), got 3 columns in x [2, 3]", columns.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> tree.toText(List.of("a", "b"), null));
    }

    @Test
    void settingsAreImmutableAndShownByToString() {
        DecisionTreeClassifier base = new DecisionTreeClassifier();
        DecisionTreeClassifier deep = base.maxDepth(3);
        assertEquals("DecisionTreeClassifier(criterion=GINI, maxDepth=none, minSamplesSplit=2, minSamplesLeaf=1, "
                + "maxFeatures=all, seed=0)", base.toString());
        assertTrue(deep.toString().contains("maxDepth=3"));
        assertEquals(1.0, Classification.accuracy(LINE_LABELS, LINE_LABELS));
    }
}

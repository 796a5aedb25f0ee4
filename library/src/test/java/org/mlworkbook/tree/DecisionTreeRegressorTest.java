package org.mlworkbook.tree;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mlworkbook.data.Dataset;
import org.mlworkbook.data.Datasets;
import org.mlworkbook.tensor.Tensor;

class DecisionTreeRegressorTest {

    private static final Tensor X = Tensor.of(new double[][] {{1}, {2}, {3}, {4}});
    private static final double[] Y = {1, 1, 3, 5};

    @Test
    void aStumpTakesTheSplitWithTheLeastSquaredError() {
        // after 1: 0 + 8;  after 2: 0 + 2;  after 3: 24/9 + 0  →  x ≤ 2.5, leaves 1 and 4
        DecisionTreeRegressor stump = new DecisionTreeRegressor().maxDepth(1).fit(X, Y);
        assertEquals(2.5, stump.tree().threshold(0), 1e-15);
        assertArrayEquals(new double[] {1, 1, 4, 4}, stump.predict(X), 1e-15);
        assertEquals(2.75, stump.tree().impurity(0), 1e-15);  // mean 2.5: (2.25+2.25+0.25+6.25)/4
        assertEquals(1.0, stump.tree().impurity(stump.tree().right(0)), 1e-15);
    }

    @Test
    void anUnlimitedTreeReproducesTheTrainingTargets() {
        Dataset diabetes = Datasets.diabetes();
        DecisionTreeRegressor tree = new DecisionTreeRegressor().fit(diabetes.features(), diabetes.targets());
        assertArrayEquals(diabetes.targets(), tree.predict(diabetes.features()), 1e-9);
    }

    @Test
    void leavesHoldTheWeightedMean() {
        DecisionTreeRegressor tree = new DecisionTreeRegressor().maxDepth(1)
                .fit(X, new double[] {1, 3, 10, 10}, new double[] {3, 1, 1, 1});
        assertEquals(2.5, tree.tree().threshold(0), 1e-15);
        assertEquals(1.5, tree.predict(Tensor.of(new double[][] {{0}}))[0], 1e-15);  // (3·1 + 1·3)/4
    }

    @Test
    void aConstantTargetGivesASingleLeaf() {
        DecisionTreeRegressor tree = new DecisionTreeRegressor().fit(X, new double[] {2, 2, 2, 2});
        assertEquals(1, tree.numLeaves());
        assertEquals(0, tree.depth());
        assertArrayEquals(new double[] {0}, tree.featureImportances());
    }

    @Test
    void importancesFavourTheFeatureTheTargetDependsOn() {
        double[][] rows = new double[40][2];
        double[] y = new double[40];
        for (int i = 0; i < 40; i++) {
            rows[i][0] = i % 7;
            rows[i][1] = i;
            y[i] = i < 20 ? 0 : 1;
        }
        double[] importances = new DecisionTreeRegressor().fit(Tensor.of(rows), y).featureImportances();
        assertArrayEquals(new double[] {0, 1}, importances, 1e-15);
    }

    @Test
    void applyNamesTheLeafWhoseValueIsPredicted() {
        Dataset diabetes = Datasets.diabetes();
        DecisionTreeRegressor tree = new DecisionTreeRegressor().maxDepth(4).fit(diabetes.features(), diabetes.targets());
        int[] leaves = tree.tree().apply(diabetes.features());
        double[] predicted = tree.predict(diabetes.features());
        for (int i = 0; i < leaves.length; i++) {
            assertTrue(tree.tree().isLeaf(leaves[i]));
            assertEquals(tree.tree().value(leaves[i])[0], predicted[i]);
        }
        assertEquals(16, tree.numLeaves());
    }

    @Test
    void toTextGivesTheLeafValues() {
        DecisionTreeRegressor stump = new DecisionTreeRegressor().maxDepth(1).fit(X, Y);
        assertEquals("|--- x[0] <= 2.5\n|   |--- value: 1\n|--- x[0] >  2.5\n|   |--- value: 4\n", stump.toText(null));
    }

    @Test
    void badInputFailsWithClearMessages() {
        assertThrows(IllegalArgumentException.class, () -> new DecisionTreeRegressor().maxDepth(0));
        DecisionTreeRegressor tree = new DecisionTreeRegressor();
        assertThrows(IllegalArgumentException.class, () -> tree.fit(X, Y, new double[] {1, 1}));
        assertThrows(IllegalArgumentException.class, () -> tree.fit(X, Y, new double[] {1, 1, -0.5, 1}));
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> tree.fit(X, new double[] {1, Double.NaN, 1, 1}));
        assertEquals("fit: y expected finite targets, got NaN at index 1", nan.getMessage());
        IllegalStateException early = assertThrows(IllegalStateException.class, () -> tree.predict(X));
        assertEquals("predict: called before fit(x, y)", early.getMessage());
        assertTrue(tree.toString().startsWith("DecisionTreeRegressor(maxDepth=none"));
    }
}

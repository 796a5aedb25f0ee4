package org.mlworkbook.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.mlworkbook.data.Dataset;
import org.mlworkbook.data.Datasets;
import org.mlworkbook.tree.DecisionTreeClassifier;
import org.mlworkbook.tree.DecisionTreeRegressor;
import org.mlworkbook.tensor.Tensor;

class TreeDiagramsTest {

    private static final Dataset IRIS = Datasets.iris();

    private static long count(XYChart chart, String prefix) {
        return chart.getSeriesMap().keySet().stream().filter(name -> name.startsWith(prefix)).count();
    }

    @Test
    void aDepthTwoIrisTreeHasFiveBoxesAndFourEdges() {
        DecisionTreeClassifier tree = new DecisionTreeClassifier().maxDepth(2).fit(IRIS.features(), IRIS.labels());
        XYChart chart = TreeDiagrams.tree(tree, IRIS.featureNames(), IRIS.classNames());
        assertEquals(5, count(chart, "node "));
        assertEquals(4, count(chart, "edge "));
        assertTrue(chart.getSeriesMap().containsKey("edge 0-1"), "the root's left child is node 1");
    }

    @Test
    void onlyTheRequestedLevelsAreDrawn() {
        DecisionTreeClassifier full = new DecisionTreeClassifier().fit(IRIS.features(), IRIS.labels());
        assertTrue(full.depth() > 3);
        XYChart one = TreeDiagrams.tree(full, null, null, 1);
        assertEquals(3, count(one, "node "));
        XYChart three = TreeDiagrams.tree(full, IRIS.featureNames(), IRIS.classNames());
        assertTrue(count(three, "node ") <= 15);
        assertTrue(three.getWidth() >= Plots.WIDTH);
    }

    @Test
    void pureBoxesAreFilledWithTheirClassColourAndTheSameTreeDrawsTheSamePicture() {
        DecisionTreeClassifier tree = new DecisionTreeClassifier().maxDepth(1).fit(IRIS.features(), IRIS.labels());
        XYChart chart = TreeDiagrams.tree(tree, IRIS.featureNames(), IRIS.classNames());
        java.awt.Color setosa = chart.getSeriesMap().get("node 1").getFillColor();
        java.awt.Color root = chart.getSeriesMap().get("node 0").getFillColor();
        assertTrue(setosa.getBlue() > setosa.getRed(), "setosa is class 0, blue: " + setosa);
        assertEquals(java.awt.Color.WHITE, root, "a 50/50/50 node has no majority to show");
        assertArrayEquals(Plots.png(chart), Plots.png(TreeDiagrams.tree(tree, IRIS.featureNames(), IRIS.classNames())));
    }

    @Test
    void regressionTreesAreDrawnToo() {
        Tensor x = Tensor.of(new double[][] {{1}, {2}, {3}, {4}});
        DecisionTreeRegressor tree = new DecisionTreeRegressor().fit(x, new double[] {1, 1, 3, 5});
        XYChart chart = TreeDiagrams.tree(tree, List.of("size"));
        assertEquals(tree.tree().nodeCount(), count(chart, "node "));
    }

    @Test
    void badArgumentsAreRejected() {
        DecisionTreeClassifier tree = new DecisionTreeClassifier().maxDepth(2).fit(IRIS.features(), IRIS.labels());
        assertThrows(IllegalStateException.class, () -> TreeDiagrams.tree(new DecisionTreeClassifier(), null, null));
        IllegalArgumentException depth = assertThrows(IllegalArgumentException.class,
                () -> TreeDiagrams.tree(tree, null, null, 0));
        assertEquals("tree: maxDepth expected 1 … 5, got 0", depth.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TreeDiagrams.tree(tree, List.of("a"), null));
        assertThrows(IllegalArgumentException.class, () -> TreeDiagrams.tree(tree, null, List.of("a", "b")));
        assertThrows(IllegalArgumentException.class, () -> TreeDiagrams.tree((DecisionTreeClassifier) null, null, null));
    }
}

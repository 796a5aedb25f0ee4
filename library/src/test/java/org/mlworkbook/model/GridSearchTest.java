package org.mlworkbook.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mlworkbook.data.Dataset;
import org.mlworkbook.data.Datasets;
import org.mlworkbook.data.Split;
import org.mlworkbook.data.Splits;
import org.mlworkbook.metrics.Classification;
import org.mlworkbook.metrics.Regression;
import org.mlworkbook.neighbors.KNeighborsClassifier;
import org.mlworkbook.neighbors.KNeighborsRegressor;
import org.mlworkbook.tensor.Tensor;
import tech.tablesaw.api.Table;

class GridSearchTest {

    /** 6 rows of class 0 and 4 of class 1: on 2 stratified folds "always 0" scores 0.6, "always 1" 0.4. */
    private static final Dataset SIX_FOUR = new Dataset(Tensor.zeros(10, 1), new int[] {0, 0, 0, 0, 0, 0, 1, 1, 1, 1},
            null, List.of("x"), List.of("a", "b"));

    @Test
    void theCombinationWithTheLargestMeanValidationScoreWins() {
        GridSearchResult result = GridSearch.classifier(p -> new FakeModels.Constant((int) p.get("label")))
                .param("label", 1, 0)
                .fit(SIX_FOUR, 2, Classification::accuracy);
        assertArrayEquals(new double[] {0.4, 0.6}, result.validationMeans(), 1e-15);
        assertEquals(1, result.bestIndex());
        assertEquals(Map.of("label", 0), result.bestParams());
        assertEquals(0.6, result.bestScore(), 1e-15);
        Table table = result.table();
        assertEquals(List.of("label", "validation mean", "validation std", "train mean", "train std", "rank"),
                table.columnNames());
        assertEquals(List.of(1, 0), table.intColumn("label").asList());
        assertEquals(List.of(2, 1), table.intColumn("rank").asList());
    }

    @Test
    void combinationsRunInGridOrderWithTheLastParameterFastest() {
        List<String> made = new ArrayList<>();
        GridSearchResult result = GridSearch.classifier(p -> {
            made.add(p.get("a") + "/" + p.get("b"));
            return new FakeModels.Constant(0);
        }).param("a", "x", "y").param("b", 1, 2, 3).fit(SIX_FOUR, 2, Classification::accuracy);
        assertEquals(List.of("x/1", "x/1", "x/2", "x/2", "x/3", "x/3", "y/1", "y/1", "y/2", "y/2", "y/3", "y/3"), made);
        assertEquals(6, result.table().rowCount());
        assertEquals(List.of("x", "x", "x", "y", "y", "y"), result.table().stringColumn("a").asList());
        // all tie at 0.6: the first in grid order is best, ranks follow the grid order
        assertEquals(Map.of("a", "x", "b", 1), result.bestParams());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), result.table().intColumn("rank").asList());
    }

    @Test
    void oneNeighbourIsPerfectOnItsTrainingRowsAndTheSearchUsesCrossValidationsFolds() {
        Split split = Splits.trainTest(Datasets.iris(), 0.25, 0, true);
        GridSearchResult result = GridSearch.classifier(p -> new KNeighborsClassifier((int) p.get("k")))
                .param("k", 1, 5, 15)
                .fit(split.train(), 5, Classification::accuracy);
        assertEquals(1.0, result.trainMeans()[0], 0);  // each training row is its own nearest neighbour
        assertEquals(result.scores().get(0), CrossValidation.scoreClassifier(() -> new KNeighborsClassifier(1),
                split.train(), 5, Classification::accuracy));  // the same folds as CrossValidation's
    }

    @Test
    void regressorSearchesScoreRegressors() {
        Dataset diabetes = Datasets.diabetes();
        GridSearchResult result = GridSearch.regressor(p -> new KNeighborsRegressor((int) p.get("k")))
                .param("k", 1, 20)
                .fit(diabetes, 3, Regression::r2);
        assertEquals(1.0, result.trainMeans()[0], 1e-12);
        assertEquals(Map.of("k", 20), result.bestParams());  // one neighbour is the noisiest estimate
    }

    @Test
    void fitRejectsAnEmptyGridAndParamRejectsRepeatsAndNulls() {
        var empty = assertThrows(IllegalArgumentException.class, () ->
                GridSearch.classifier(p -> new FakeModels.Constant(0)).fit(SIX_FOUR, 2, Classification::accuracy));
        assertEquals("fit: grid expected at least one parameter (call param first), got none", empty.getMessage());
        var twice = assertThrows(IllegalArgumentException.class, () ->
                GridSearch.classifier(p -> new FakeModels.Constant(0)).param("k", 1).param("k", 2));
        assertEquals("param: name expected a new, non-blank name, got \"k\" (already in the grid)", twice.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GridSearch.classifier(p -> new FakeModels.Constant(0)).param("k"));
        assertThrows(IllegalArgumentException.class, () -> GridSearch.classifier(p -> new FakeModels.Constant(0)).param("k", 1, null));
    }

    @Test
    void toStringListsTheGrid() {
        assertEquals("GridSearch(classifier, k=[1, 3], w=[u])",
                GridSearch.classifier(p -> new FakeModels.Constant(0)).param("k", 1, 3).param("w", "u").toString());
    }
}

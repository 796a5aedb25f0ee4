package org.mlworkbook.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlworkbook.data.Dataset;
import org.mlworkbook.data.Datasets;
import org.mlworkbook.data.Fold;
import org.mlworkbook.data.KFold;
import org.mlworkbook.metrics.Classification;
import org.mlworkbook.metrics.Regression;
import org.mlworkbook.tensor.Tensor;

class CrossValidationTest {

    /** Row i has the single feature i, so a model's training rows can be told apart. */
    private static Dataset classification(int... labels) {
        double[][] x = new double[labels.length][];
        for (int i = 0; i < labels.length; i++) {
            x[i] = new double[] {i};
        }
        return new Dataset(Tensor.of(x), labels, null, List.of("i"), List.of("a", "b"));
    }

    @Test
    void majorityClassifierScoresAreHandComputedOnThreeConsecutiveFolds() {
        // folds test {0,1}, {2,3}, {4,5}; the majority of the other rows is 0, 0 (tie 2:2), 0 (4:0)
        Dataset data = classification(0, 0, 0, 0, 1, 1);
        List<Fold> folds = new KFold(3, false, 0).split(6);
        FoldScores s = CrossValidation.scoreClassifier(FakeModels.Majority::new, data, folds, Classification::accuracy);
        assertArrayEquals(new double[] {1, 1, 0}, s.validation(), 0);
        assertArrayEquals(new double[] {0.5, 0.5, 1}, s.train(), 0);
        assertEquals(2.0 / 3, s.mean(), 1e-15);
        assertEquals(Math.sqrt(2.0 / 9), s.std(), 1e-15);
        assertEquals(2.0 / 3, s.trainMean(), 1e-15);
        assertEquals(Math.sqrt(1.0 / 18), s.trainStd(), 1e-15);
    }

    @Test
    void eachFoldsModelIsFittedOnItsTrainingRowsOnly() {
        Dataset data = classification(0, 1, 0, 1, 0, 1, 0, 1, 0, 1);
        List<Fold> folds = new KFold(5, true, 3).split(10);
        List<FakeModels.Majority> made = new ArrayList<>();
        CrossValidation.scoreClassifier(() -> {
            FakeModels.Majority m = new FakeModels.Majority();
            made.add(m);
            return m;
        }, data, folds, Classification::accuracy);
        assertEquals(5, made.size());
        for (int f = 0; f < 5; f++) {
            List<Double> expected = new ArrayList<>();
            for (int i : folds.get(f).trainIndices()) {
                expected.add((double) i);
            }
            assertEquals(expected, made.get(f).seen, "fold " + f);
        }
    }

    @Test
    void meanRegressorScoresAreHandComputed() {
        Dataset data = new Dataset(Tensor.of(new double[][] {{0}, {1}, {2}, {3}}), null, new double[] {1, 2, 3, 4},
                List.of("x"), List.of());
        // fold 0 trains on targets 3, 4 (mean 3.5) and validates on 1, 2: MAE 2; fold 1 mirrors it
        FoldScores s = CrossValidation.scoreRegressor(FakeModels.Mean::new, data, new KFold(2, false, 0).split(4),
                (y, p) -> -Regression.mae(y, p));
        assertArrayEquals(new double[] {-2, -2}, s.validation(), 1e-15);
        assertArrayEquals(new double[] {-0.5, -0.5}, s.train(), 1e-15);
        assertEquals(0, s.std(), 0);
    }

    @Test
    void foldCountVersionUsesStratifiedFoldsForClassifiers() {
        // 6 of class 0 and 4 of class 1, 2 stratified folds: each gets 3 and 2, so "always 0" scores 0.6 twice
        Dataset data = classification(0, 0, 0, 0, 0, 0, 1, 1, 1, 1);
        FoldScores s = CrossValidation.scoreClassifier(FakeModels.Majority::new, data, 2, Classification::accuracy);
        assertArrayEquals(new double[] {0.6, 0.6}, s.validation(), 1e-15);
    }

    @Test
    void scoreRejectsADataSetOfTheOtherKind() {
        var e = assertThrows(IllegalArgumentException.class, () ->
                CrossValidation.scoreRegressor(FakeModels.Mean::new, classification(0, 1, 0, 1), 2, Regression::r2));
        assertEquals("scoreRegressor: data expected a regression data set (targets), got one with labels", e.getMessage());
    }

    @Test
    void scoreRejectsMoreFoldsThanRows() {
        assertThrows(IllegalArgumentException.class, () ->
                CrossValidation.scoreClassifier(FakeModels.Majority::new, classification(0, 1, 0), 5, Classification::accuracy));
    }

    @Test
    void foldScoresRejectDifferentLengths() {
        var e = assertThrows(IllegalArgumentException.class, () -> new FoldScores(new double[2], new double[3]));
        assertEquals("FoldScores: train and validation expected the same number (>= 1) of scores, got [2] and [3]",
                e.getMessage());
    }

    @Test
    void alwaysTheMajorityClassScoresAThirdOnIris() {
        // iris has three classes of 50 rows, so on stratified folds the majority class is a third of each fold
        FoldScores s = CrossValidation.scoreClassifier(FakeModels.Majority::new, Datasets.iris(), 5, Classification::accuracy);
        assertEquals(1.0 / 3, s.mean(), 0.01);
        assertTrue(s.toString().startsWith("FoldScores(5 folds, validation 0.33"), s.toString());
    }
}

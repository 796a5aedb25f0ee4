package org.mlworkbook.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.mlworkbook.data.Datasets;
import org.mlworkbook.data.Fold;
import org.mlworkbook.data.Split;
import org.mlworkbook.data.Splits;
import org.mlworkbook.data.StandardScaler;
import org.mlworkbook.data.StratifiedKFold;
import org.mlworkbook.linear.LogisticRegression;
import org.mlworkbook.model.Classifier;
import org.mlworkbook.neighbors.KNeighborsClassifier;
import org.mlworkbook.tensor.Tensor;

class StackingAndBlendingTest {

    // column 0 is the row number: a TrainingMean member answers the mean row number of what it was trained on
    private static final Tensor X = Tensor.of(new double[][] {{0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}});
    private static final int[] Y = {0, 0, 0, 0, 1, 1, 1, 1};

    @Test
    void stackingGivesEveryRowThePredictionOfAMemberThatDidNotSeeIt() {
        StackingClassifier stack = new StackingClassifier(List.of(Fakes.TrainingMean::new), Fakes.TrainingMean::new)
                .folds(2).seed(3).fit(X, Y);
        Tensor z = stack.outOfFoldFeatures();
        assertArrayEquals(new int[] {8, 2}, z.shape());
        for (Fold fold : new StratifiedKFold(2, 3).split(Y)) {
            double mean = X.rows(fold.trainIndices()).mean();
            for (int i : fold.testIndices()) {
                assertArrayEquals(new double[] {1 - mean, mean}, z.row(i).data(), 1e-12, "row " + i);
            }
        }
        // the members used at predict time saw every row: mean row number 3.5
        assertEquals(3.5, ((Fakes.TrainingMean) stack.members().get(0)).mean, 1e-12);
        assertEquals(z, ((Fakes.TrainingMean) stack.meta()).fittedOn);
    }

    @Test
    void blendingTrainsTheMetaModelOnTheHeldOutRowsOnly() {
        BlendingClassifier blend = new BlendingClassifier(List.of(Fakes.TrainingMean::new), Fakes.TrainingMean::new)
                .holdout(0.25).seed(1).fit(X, Y);
        Fakes.TrainingMean member = (Fakes.TrainingMean) blend.members().get(0);
        Fakes.TrainingMean meta = (Fakes.TrainingMean) blend.meta();
        // round(0.25 · 4) = 1 row of each class held out, 6 rows left for the member
        assertEquals(6, member.fittedOn.rows());
        assertEquals(2, meta.fittedOn.rows());
        double heldOutSum = 28 - member.fittedOn.sum();
        assertTrue(heldOutSum >= 0 + 4 && heldOutSum <= 3 + 7, "one row of each class held out");
        assertArrayEquals(new double[] {1 - member.mean, member.mean}, blend.metaFeatures(X).row(5).data(), 1e-12);
    }

    @Test
    void stackingAndBlendingLogisticAndNeighboursReachNinetyFivePercentOnBreastCancer() {
        Split split = Splits.trainTest(Datasets.breastCancer(), 0.25, 0, true);
        StandardScaler scaler = new StandardScaler();
        Tensor train = scaler.fitTransform(split.train().features());
        Tensor test = scaler.transform(split.test().features());
        int[] y = split.train().labels();
        List<Supplier<? extends Classifier>> members = List.of(LogisticRegression::new,
                () -> new KNeighborsClassifier(7));
        StackingClassifier one = new StackingClassifier(members, LogisticRegression::new).threads(1).fit(train, y);
        StackingClassifier two = new StackingClassifier(members, LogisticRegression::new).threads(2).fit(train, y);
        assertEquals(one.outOfFoldFeatures(), two.outOfFoldFeatures());
        assertEquals(one.predictProba(test), two.predictProba(test));
        double stacking = one.score(test, split.test().labels());
        double blending = new BlendingClassifier(members, LogisticRegression::new).fit(train, y)
                .score(test, split.test().labels());
        assertTrue(stacking >= 0.95, "stacking " + stacking);
        assertTrue(blending >= 0.95, "blending " + blending);
    }

    @Test
    void badInputFailsWithAClearMessage() {
        List<Supplier<? extends Classifier>> members = List.of(Fakes.TrainingMean::new);
        assertThrows(IllegalArgumentException.class, () -> new StackingClassifier(members, null));
        assertThrows(IllegalArgumentException.class, () -> new StackingClassifier(members, Fakes.TrainingMean::new)
                .folds(1));
        assertThrows(IllegalArgumentException.class, () -> new BlendingClassifier(members, Fakes.TrainingMean::new)
                .holdout(1));
        assertEquals("predict: called before fit(x, y)", assertThrows(IllegalStateException.class,
                () -> new StackingClassifier(members, Fakes.TrainingMean::new).predict(X)).getMessage());
        assertThrows(IllegalStateException.class,
                () -> new BlendingClassifier(members, Fakes.TrainingMean::new).predictProba(X));
        // 8 rows cannot make 10 folds
        assertThrows(IllegalArgumentException.class,
                () -> new StackingClassifier(members, Fakes.TrainingMean::new).folds(10).fit(X, Y));
    }
}

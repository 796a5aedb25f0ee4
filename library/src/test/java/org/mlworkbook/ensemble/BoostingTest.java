package org.mlworkbook.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mlworkbook.data.Datasets;
import org.mlworkbook.data.Split;
import org.mlworkbook.data.Splits;
import org.mlworkbook.tensor.Tensor;

class BoostingTest {

    private static final Tensor SIX = Tensor.of(new double[][] {{0}, {1}, {2}, {3}, {4}, {5}});
    private static final int[] SIX_LABELS = {0, 0, 0, 1, 1, 0};

    @Test
    void adaBoostRaisesTheWeightOfTheOneMistakeByEToTheAlpha() {
        // first stump: x ≤ 2.5 → 0, else 1 (weighted Gini 2/9), wrong only on row 5: err = 1/6, α = ln 5
        AdaBoostClassifier boost = new AdaBoostClassifier(2).fit(SIX, SIX_LABELS);
        double[][] history = boost.sampleWeightHistory();
        assertArrayEquals(new double[] {1 / 6.0, 1 / 6.0, 1 / 6.0, 1 / 6.0, 1 / 6.0, 1 / 6.0}, history[0], 1e-12);
        assertEquals(1 / 6.0, boost.estimatorErrors()[0], 1e-12);
        assertEquals(Math.log(5), boost.estimatorWeights()[0], 1e-12);
        // (1/6)·5 for row 5, 1/6 for the others, divided by 10/6
        assertArrayEquals(new double[] {0.1, 0.1, 0.1, 0.1, 0.1, 0.5}, history[1], 1e-12);
    }

    @Test
    void adaBoostWeightsFollowTheSammeUpdateEveryRoundOnDigits() {
        Split split = Splits.trainTest(Datasets.digits(), 0.25, 0, true);
        Tensor x = split.train().features();
        int[] y = split.train().labels();
        AdaBoostClassifier boost = new AdaBoostClassifier(8).learningRate(0.5).fit(x, y);
        double[][] w = boost.sampleWeightHistory();
        double[] alpha = boost.estimatorWeights();
        for (int t = 0; t + 1 < w.length; t++) {
            int[] predicted = boost.learners().get(t).predict(x);
            double err = 0;
            for (int i = 0; i < y.length; i++) {
                err += predicted[i] != y[i] ? w[t][i] : 0;
            }
            assertEquals(boost.estimatorErrors()[t], err, 1e-12);
            assertEquals(0.5 * (Math.log((1 - err) / err) + Math.log(9)), alpha[t], 1e-12, "α of round " + t);
            double z = 0;
            for (int i = 0; i < y.length; i++) {
                z += w[t][i] * (predicted[i] != y[i] ? Math.exp(alpha[t]) : 1);
            }
            for (int i = 0; i < y.length; i++) {
                double expected = w[t][i] * (predicted[i] != y[i] ? Math.exp(alpha[t]) : 1) / z;
                assertEquals(expected, w[t + 1][i], 1e-15, "round " + t + ", row " + i);
            }
        }
        double[] staged = boost.stagedScores(split.test().features(), split.test().labels());
        assertEquals(boost.score(split.test().features(), split.test().labels()), staged[staged.length - 1], 1e-12);
        assertTrue(staged[staged.length - 1] > staged[0], "boosting improves on one stump");
    }

    @Test
    void adaBoostPredictsTheAlphaWeightedVote() {
        AdaBoostClassifier boost = new AdaBoostClassifier(3).fit(SIX, SIX_LABELS);
        double[] alpha = boost.estimatorWeights();
        double[] share = boost.predictProba(SIX).row(5).data();
        double one = 0;
        for (int t = 0; t < alpha.length; t++) {
            one += boost.learners().get(t).predict(SIX.rows(new int[] {5}))[0] == 1 ? alpha[t] : 0;
        }
        double total = alpha[0] + alpha[1] + alpha[2];
        assertArrayEquals(new double[] {1 - one / total, one / total}, share, 1e-12);
    }

    @Test
    void gradientBoostingRegressionLossFallsEveryStage() {
        Split split = Splits.trainTest(Datasets.diabetes(), 0.25, 0, false);
        GradientBoostingRegressor boost = new GradientBoostingRegressor(60, 0.1, 3)
                .fit(split.train().features(), split.train().targets());
        double[] loss = boost.trainLoss();
        assertEquals(61, loss.length);
        for (int t = 1; t < loss.length; t++) {
            assertTrue(loss[t] < loss[t - 1], "stage " + t + ": " + loss[t] + " after " + loss[t - 1]);
        }
        double r2 = boost.score(split.test().features(), split.test().targets());
        assertTrue(r2 > 0.3, "R² " + r2);
        double[][] staged = boost.stagedPredict(split.test().features());
        assertArrayEquals(boost.predict(split.test().features()), staged[59], 0);
    }

    @Test
    void oneFullDepthStageWithRateOneFitsTheTargetsExactly() {
        Tensor x = Tensor.of(new double[][] {{0}, {1}, {2}});
        double[] y = {1, 4, 10};
        GradientBoostingRegressor boost = new GradientBoostingRegressor(1, 1, 5).fit(x, y);
        assertEquals(5, boost.initialPrediction(), 1e-12);
        assertArrayEquals(y, boost.predict(x), 1e-12);
        assertEquals((16 + 1 + 25) / 3.0, boost.trainLoss()[0], 1e-12);
    }

    @Test
    void gradientBoostingClassifierStartsAtTheLogOddsAndTakesNewtonSteps() {
        Tensor x = Tensor.of(new double[][] {{0}, {1}, {2}, {3}});
        int[] y = {0, 1, 1, 1};
        GradientBoostingClassifier boost = new GradientBoostingClassifier(1, 1, 1).fit(x, y);
        assertEquals(Math.log(3), boost.initialLogOdds(), 1e-12);
        // p = 3/4, r = y − 3/4, p(1 − p) = 3/16; stump x ≤ 0.5: γ = −0.75 / 0.1875 = −4, γ = 0.75 / 0.5625 = 4/3
        double[] f = boost.decisionFunction(x);
        assertArrayEquals(new double[] {Math.log(3) - 4, Math.log(3) + 4 / 3.0, Math.log(3) + 4 / 3.0,
                Math.log(3) + 4 / 3.0}, f, 1e-12);
        assertArrayEquals(y, boost.predict(x));
    }

    @Test
    void gradientBoostingReachesNinetyFourPercentOnBreastCancerWithFallingLoss() {
        Split split = Splits.trainTest(Datasets.breastCancer(), 0.25, 0, true);
        GradientBoostingClassifier boost = new GradientBoostingClassifier()
                .fit(split.train().features(), split.train().labels());
        double accuracy = boost.score(split.test().features(), split.test().labels());
        assertTrue(accuracy >= 0.94, "accuracy " + accuracy);
        double[] loss = boost.trainLoss();
        for (int t = 1; t < loss.length; t++) {
            assertTrue(loss[t] < loss[t - 1], "stage " + t + ": " + loss[t] + " after " + loss[t - 1]);
        }
        double[] staged = boost.stagedScores(split.test().features(), split.test().labels());
        assertEquals(accuracy, staged[99], 1e-12);
        double[] p = boost.predictProba(split.test().features()).column(1).data();
        double[] f = boost.decisionFunction(split.test().features());
        assertEquals(1 / (1 + Math.exp(-f[0])), p[0], 1e-12);
    }

    @Test
    void badInputFailsWithAClearMessage() {
        assertEquals("AdaBoostClassifier: numEstimators expected >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> new AdaBoostClassifier(0)).getMessage());
        assertEquals("learningRate: learningRate expected finite > 0, got 0.0",
                assertThrows(IllegalArgumentException.class, () -> new AdaBoostClassifier().learningRate(0)).getMessage());
        assertEquals("GradientBoostingRegressor: learningRate expected finite > 0, got -0.1", assertThrows(
                IllegalArgumentException.class, () -> new GradientBoostingRegressor(10, -0.1, 3)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new GradientBoostingClassifier(0, 0.1, 3));
        assertThrows(IllegalArgumentException.class, () -> new GradientBoostingClassifier(10, Double.NaN, 3));
        assertThrows(IllegalArgumentException.class, () -> new GradientBoostingRegressor(10, 0.1, 0));
        assertEquals("predict: called before fit(x, y)", assertThrows(IllegalStateException.class,
                () -> new GradientBoostingClassifier().predict(SIX)).getMessage());
        assertThrows(IllegalStateException.class, () -> new GradientBoostingRegressor().predict(SIX));
        assertThrows(IllegalStateException.class, () -> new AdaBoostClassifier().predict(SIX));
        assertThrows(IllegalStateException.class, () -> new AdaBoostClassifier().sampleWeightHistory());
        assertThrows(IllegalArgumentException.class,
                () -> new GradientBoostingClassifier().fit(SIX, new int[] {0, 1, 2, 0, 1, 2}));
        assertThrows(IllegalArgumentException.class,
                () -> new GradientBoostingClassifier().fit(SIX, new int[] {1, 1, 1, 1, 1, 1}));
        assertThrows(IllegalArgumentException.class, () -> new AdaBoostClassifier().fit(SIX, new int[6]));
    }
}

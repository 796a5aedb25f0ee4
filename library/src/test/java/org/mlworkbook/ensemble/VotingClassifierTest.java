package org.mlworkbook.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.mlworkbook.data.Dataset;
import org.mlworkbook.data.Datasets;
import org.mlworkbook.data.Split;
import org.mlworkbook.data.Splits;
import org.mlworkbook.data.StandardScaler;
import org.mlworkbook.linear.LogisticRegression;
import org.mlworkbook.model.Classifier;
import org.mlworkbook.neighbors.KNeighborsClassifier;
import org.mlworkbook.tensor.Tensor;

class VotingClassifierTest {

    private static final Tensor ONE_ROW = Tensor.of(new double[][] {{0}});
    private static final int[] LABELS = {0};

    /** The classic disagreement: A is sure of class 0, B and C lean to class 1. */
    private static List<Supplier<? extends Classifier>> threeMembers() {
        return List.of(() -> new Fakes.Fixed(0.9, 0.1), () -> new Fakes.Fixed(0.4, 0.6),
                () -> new Fakes.Fixed(0.45, 0.55));
    }

    @Test
    void hardVotingFollowsTheMajorityOfLabels() {
        VotingClassifier vote = new VotingClassifier(threeMembers(), Voting.HARD).fit(ONE_ROW, new int[] {1});
        assertArrayEquals(new int[] {1}, vote.predict(ONE_ROW));
        assertArrayEquals(new double[] {1 / 3.0, 2 / 3.0}, vote.predictProba(ONE_ROW).data(), 1e-12);
    }

    @Test
    void softVotingFollowsTheMeanProbabilityAndCanOverruleTheMajority() {
        VotingClassifier vote = new VotingClassifier(threeMembers(), Voting.SOFT).fit(ONE_ROW, new int[] {1});
        // (0.9 + 0.4 + 0.45) / 3 = 0.58333 for class 0
        assertArrayEquals(new double[] {1.75 / 3, 1.25 / 3}, vote.predictProba(ONE_ROW).data(), 1e-12);
        assertArrayEquals(new int[] {0}, vote.predict(ONE_ROW));
    }

    @Test
    void weightsCountAMemberSeveralTimes() {
        VotingClassifier vote = new VotingClassifier(threeMembers(), Voting.HARD).weights(3, 1, 1)
                .fit(ONE_ROW, new int[] {1});
        assertArrayEquals(new double[] {0.6, 0.4}, vote.predictProba(ONE_ROW).data(), 1e-12);
        assertArrayEquals(new int[] {0}, vote.predict(ONE_ROW));
    }

    @Test
    void aTieGoesToTheLowestClass() {
        VotingClassifier vote = new VotingClassifier(List.of(() -> new Fakes.Fixed(0.9, 0.1),
                () -> new Fakes.Fixed(0.2, 0.8)), Voting.HARD).fit(ONE_ROW, new int[] {1});
        assertArrayEquals(new int[] {0}, vote.predict(ONE_ROW));
    }

    @Test
    void realMembersBeatTheWorstOfThemOnBreastCancerAndThreadsDoNotChangeTheAnswer() {
        Split split = Splits.trainTest(Datasets.breastCancer(), 0.25, 0, true);
        StandardScaler scaler = new StandardScaler();
        Tensor train = scaler.fitTransform(split.train().features());
        Tensor test = scaler.transform(split.test().features());
        int[] y = split.train().labels();
        List<Supplier<? extends Classifier>> members = List.of(LogisticRegression::new,
                () -> new KNeighborsClassifier(5), () -> new KNeighborsClassifier(15));
        VotingClassifier one = new VotingClassifier(members, Voting.SOFT).threads(1).fit(train, y);
        VotingClassifier two = new VotingClassifier(members, Voting.SOFT).threads(2).fit(train, y);
        assertEquals(one.predictProba(test), two.predictProba(test));
        double accuracy = one.score(test, split.test().labels());
        assertTrue(accuracy >= 0.95, "accuracy " + accuracy);
        assertEquals(3, one.members().size());
    }

    @Test
    void badInputFailsWithAClearMessage() {
        assertThrows(IllegalArgumentException.class, () -> new VotingClassifier(List.of(), Voting.HARD));
        assertThrows(IllegalArgumentException.class, () -> new VotingClassifier(threeMembers(), null));
        VotingClassifier vote = new VotingClassifier(threeMembers(), Voting.SOFT);
        assertEquals("weights: weights expected 3 values (one per member), got 2",
                assertThrows(IllegalArgumentException.class, () -> vote.weights(1, 2)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> vote.weights(1, -1, 1));
        assertThrows(IllegalArgumentException.class, () -> vote.threads(-1));
        assertEquals("predict: called before fit(x, y)",
                assertThrows(IllegalStateException.class, () -> vote.predict(ONE_ROW)).getMessage());
        vote.fit(ONE_ROW, LABELS);
        assertThrows(IllegalArgumentException.class, () -> vote.predict(Tensor.zeros(1, 2)));
    }

    @Test
    void aFactoryReturningNullIsReported() {
        Dataset iris = Datasets.iris();
        VotingClassifier vote = new VotingClassifier(List.of(() -> null), Voting.HARD);
        assertThrows(IllegalArgumentException.class, () -> vote.fit(iris.features(), iris.labels()));
    }
}

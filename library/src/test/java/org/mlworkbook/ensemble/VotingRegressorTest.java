package org.mlworkbook.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.mlworkbook.linear.LinearRegression;
import org.mlworkbook.model.Regressor;
import org.mlworkbook.neighbors.KNeighborsRegressor;
import org.mlworkbook.tensor.Tensor;

class VotingRegressorTest {

    // y = 2x: the line fits exactly, 1-NN answers the nearest training target
    private static final Tensor X = Tensor.of(new double[][] {{0}, {1}, {2}, {3}});
    private static final double[] Y = {0, 2, 4, 6};
    private static final Tensor QUERY = Tensor.of(new double[][] {{1.4}});

    private static List<Supplier<? extends Regressor>> lineAndNeighbour() {
        return List.of(LinearRegression::new, () -> new KNeighborsRegressor(1));
    }

    @Test
    void predictionIsTheMeanOfTheMembers() {
        // line: 2.8, 1-NN: 2 (x = 1) → (2.8 + 2) / 2
        double[] p = new VotingRegressor(lineAndNeighbour()).fit(X, Y).predict(QUERY);
        assertArrayEquals(new double[] {2.4}, p, 1e-9);
    }

    @Test
    void weightsGiveAWeightedMean() {
        double[] p = new VotingRegressor(lineAndNeighbour()).weights(3, 1).threads(1).fit(X, Y).predict(QUERY);
        assertArrayEquals(new double[] {(3 * 2.8 + 2) / 4}, p, 1e-9);
    }

    @Test
    void badInputFailsWithAClearMessage() {
        VotingRegressor vote = new VotingRegressor(lineAndNeighbour());
        assertThrows(IllegalStateException.class, () -> vote.predict(QUERY));
        assertThrows(IllegalArgumentException.class, () -> vote.fit(X, new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class, () -> vote.fit(X, new double[] {1, 2, Double.NaN, 4}));
        assertThrows(IllegalArgumentException.class, () -> vote.weights(0, 0));
    }
}

package org.mlworkbook.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ImpurityTest {

    @Test
    void giniOfAFiftyFiftyNodeIsOneHalfAndOfAPureNodeZero() {
        assertEquals(0.5, Impurity.gini(new double[] {5, 5}), 1e-15);
        assertEquals(0.0, Impurity.gini(new double[] {4, 0}), 1e-15);
        // 1 − (1/2² + 1/4² + 1/4²) = 1 − 0.375
        assertEquals(0.625, Impurity.gini(new double[] {2, 1, 1}), 1e-15);
    }

    @Test
    void entropyIsInBitsWithZeroLogZeroTakenAsZero() {
        assertEquals(1.0, Impurity.entropy(new double[] {5, 5}), 1e-15);
        assertEquals(0.0, Impurity.entropy(new double[] {0, 7}), 1e-15);
        // ½·1 + ¼·2 + ¼·2
        assertEquals(1.5, Impurity.entropy(new double[] {2, 1, 1}), 1e-15);
        // the play-tennis root: 9 yes, 5 no
        assertEquals(0.940285958670631, Impurity.entropy(new double[] {9, 5}), 1e-12);
    }

    @Test
    void informationGainWeighsEachChildByItsShareOfTheParent() {
        // play tennis, split on outlook: sunny 2/3, overcast 4/0, rain 3/2
        double gain = Impurity.informationGain(new double[] {9, 5},
                new double[] {2, 3}, new double[] {4, 0}, new double[] {3, 2});
        double expected = 0.940285958670631 - 5.0 / 14 * 0.970950594454669 - 5.0 / 14 * 0.970950594454669;
        assertEquals(expected, gain, 1e-12);
        assertEquals(0.246749819774439, gain, 1e-12);
    }

    @Test
    void giniDecreaseUsesTheSameChildWeights() {
        // children 4/1 and 1/4 have Gini 1 − 0.64 − 0.04 = 0.32 each; 0.5 − (½·0.32 + ½·0.32) = 0.18
        assertEquals(0.18, Impurity.informationGain(Criterion.GINI, new double[] {5, 5},
                new double[] {4, 1}, new double[] {1, 4}), 1e-15);
    }

    @Test
    void aSplitThatChangesNoProportionGainsNothing() {
        assertEquals(0.0, Impurity.informationGain(new double[] {4, 2}, new double[] {2, 1}, new double[] {2, 1}), 1e-15);
    }

    @Test
    void criterionDelegatesToTheMatchingImpurity() {
        double[] weights = {3, 1};
        assertEquals(Impurity.gini(weights), Criterion.GINI.impurity(weights));
        assertEquals(Impurity.entropy(weights), Criterion.ENTROPY.impurity(weights));
    }

    @Test
    void varianceIsThePopulationVariance() {
        assertEquals(16.0 / 6, Impurity.variance(new double[] {1, 3, 5, 3, 1, 5}), 1e-15);  // mean 3: (4+0+4+0+4+4)/6
        assertEquals(0.0, Impurity.variance(new double[] {4, 4}), 0.0);
    }

    @Test
    void badWeightsAreRejectedWithTheValueInTheMessage() {
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> Impurity.gini(new double[] {1, -2}));
        assertTrue(negative.getMessage().contains("-2.0 at index 1"), negative.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Impurity.entropy(new double[] {0, 0}));
        assertThrows(IllegalArgumentException.class, () -> Impurity.entropy(new double[] {}));
        IllegalArgumentException mismatch = assertThrows(IllegalArgumentException.class,
                () -> Impurity.informationGain(new double[] {3, 3}, new double[] {1, 1}, new double[] {1, 1}));
        assertTrue(mismatch.getMessage().contains("add up to the parent"), mismatch.getMessage());
    }
}

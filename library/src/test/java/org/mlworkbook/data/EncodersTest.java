package org.mlworkbook.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlworkbook.tensor.Tensor;

/** OneHotEncoder, PolynomialFeatures and Features.addBias against hand-written rows. */
class EncodersTest {

    @Test
    void oneHotPutsASingleOneInTheColumnOfTheSortedCategory() {
        OneHotEncoder encoder = new OneHotEncoder().fit(new int[] {7, 2, 5, 2});
        assertArrayEquals(new int[] {2, 5, 7}, encoder.categories());
        Tensor encoded = encoder.transform(new int[] {5, 7, 2});
        assertEquals(Tensor.of(new double[][] {{0, 1, 0}, {0, 0, 1}, {1, 0, 0}}), encoded);
        assertArrayEquals(new int[] {5, 7, 2}, encoder.inverseTransform(encoded));
    }

    @Test
    void oneHotInverseTakesTheLargestEntryOfEachRow() {
        OneHotEncoder encoder = new OneHotEncoder().fit(new int[] {0, 1, 2});
        Tensor probabilities = Tensor.of(new double[][] {{0.2, 0.5, 0.3}, {0.6, 0.1, 0.3}});
        assertArrayEquals(new int[] {1, 0}, encoder.inverseTransform(probabilities));
    }

    @Test
    void oneHotRejectsAnUnknownLabelNamingIt() {
        OneHotEncoder encoder = new OneHotEncoder().fit(new int[] {0, 1});
        var e = assertThrows(IllegalArgumentException.class, () -> encoder.transform(new int[] {1, 3}));
        assertTrue(e.getMessage().contains("unknown label 3 at index 1"), e.getMessage());
    }

    @Test
    void oneHotTransformBeforeFitIsAnOrderError() {
        assertThrows(IllegalStateException.class, () -> new OneHotEncoder().transform(new int[] {0}));
    }

    @Test
    void oneHotInverseRejectsAnotherColumnCount() {
        OneHotEncoder encoder = new OneHotEncoder().fit(new int[] {0, 1});
        var e = assertThrows(IllegalArgumentException.class, () -> encoder.inverseTransform(Tensor.zeros(2, 3)));
        assertTrue(e.getMessage().contains("expected 2 columns (one per category), got [2, 3]"), e.getMessage());
    }

    @Test
    void polynomialDegreeTwoOfTwoFeaturesIsOneABA2ABB2() {
        Tensor x = Tensor.of(new double[][] {{2, 3}, {-1, 4}});
        Tensor expected = Tensor.of(new double[][] {{1, 2, 3, 4, 6, 9}, {1, -1, 4, 1, -4, 16}});
        assertEquals(expected, new PolynomialFeatures(2, true).transform(x));
        assertEquals(List.of("1", "a", "b", "a^2", "a b", "b^2"),
                new PolynomialFeatures(2, true).featureNames(List.of("a", "b")));
    }

    @Test
    void polynomialDegreeThreeWithoutBiasFollowsScikitLearnOrder() {
        Tensor x = Tensor.of(new double[][] {{2, 3}});
        // a, b, a², ab, b², a³, a²b, ab², b³
        assertArrayEquals(new double[] {2, 3, 4, 6, 9, 8, 12, 18, 27},
                new PolynomialFeatures(3, false).transform(x).toArray());
        assertEquals(List.of("a", "b", "a^2", "a b", "b^2", "a^3", "a^2 b", "a b^2", "b^3"),
                new PolynomialFeatures(3, false).featureNames(List.of("a", "b")));
    }

    @Test
    void polynomialOfThreeFeaturesHasTenColumnsAtDegreeTwo() {
        Tensor x = Tensor.of(new double[][] {{1, 2, 3}});
        // C(3 + 2, 2) = 10: 1, a, b, c, a², ab, ac, b², bc, c²
        assertArrayEquals(new double[] {1, 1, 2, 3, 1, 2, 3, 4, 6, 9},
                new PolynomialFeatures(2, true).transform(x).toArray());
    }

    @Test
    void polynomialRejectsDegreeZero() {
        var e = assertThrows(IllegalArgumentException.class, () -> new PolynomialFeatures(0, true));
        assertTrue(e.getMessage().contains("degree expected >= 1, got 0"), e.getMessage());
    }

    @Test
    void addBiasPutsAColumnOfOnesFirst() {
        Tensor x = Tensor.of(new double[][] {{2, 3}, {4, 5}});
        assertEquals(Tensor.of(new double[][] {{1, 2, 3}, {1, 4, 5}}), Features.addBias(x));
    }

    @Test
    void addBiasRejectsAVector() {
        var e = assertThrows(IllegalArgumentException.class, () -> Features.addBias(Tensor.of(1, 2)));
        assertTrue(e.getMessage().contains("addBias: x expected a 2-D tensor"), e.getMessage());
    }
}

package org.mlworkbook.neighbors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlworkbook.math.Rng;
import org.mlworkbook.tensor.Tensor;

class DistanceTest {

    private static final double[] A = {1, 2, 3};
    private static final double[] B = {4, 6, 3};  // differences 3, 4, 0

    @Test
    void distancesOfA345TriangleAreHandComputed() {
        assertEquals(5, Distance.EUCLIDEAN.distance(A, B), 1e-15);
        assertEquals(7, Distance.MANHATTAN.distance(A, B), 1e-15);
        assertEquals(4, Distance.CHEBYSHEV.distance(A, B), 1e-15);
        assertEquals(Math.cbrt(27 + 64), Distance.minkowski(3).distance(A, B), 1e-12);
        assertEquals(5, Distance.EUCLIDEAN.distance(Tensor.of(A), Tensor.of(B)), 1e-15);
    }

    @Test
    void minkowskiApproachesChebyshevForLargeP() {
        assertEquals(4, Distance.minkowski(200).distance(A, B), 0.01);
    }

    @Test
    void minkowskiOfOneTwoAndInfinityAreTheNamedDistances() {
        assertSame(Distance.MANHATTAN, Distance.minkowski(1));
        assertSame(Distance.EUCLIDEAN, Distance.minkowski(2));
        assertSame(Distance.CHEBYSHEV, Distance.minkowski(Double.POSITIVE_INFINITY));
        assertEquals(Distance.minkowski(3), Distance.minkowski(3));
        assertNotEquals(Distance.minkowski(3), Distance.minkowski(4));
        assertEquals("minkowski(p=3)", Distance.minkowski(3).toString());
        assertEquals("minkowski(p=1.5)", Distance.minkowski(1.5).toString());
    }

    @Test
    void minkowskiRejectsPBelowOne() {
        var e = assertThrows(IllegalArgumentException.class, () -> Distance.minkowski(0.5));
        assertEquals("minkowski: p expected >= 1, got 0.5", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Distance.minkowski(Double.NaN));
    }

    @Test
    void distanceRejectsPointsOfDifferentLengths() {
        var e = assertThrows(IllegalArgumentException.class, () -> Distance.EUCLIDEAN.distance(A, new double[2]));
        assertEquals("distance: a and b expected the same length, got [3] and [2]", e.getMessage());
    }

    @Test
    void pairwiseEqualsThePlainFormulaOnRandomDataForEveryDistance() {
        Rng rng = new Rng(7);
        Tensor a = Tensor.randomNormal(rng, 0, 1, 37, 5);
        Tensor b = Tensor.randomNormal(rng, 0, 1, 3000, 5);  // more than one block of 2¹⁵ distances
        for (Distance distance : List.of(Distance.EUCLIDEAN, Distance.MANHATTAN, Distance.CHEBYSHEV, Distance.minkowski(3))) {
            Tensor d = distance.pairwise(a, b);
            assertEquals("[37, 3000]", d.shapeString());
            for (int i = 0; i < 37; i++) {
                for (int j = 0; j < 3000; j++) {
                    double expected = distance.distance(a.row(i).toArray(), b.row(j).toArray());
                    assertEquals(expected, d.get(i, j), 1e-9, distance + " at " + i + ", " + j);
                }
            }
        }
    }

    @Test
    void pairwiseRejectsDifferentColumnCountsNamingBoth() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Distance.EUCLIDEAN.pairwise(Tensor.zeros(2, 3), Tensor.zeros(4, 2)));
        assertEquals("pairwise: a expected 2 columns, as b, got [2, 3]", e.getMessage());
    }

    @Test
    void pairwiseRejectsNonFiniteValues() {
        Tensor b = Tensor.of(new double[][] {{0, 1}, {Double.NaN, 2}});
        var e = assertThrows(IllegalArgumentException.class, () -> Distance.MANHATTAN.pairwise(Tensor.zeros(1, 2), b));
        assertTrue(e.getMessage().contains("b expected finite values, got NaN at row 1, column 0"), e.getMessage());
    }
}

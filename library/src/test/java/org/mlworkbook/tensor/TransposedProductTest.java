package org.mlworkbook.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mlworkbook.math.Rng;

/** TensorOps.matmul with transposed operands read in place, on every kernel (wide, tall-narrow, small). */
class TransposedProductTest {

    private final Rng rng = new Rng(11);

    /** op(A)·op(B) against the product of explicit transposes, for all four flag combinations. */
    private void agrees(int m, int k, int n) {
        Tensor a = Tensor.randomNormal(rng, 0, 1, m, k);
        Tensor b = Tensor.randomNormal(rng, 0, 1, k, n);
        Tensor expected = a.matmul(b);
        assertTrue(expected.allClose(TensorOps.matmul(a, false, b, false), 1e-12));
        assertTrue(expected.allClose(TensorOps.matmul(a.transpose(), true, b, false), 1e-12));
        assertTrue(expected.allClose(TensorOps.matmul(a, false, b.transpose(), true), 1e-12));
        assertTrue(expected.allClose(TensorOps.matmul(a.transpose(), true, b.transpose(), true), 1e-12));
    }

    @Test
    void wideProductsAgreeWithExplicitTransposes() {
        agrees(32, 64, 128);
    }

    @Test
    void tallNarrowProductsAgreeWithExplicitTransposes() {
        agrees(128, 32, 10);
        agrees(40, 7, 4);
    }

    @Test
    void smallProductsAgreeWithExplicitTransposes() {
        agrees(3, 5, 2);
        agrees(1, 4, 1);
    }

    @Test
    void aHandComputedTransposedProduct() {
        Tensor a = Tensor.of(new double[][] {{1, 2}, {3, 4}});   // Aᵀ = [[1, 3], [2, 4]]
        Tensor b = Tensor.of(new double[][] {{5, 6}, {7, 8}});   // Bᵀ = [[5, 7], [6, 8]]
        assertArrayEquals(new double[] {26, 30, 38, 44}, TensorOps.matmul(a, true, b, false).data(), 1e-12);
        assertArrayEquals(new double[] {17, 23, 39, 53}, TensorOps.matmul(a, false, b, true).data(), 1e-12);
    }

    @Test
    void tallNarrowProductsAreTheSameNumbersWhateverTheKernel() {
        // the tall-narrow path sums cᵢⱼ over k in the same order as the row kernel: bit for bit the same
        Tensor a = Tensor.randomNormal(rng, 0, 1, 64, 50);
        Tensor b = Tensor.randomNormal(rng, 0, 1, 50, 6);
        Tensor c = a.matmul(b);
        double[] row = new double[6];
        for (int r = 0; r < 50; r++) {
            for (int j = 0; j < 6; j++) {
                row[j] += a.get(0, r) * b.get(r, j);
            }
        }
        assertArrayEquals(row, c.row(0).data(), 0.0);
    }

    @Test
    void mismatchedInnerDimensionsNameBothShapes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TensorOps.matmul(Tensor.zeros(3, 4), true, Tensor.zeros(3, 2), true));
        assertTrue(e.getMessage().contains("[3, 4]ᵀ") && e.getMessage().contains("[3, 2]ᵀ"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TensorOps.matmul(Tensor.zeros(3), false, Tensor.zeros(3, 2), false));
        assertEquals(2, TensorOps.matmul(Tensor.zeros(3, 4), true, Tensor.zeros(3, 2), false).rank());
    }
}

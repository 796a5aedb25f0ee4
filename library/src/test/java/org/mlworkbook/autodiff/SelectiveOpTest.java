package org.mlworkbook.autodiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.mlworkbook.tensor.Tensor;

/** Ops that form only the needed gradients still give every one through the plain backward(upstream). */
class SelectiveOpTest {

    @Test
    void plainBackwardOfAProductGivesBothGradients() {
        Ops.MatMul op = new Ops.MatMul();
        op.forward(Tensor.of(new double[][] {{1, 2}}), Tensor.of(new double[][] {{3}, {4}}));
        Tensor[] grads = op.backward(Tensor.of(new double[][] {{1}}));
        assertArrayEquals(new double[] {3, 4}, grads[0].data(), 0.0);   // ∂/∂A = G·Bᵀ
        assertArrayEquals(new double[] {1, 2}, grads[1].data(), 0.0);   // ∂/∂B = Aᵀ·G
        assertNull(op.backward(Tensor.of(new double[][] {{1}}), new boolean[] {false, true})[0]);
    }

    @Test
    void plainBackwardOfAConcatenationGivesEveryPart() {
        RowOps.Concat op = new RowOps.Concat(0, 3);
        op.forward(Tensor.of(1), Tensor.of(2, 3), Tensor.of(4));
        Tensor[] grads = op.backward(Tensor.of(10, 20, 30, 40));
        assertEquals(3, grads.length);
        assertArrayEquals(new double[] {20, 30}, grads[1].data(), 0.0);
        assertArrayEquals(new double[] {40}, grads[2].data(), 0.0);
    }
}

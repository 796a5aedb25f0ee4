package org.mlworkbook.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.mlworkbook.autodiff.Var;
import org.mlworkbook.tensor.Tensor;

/** PReLU: a learnable negative slope per feature, starting at 0.25. */
class PReLUTest {

    @Test
    void scalesNegativeInputsByTheFeaturesSlopeAndLearnsIt() {
        PReLU layer = new PReLU(2);
        layer.weight().value().data()[1] = 0.5;
        Var y = layer.forward(Var.constant(Tensor.of(new double[][] {{-2, -2}, {3, 4}})));
        assertArrayEquals(new double[] {-0.5, -1, 3, 4}, y.value().data(), 1e-12);
        y.sum().backward();
        // ∂y/∂αⱼ = min(0, x): only the negative inputs count
        assertArrayEquals(new double[] {-2, -2}, layer.weight().grad().data(), 1e-12);
    }

    @Test
    void rejectsNoFeatures() {
        assertThrows(IllegalArgumentException.class, () -> new PReLU(0));
    }
}

package org.mlworkbook.autodiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.mlworkbook.tensor.Tensor;

class ActivationTest {

    @Test
    void publishedValuesOfFAndDerivative() {
        assertEquals(0.5, Activation.SIGMOID.apply(0.0), 0.0);
        assertEquals(0.25, Activation.SIGMOID.derivative(0.0), 0.0);
        assertEquals(1 / (1 + Math.exp(-2)), Activation.SIGMOID.apply(2.0), 1e-15);
        assertEquals(0.0, Activation.TANH.apply(0.0), 0.0);
        assertEquals(1.0, Activation.TANH.derivative(0.0), 0.0);
        assertEquals(1 - Math.tanh(1) * Math.tanh(1), Activation.TANH.derivative(1.0), 1e-15);
        assertEquals(0.0, Activation.RELU.apply(-3.0), 0.0);
        assertEquals(3.0, Activation.RELU.apply(3.0), 0.0);
        assertEquals(0.0, Activation.RELU.derivative(0.0), 0.0);
        assertEquals(1.0, Activation.RELU.derivative(0.1), 0.0);
        assertEquals(1.0, Activation.IDENTITY.derivative(-7.0), 0.0);
    }

    @Test
    void sigmoidDoesNotOverflowForLargeInputs() {
        assertEquals(0.0, Activation.SIGMOID.apply(-1000), 0.0);
        assertEquals(1.0, Activation.SIGMOID.apply(1000), 0.0);
        assertEquals(0.0, Activation.SIGMOID.derivative(-1000), 0.0);
    }

    @Test
    void tensorFormsAndCustomActivation() {
        Tensor x = Tensor.of(-1, 0, 2);
        assertArrayEquals(new double[] {0, 0, 2}, Activation.RELU.apply(x).toArray(), 0.0);
        assertArrayEquals(new double[] {0, 0, 1}, Activation.RELU.derivative(x).toArray(), 0.0);
        Activation softplus = new Activation("softplus", v -> Math.log1p(Math.exp(v)),
                (v, y) -> 1 / (1 + Math.exp(-v)));
        assertEquals("softplus", softplus.toString());
        assertEquals(0.5, softplus.derivative(0.0), 0.0);
        double error = GradientCheck.relativeError(v -> v[0].activate(softplus), Tensor.of(-1.5, 0.2, 3));
        assertEquals(0.0, error, 1e-6);
        assertThrows(IllegalArgumentException.class, () -> new Activation("f", null, (v, y) -> 1));
    }
}

package org.mlworkbook.autodiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mlworkbook.math.Derivatives;
import org.mlworkbook.math.Rng;
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

    @Test
    void lectureNeuronExampleIsSigmoidOfEightPointTwo() {
        // σ(0.1·2 + 0.8·10/2 + 1·4) = σ(8.2) = 1/(1 + e^(−8.2)) ≈ 0.99 in the notes
        assertEquals(0.9997254218438986, Activation.SIGMOID.apply(0.1 * 2 + 0.8 * 10 / 2 + 1 * 4), 1e-15);
    }

    @Test
    void sigmoidDerivativeIsAtMostAQuarterAtZero() {
        for (double x = -10; x <= 10; x += 0.01) {
            assertTrue(Activation.SIGMOID.derivative(x) <= 0.25, "σ′(" + x + ")");
        }
        assertEquals(0.25, Activation.SIGMOID.derivative(0.0), 0.0);
    }

    @Test
    void handValuesOfTheCurriculumActivations() {
        assertEquals(1.0, Activation.BINARY_STEP.apply(0.0), 0.0);
        assertEquals(0.0, Activation.BINARY_STEP.apply(-1e-9), 0.0);
        assertEquals(0.0, Activation.BINARY_STEP.derivative(2.0), 0.0);
        assertEquals(Math.PI / 4, Activation.ARCTAN.apply(1.0), 1e-15);
        assertEquals(0.5, Activation.ARCTAN.derivative(1.0), 1e-15); // 1/(1 + 1²)
        assertEquals(-0.02, Activation.LEAKY_RELU.apply(-2.0), 1e-15);
        assertEquals(0.01, Activation.LEAKY_RELU.derivative(-2.0), 0.0);
        assertEquals(-0.6, Activation.leakyRelu(0.3).apply(-2.0), 1e-15);
        assertEquals(-0.6321205588285577, Activation.ELU.apply(-1.0), 1e-15); // e^(−1) − 1
        assertEquals(0.36787944117144233, Activation.ELU.derivative(-1.0), 1e-15); // f(x) + α = e^(−1)
        assertEquals(2 * -0.6321205588285577, Activation.elu(2).apply(-1.0), 1e-15);
        assertEquals(Math.log(2), Activation.SOFTPLUS.apply(0.0), 1e-15);
        assertEquals(3.04858735157374206, Activation.SOFTPLUS.apply(3.0), 1e-15); // 3 + log(1 + e^(−3))
        assertEquals(1000.0, Activation.SOFTPLUS.apply(1000.0), 0.0);
        assertEquals(0.0, Activation.SOFTPLUS.apply(-1000.0), 0.0);
        assertEquals(0.5, Activation.SOFTPLUS.derivative(0.0), 0.0);
        assertEquals(0.7310585786300049, Activation.SWISH.apply(1.0), 1e-15); // 1·σ(1)
        assertEquals(1.7615941559557646, Activation.SWISH.apply(2.0), 1e-15);
        assertEquals(1.0907842487848955, Activation.SWISH.derivative(2.0), 1e-15); // σ + xσ(1 − σ)
        assertEquals(0.5, Activation.SWISH.derivative(0.0), 0.0);
        assertThrows(IllegalArgumentException.class, () -> Activation.leakyRelu(-0.1));
        assertThrows(IllegalArgumentException.class, () -> Activation.elu(Double.NaN));
    }

    @Test
    void everyDerivativeMatchesCentralDifferencesAwayFromKinks() {
        double[] points = {-3.1, -1.7, -0.45, 0.3, 0.9, 2.4, 5.0};
        for (Activation f : Activation.all()) {
            for (double x : points) {
                double numeric = Derivatives.derivative(f::apply, x);
                assertEquals(numeric, f.derivative(x), 1e-7 * Math.max(1, Math.abs(numeric)), f + " at " + x);
            }
            double error = GradientCheck.relativeError(v -> v[0].activate(f),
                    Tensor.randomNormal(new Rng(2), 0, 2, 3, 4));
            assertTrue(error < 1e-6, f + ": relative error " + error);
        }
    }

    @Test
    void allListsTheCurriculumActivationsInPlotOrder() {
        List<String> names = Activation.all().stream().map(Activation::name).collect(Collectors.toList());
        assertEquals(List.of("identity", "binary step", "sigmoid", "tanh", "arctan", "relu", "leaky relu", "elu",
                "softplus", "swish"), names);
        assertThrows(UnsupportedOperationException.class, () -> Activation.all().add(Activation.RELU));
    }

    @Test
    void reluOnATensorAndItsBackwardAgreeWithTheElementForms() {
        Tensor x = Tensor.of(-1.5, 0.0, 2.0, Double.NaN, 1e-300);
        Tensor y = Activation.RELU.apply(x);
        Tensor upstream = Tensor.of(3, 3, 3, 3, 3);
        Tensor dx = Activation.RELU.backward(x, y, upstream);
        for (int i = 0; i < x.size(); i++) {
            double xi = x.data()[i];
            assertEquals(Activation.RELU.apply(xi), y.data()[i], 0.0);
            assertEquals(3 * Activation.RELU.derivative(xi), dx.data()[i], 0.0);
        }
    }
}

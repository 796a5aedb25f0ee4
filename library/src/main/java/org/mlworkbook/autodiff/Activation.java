package org.mlworkbook.autodiff;

import java.util.function.DoubleUnaryOperator;
import org.mlworkbook.linear.LogisticFunctions;
import org.mlworkbook.tensor.Tensor;

/**
 * An activation function y = f(x) with its derivative f′, defined once and used by {@link Var#activate}, by the
 * {@code nn} layers and by the activation plots. The derivative is written in terms of both x and y = f(x), so that
 * sigmoid and tanh can use the cheap forms σ′ = y(1 − y) and tanh′ = 1 − y².
 *
 * <pre>{@code
 * Activation.SIGMOID.apply(0.0);        // 0.5
 * Activation.SIGMOID.derivative(0.0);   // 0.25
 * x.activate(Activation.RELU);          // a Var, with backward ∂L/∂x = ∂L/∂y ⊙ f′(x)
 * }</pre>
 */
public final class Activation {

    /** Element form of f′ given x and y = f(x). */
    @FunctionalInterface
    public interface Derivative {
        /**
         * @param x the input
         * @param y f(x)
         * @return f′(x)
         */
        double at(double x, double y);
    }

    /** The identity f(x) = x, f′(x) = 1 (a linear output layer). */
    public static final Activation IDENTITY = new Activation("identity", x -> x, (x, y) -> 1.0);

    /**
     * The logistic sigmoid σ(x) = 1 / (1 + e^{−x}), σ′(x) = σ(x)(1 − σ(x)); computed without overflow by
     * {@link LogisticFunctions#sigmoid(double)}.
     */
    public static final Activation SIGMOID = new Activation("sigmoid", LogisticFunctions::sigmoid, (x, y) -> y * (1 - y));

    /** The hyperbolic tangent tanh x = (eˣ − e^{−x}) / (eˣ + e^{−x}), tanh′(x) = 1 − tanh²(x). */
    public static final Activation TANH = new Activation("tanh", Math::tanh, (x, y) -> 1 - y * y);

    /** The rectifier relu(x) = max(0, x), relu′(x) = 1 if x &gt; 0 else 0 (0 at the kink x = 0). */
    public static final Activation RELU = new Activation("relu", x -> x > 0 ? x : 0.0, (x, y) -> x > 0 ? 1.0 : 0.0);

    private final String name;
    private final DoubleUnaryOperator f;
    private final Derivative derivative;

    /**
     * A new activation from f and f′.
     *
     * @param name       a short name, e.g. {@code "softplus"}
     * @param f          x ↦ f(x)
     * @param derivative (x, y = f(x)) ↦ f′(x)
     * @throws IllegalArgumentException if an argument is null
     */
    public Activation(String name, DoubleUnaryOperator f, Derivative derivative) {
        if (name == null || f == null || derivative == null) {
            throw new IllegalArgumentException("Activation: name, f and derivative expected non-null, got "
                    + (name == null ? "name" : f == null ? "f" : "derivative") + " = null");
        }
        this.name = name;
        this.f = f;
        this.derivative = derivative;
    }

    /** @param x the input @return f(x) */
    public double apply(double x) {
        return f.applyAsDouble(x);
    }

    /** @param x the input @return f′(x) */
    public double derivative(double x) {
        return derivative.at(x, apply(x));
    }

    /**
     * f′ from x and an already computed y = f(x) (what backward uses).
     *
     * @param x the input
     * @param y f(x)
     * @return f′(x)
     */
    public double derivative(double x, double y) {
        return derivative.at(x, y);
    }

    /**
     * f element-wise.
     *
     * @param x the inputs. Not modified.
     * @return a new tensor f(xᵢ)
     */
    public Tensor apply(Tensor x) {
        requireTensor("apply", x);
        return x.map(f);
    }

    /**
     * f′ element-wise.
     *
     * @param x the inputs. Not modified.
     * @return a new tensor f′(xᵢ)
     */
    public Tensor derivative(Tensor x) {
        requireTensor("derivative", x);
        return x.map(this::derivative);
    }

    private static void requireTensor(String method, Tensor x) {
        if (x == null) {
            throw new IllegalArgumentException(method + ": x expected a tensor, got null");
        }
    }

    /** @return the name, e.g. {@code "sigmoid"} */
    public String name() {
        return name;
    }

    /** @return the name */
    @Override
    public String toString() {
        return name;
    }
}

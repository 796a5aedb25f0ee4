package org.mlworkbook.autodiff;

import java.util.function.DoubleUnaryOperator;
import java.util.List;
import org.mlworkbook.math.Logistic;
import org.mlworkbook.model.ModelInputs;
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
     * The binary step (threshold unit) f(x) = 1 for x ≥ 0, 0 for x &lt; 0; f′(x) = 0 (undefined at 0, taken as 0),
     * so gradient descent cannot train it: the perceptron's activation.
     */
    public static final Activation BINARY_STEP = new Activation("binary step", x -> x >= 0 ? 1.0 : 0.0,
            (x, y) -> 0.0);

    /**
     * The logistic sigmoid σ(x) = 1 / (1 + e^{−x}), σ′(x) = σ(x)(1 − σ(x)) ≤ ¼ (the maximum, at x = 0); computed
     * without overflow by {@link Logistic#sigmoid(double)}.
     */
    public static final Activation SIGMOID = new Activation("sigmoid", Logistic::sigmoid, (x, y) -> y * (1 - y));

    /** The hyperbolic tangent tanh x = (eˣ − e^{−x}) / (eˣ + e^{−x}), tanh′(x) = 1 − tanh²(x). */
    public static final Activation TANH = new Activation("tanh", Math::tanh, (x, y) -> 1 - y * y);

    /** The arctangent f(x) = tan⁻¹ x ∈ (−π/2, π/2), f′(x) = 1/(1 + x²). */
    public static final Activation ARCTAN = new Activation("arctan", Math::atan, (x, y) -> 1 / (1 + x * x));

    /** The rectifier relu(x) = max(0, x), relu′(x) = 1 if x &gt; 0 else 0 (0 at the kink x = 0), computed as sign(y). */
    public static final Activation RELU = new Activation("relu", x -> Math.max(x, 0.0), (x, y) -> Math.signum(y));

    /** The leaky rectifier with α = 0.01: f(x) = x for x &gt; 0, αx otherwise; f′ = 1 or α. @see #leakyRelu */
    public static final Activation LEAKY_RELU = leakyRelu("leaky relu", 0.01);

    /** The exponential linear unit with α = 1: f(x) = x for x &gt; 0, α(eˣ − 1) otherwise; f′ = 1 or f(x) + α. */
    public static final Activation ELU = elu("elu", 1.0);

    /**
     * The softplus f(x) = log(1 + eˣ), a smooth ReLU, computed stably as max(x, 0) + log(1 + e^{−|x|})
     * ({@link Logistic#softplus}); f′(x) = σ(x).
     */
    public static final Activation SOFTPLUS = new Activation("softplus", Logistic::softplus,
            (x, y) -> Logistic.sigmoid(x));

    /** The swish (SiLU) f(x) = x σ(x); f′(x) = σ(x) + x σ(x)(1 − σ(x)) = f(x) + σ(x)(1 − f(x)). */
    public static final Activation SWISH = new Activation("swish", x -> x * Logistic.sigmoid(x),
            (x, y) -> y + Logistic.sigmoid(x) * (1 - y));

    private static final List<Activation> ALL = List.of(IDENTITY, BINARY_STEP, SIGMOID, TANH, ARCTAN, RELU,
            LEAKY_RELU, ELU, SOFTPLUS, SWISH);

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

    /**
     * The leaky rectifier f(x) = x for x &gt; 0, αx otherwise (= max(x, αx) for α &lt; 1); f′(x) = 1 for x &gt; 0,
     * α otherwise. A small α keeps a gradient for negative inputs ("dying ReLU").
     *
     * @param alpha α ≥ 0, the slope for x ≤ 0
     * @return the activation, named e.g. {@code "leaky relu(0.01)"}
     * @throws IllegalArgumentException if α is negative or not finite
     */
    public static Activation leakyRelu(double alpha) {
        return leakyRelu("leaky relu(" + alpha + ")", alpha);
    }

    private static Activation leakyRelu(String name, double alpha) {
        ModelInputs.requireNonNegative("leakyRelu", "alpha", alpha);
        return new Activation(name, x -> x > 0 ? x : alpha * x, (x, y) -> x > 0 ? 1.0 : alpha);
    }

    /**
     * The exponential linear unit f(x) = x for x &gt; 0, α(eˣ − 1) otherwise (tends to −α); f′(x) = 1 for x &gt; 0,
     * αeˣ = f(x) + α otherwise.
     *
     * @param alpha α ≥ 0
     * @return the activation, named e.g. {@code "elu(1.0)"}
     * @throws IllegalArgumentException if α is negative or not finite
     */
    public static Activation elu(double alpha) {
        return elu("elu(" + alpha + ")", alpha);
    }

    private static Activation elu(String name, double alpha) {
        ModelInputs.requireNonNegative("elu", "alpha", alpha);
        return new Activation(name, x -> x > 0 ? x : alpha * Math.expm1(x), (x, y) -> x > 0 ? 1.0 : y + alpha);
    }

    /**
     * The element-wise activations of the course, in the order of the plots: identity, binary step, sigmoid, tanh,
     * arctan, ReLU, leaky ReLU, ELU, softplus, swish. (PReLU, maxout and softmax are Var operations:
     * {@link Var#prelu}, {@link Var#maxout}, {@link Var#softmax}.)
     *
     * @return an unmodifiable list
     */
    public static List<Activation> all() {
        return ALL;
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
        if (this != RELU) {
            return x.map(f);
        }
        // the workhorse of deep nets gets a plain loop: through the function object it costs 3–5 times more
        double[] in = x.data();
        double[] out = new double[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = Math.max(in[i], 0.0);
        }
        return Tensor.wrap(out, x.shape());
    }

    /**
     * The backward pass of y = f(x): ∂L/∂xᵢ = ∂L/∂yᵢ · f′(xᵢ), with f′ from xᵢ and yᵢ (a plain loop for ReLU).
     *
     * @param x        the inputs. Not modified.
     * @param y        f(x). Not modified.
     * @param upstream ∂L/∂y. Not modified.
     * @return a new tensor ∂L/∂x of x's shape
     */
    Tensor backward(Tensor x, Tensor y, Tensor upstream) {
        double[] xs = x.data();
        double[] ys = y.data();
        double[] g = upstream.data();
        double[] out = new double[xs.length];
        if (this == RELU) {
            for (int i = 0; i < out.length; i++) {
                out[i] = g[i] * Math.signum(ys[i]);   // y = max(x, 0): 1 where x > 0, else 0; no branch to mispredict
            }
        } else {
            for (int i = 0; i < out.length; i++) {
                out[i] = g[i] * derivative.at(xs[i], ys[i]);
            }
        }
        return Tensor.wrap(out, x.shape());
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

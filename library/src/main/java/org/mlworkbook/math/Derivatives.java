package org.mlworkbook.math;

import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import org.mlworkbook.tensor.Tensor;

/**
 * Numerical derivatives by central finite differences: f′(x) ≈ (f(x + h) − f(x − h)) / 2h. Taylor expansion
 * shows the truncation error is f‴(ξ)·h²/6, while rounding adds about ε·|f|/h (ε ≈ 2.2·10⁻¹⁶), so the total is
 * smallest near h ≈ ∛ε ≈ 6·10⁻⁶; the default step is h = {@value #RELATIVE_STEP}·max(1, |x|), which gives about
 * 10 correct digits for smooth f. Used to check derivative rules by hand and, later, every backward pass.
 *
 * @see "notebooks/01-math-foundations.ipynb"
 */
public final class Derivatives {

    /** The default step relative to max(1, |x|). */
    public static final double RELATIVE_STEP = 1e-5;

    private Derivatives() {
    }

    /**
     * f′(x) ≈ (f(x + h) − f(x − h)) / 2h with h = {@value #RELATIVE_STEP}·max(1, |x|).
     *
     * @param f the function, defined near x
     * @param x the point, finite
     * @return the central-difference estimate of f′(x)
     * @throws IllegalArgumentException if f is null or x is not finite
     */
    public static double derivative(DoubleUnaryOperator f, double x) {
        return derivative(f, x, defaultStep(x));
    }

    /**
     * f′(x) ≈ (f(x + h) − f(x − h)) / 2h with a chosen step: error O(h²) plus rounding O(ε/h).
     *
     * @param f the function, defined on [x − h, x + h]
     * @param x the point, finite
     * @param h the step, finite, &gt; 0
     * @return the central-difference estimate of f′(x)
     * @throws IllegalArgumentException if f is null, x is not finite or h is not a finite positive number
     */
    public static double derivative(DoubleUnaryOperator f, double x, double h) {
        if (f == null) {
            throw new IllegalArgumentException("derivative: f expected a function, got null");
        }
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("derivative: x expected finite, got " + x);
        }
        if (!(h > 0) || !Double.isFinite(h)) {
            throw new IllegalArgumentException("derivative: h expected finite > 0, got " + h);
        }
        return (f.applyAsDouble(x + h) - f.applyAsDouble(x - h)) / (2 * h);
    }

    /**
     * The gradient ∇f(x) of a scalar function of a tensor, one central difference per element:
     * ∂f/∂xᵢ ≈ (f(x + hᵢeᵢ) − f(x − hᵢeᵢ)) / 2hᵢ with hᵢ = {@value #RELATIVE_STEP}·max(1, |xᵢ|). Costs 2·size
     * calls of f, each on a tensor that differs from x in one element.
     *
     * @param f the function; it must not keep or modify its argument
     * @param x the point, all elements finite. Not modified.
     * @return a new tensor of x's shape holding ∂f/∂xᵢ
     * @throws IllegalArgumentException if f or x is null, x holds NaN or ∞, or f returns null
     */
    public static Tensor gradient(Function<Tensor, Double> f, Tensor x) {
        if (f == null || x == null) {
            throw new IllegalArgumentException(String.format("gradient: %s expected non-null, got null",
                    f == null ? "f" : "x"));
        }
        Tensor probe = x.copy();
        double[] values = probe.data();
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("gradient: x expected finite values, got " + values[i]
                        + " at flat index " + i + " of shape " + x.shapeString());
            }
        }
        Tensor gradient = Tensor.zerosLike(x);
        double[] partials = gradient.data();
        for (int i = 0; i < values.length; i++) {
            double original = values[i];
            double h = defaultStep(original);
            values[i] = original + h;
            double plus = call(f, probe);
            values[i] = original - h;
            double minus = call(f, probe);
            values[i] = original;
            partials[i] = (plus - minus) / (2 * h);
        }
        return gradient;
    }

    private static double call(Function<Tensor, Double> f, Tensor x) {
        Double value = f.apply(x);
        if (value == null) {
            throw new IllegalArgumentException("gradient: f expected to return a number, got null");
        }
        return value;
    }

    private static double defaultStep(double x) {
        return RELATIVE_STEP * Math.max(1, Math.abs(x));
    }
}

package org.mlworkbook.autodiff;

import java.util.function.Function;
import org.mlworkbook.math.Rng;
import org.mlworkbook.tensor.Tensor;

/**
 * Checks a backward pass against central differences: for every element xᵢ of every input,
 * ∂L/∂xᵢ ≈ (L(x + h eᵢ) − L(x − h eᵢ)) / 2h, with error O(h²). A non-scalar output y is reduced to
 * L = Σⱼ wⱼ yⱼ with fixed pseudo-random weights w (seeded), so every output element is tested.
 *
 * <pre>{@code
 * double err = GradientCheck.relativeError(in -> in[0].mul(in[1]).sum(), x, y);   // < 1e-6 if backward is right
 * }</pre>
 *
 * The reported number is ‖g_analytic − g_numeric‖ / max(‖g_analytic‖, ‖g_numeric‖, 1e-12) over all inputs
 * together (Euclidean norms); in double with h = 1e-5 a correct backward gives about 1e-9 … 1e-11.
 */
public final class GradientCheck {

    /** The default step h of the central difference. */
    public static final double DEFAULT_STEP = 1e-5;

    private static final double TINY = 1e-12;

    private GradientCheck() {
    }

    /**
     * The relative error of f's backward at the given inputs, with step {@link #DEFAULT_STEP}.
     *
     * @param f      the function, built from Var operations on its arguments (one Var per input)
     * @param inputs the point x₁ … xₙ. Not modified (each element is moved and restored).
     * @return ‖g_analytic − g_numeric‖ / max(‖g_analytic‖, ‖g_numeric‖, 1e-12)
     * @throws IllegalArgumentException if f or an input is null or there are no inputs
     */
    public static double relativeError(Function<Var[], Var> f, Tensor... inputs) {
        return relativeError(f, DEFAULT_STEP, inputs);
    }

    /**
     * The relative error of f's backward at the given inputs.
     *
     * @param f      the function
     * @param step   h &gt; 0
     * @param inputs the point. Not modified.
     * @return the relative error
     * @throws IllegalArgumentException if f or an input is null, there are no inputs, or h ≤ 0
     */
    public static double relativeError(Function<Var[], Var> f, double step, Tensor... inputs) {
        Tensor[] analytic = analyticGradient(f, inputs);
        double diff = 0;
        double normA = 0;
        double normN = 0;
        for (int k = 0; k < inputs.length; k++) {
            Tensor numeric = numericGradient(f, k, step, inputs);
            double[] a = analytic[k].data();
            double[] n = numeric.data();
            for (int i = 0; i < a.length; i++) {
                diff += (a[i] - n[i]) * (a[i] - n[i]);
                normA += a[i] * a[i];
                normN += n[i] * n[i];
            }
        }
        return Math.sqrt(diff) / Math.max(Math.max(Math.sqrt(normA), Math.sqrt(normN)), TINY);
    }

    /**
     * The gradients backward computes: ∂L/∂xₖ for every input, with L = f(x) (or Σ wⱼ yⱼ, see the class comment).
     *
     * @param f      the function
     * @param inputs the point. Not modified.
     * @return one tensor per input, of its shape
     * @throws IllegalArgumentException if f or an input is null or there are no inputs
     */
    public static Tensor[] analyticGradient(Function<Var[], Var> f, Tensor... inputs) {
        requireArguments("analyticGradient", f, inputs);
        Var[] vars = new Var[inputs.length];
        for (int k = 0; k < inputs.length; k++) {
            vars[k] = Var.of(inputs[k].copy());
        }
        Var y = f.apply(vars);
        y.backward(weights(y.value()));
        Tensor[] grads = new Tensor[inputs.length];
        for (int k = 0; k < inputs.length; k++) {
            grads[k] = vars[k].grad() == null ? Tensor.zerosLike(inputs[k]) : vars[k].grad();
        }
        return grads;
    }

    /**
     * Central differences (L(x + h eᵢ) − L(x − h eᵢ)) / 2h for every element of input k, evaluated without a graph.
     *
     * @param f      the function
     * @param k      which input, 0 … n − 1
     * @param step   h &gt; 0
     * @param inputs the point. Not modified (restored after each move).
     * @return a new tensor of input k's shape
     * @throws IllegalArgumentException if an argument is invalid
     */
    public static Tensor numericGradient(Function<Var[], Var> f, int k, double step, Tensor... inputs) {
        requireArguments("numericGradient", f, inputs);
        if (k < 0 || k >= inputs.length) {
            throw new IllegalArgumentException("numericGradient: k expected 0.." + (inputs.length - 1) + ", got " + k);
        }
        if (!(step > 0) || Double.isInfinite(step)) {
            throw new IllegalArgumentException("numericGradient: step expected a finite h > 0, got " + step);
        }
        Tensor[] point = new Tensor[inputs.length];
        for (int j = 0; j < inputs.length; j++) {
            point[j] = inputs[j].copy();
        }
        double[] x = point[k].data();
        double[] g = new double[x.length];
        Tensor w = null;
        for (int i = 0; i < x.length; i++) {
            double saved = x[i];
            x[i] = saved + step;
            Tensor plus = evaluate(f, point);
            x[i] = saved - step;
            Tensor minus = evaluate(f, point);
            x[i] = saved;
            if (w == null) {
                w = weights(plus);
            }
            g[i] = (plus.sub(minus).mul(w).sum()) / (2 * step);
        }
        return Tensor.wrap(g, inputs[k].shape());
    }

    private static Tensor evaluate(Function<Var[], Var> f, Tensor[] point) {
        Var[] vars = new Var[point.length];
        for (int j = 0; j < point.length; j++) {
            vars[j] = Var.constant(point[j]);
        }
        try (var scope = Var.noGrad()) {
            return f.apply(vars).value().copy(); // a copy: the result may be a view of the moved input
        }
    }

    /** w = 1 for a scalar output, else fixed weights uniform in [0.5, 1.5) from Rng(DEFAULT_SEED). */
    private static Tensor weights(Tensor y) {
        if (y.size() == 1) {
            return Tensor.onesLike(y);
        }
        return Tensor.randomUniform(new Rng(Rng.DEFAULT_SEED), 0.5, 1.5, y.shape());
    }

    private static void requireArguments(String method, Function<Var[], Var> f, Tensor[] inputs) {
        if (f == null) {
            throw new IllegalArgumentException(method + ": f expected a function, got null");
        }
        if (inputs == null || inputs.length == 0) {
            throw new IllegalArgumentException(method + ": inputs expected at least one tensor, got none");
        }
        for (int j = 0; j < inputs.length; j++) {
            if (inputs[j] == null) {
                throw new IllegalArgumentException(method + ": inputs expected tensors, got null at " + j);
            }
        }
    }
}

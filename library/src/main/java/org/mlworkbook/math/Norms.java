package org.mlworkbook.math;

import org.mlworkbook.tensor.Tensor;

/**
 * Vector and matrix norms, taken over all elements of a tensor (a matrix is read entry by entry, so the
 * 2-norm of a matrix is its Frobenius norm). Lecture notes: a norm measures length; ‖x‖₁ sums absolute values
 * (the Manhattan distance of x from 0), ‖x‖₂ is the Euclidean length, ‖x‖_∞ the largest coordinate.
 * The unit ball {x : ‖x‖ₚ ≤ 1} is a diamond for p = 1, a disc for p = 2 and a square for p = ∞.
 *
 * <p>The 2- and p-norms scale by m = max|xᵢ| first, ‖x‖ₚ = m·(Σ|xᵢ/m|ᵖ)^{1/p}, so squares of large values do
 * not overflow (‖(1e200, 1e200)‖₂ = 1.41e200, not ∞) and squares of tiny ones do not vanish. The norm of an empty
 * tensor is 0.
 *
 * @see "notebooks/01-math-foundations.ipynb"
 */
public final class Norms {

    private Norms() {
    }

    /**
     * The L1 norm ‖x‖₁ = Σᵢ |xᵢ|.
     *
     * @param x any shape. Not modified.
     * @return ‖x‖₁ ≥ 0
     * @throws IllegalArgumentException if x is null or holds NaN
     */
    public static double l1(Tensor x) {
        double[] values = values("l1", x);
        double total = 0;
        for (double v : values) {
            total += Math.abs(v);
        }
        return total;
    }

    /**
     * The L2 (Euclidean) norm ‖x‖₂ = √(Σᵢ xᵢ²).
     *
     * @param x any shape. Not modified.
     * @return ‖x‖₂ ≥ 0
     * @throws IllegalArgumentException if x is null or holds NaN
     */
    public static double l2(Tensor x) {
        return scaled(values("l2", x), 2);
    }

    /**
     * The Frobenius norm of a matrix ‖A‖_F = √(Σᵢⱼ aᵢⱼ²): the L2 norm of its entries.
     *
     * @param a a 2-D tensor. Not modified.
     * @return ‖A‖_F ≥ 0
     * @throws IllegalArgumentException if a is null, not 2-D or holds NaN
     */
    public static double frobenius(Tensor a) {
        if (a != null && a.rank() != 2) {
            throw new IllegalArgumentException("frobenius: a expected a 2-D tensor, got shape " + a.shapeString());
        }
        return scaled(values("frobenius", a), 2);
    }

    /**
     * The p-norm ‖x‖ₚ = (Σᵢ |xᵢ|ᵖ)^{1/p}; p = 1 is {@link #l1}, p = 2 is {@link #l2}, p = ∞ is {@link #max}.
     * For p &lt; 1 the formula is not a norm (the triangle inequality fails), so it is rejected.
     *
     * @param x any shape. Not modified.
     * @param p the order, ≥ 1 (may be {@code Double.POSITIVE_INFINITY})
     * @return ‖x‖ₚ ≥ 0
     * @throws IllegalArgumentException if x is null or holds NaN, or p &lt; 1 or NaN
     */
    public static double p(Tensor x, double p) {
        if (!(p >= 1)) {
            throw new IllegalArgumentException("p: p expected >= 1, got " + p);
        }
        if (p == 1) {
            return l1(x);
        }
        if (p == Double.POSITIVE_INFINITY) {
            return max(x);
        }
        return scaled(values("p", x), p);
    }

    /**
     * The max (L∞) norm ‖x‖_∞ = maxᵢ |xᵢ|, the limit of ‖x‖ₚ as p → ∞.
     *
     * @param x any shape. Not modified.
     * @return ‖x‖_∞ ≥ 0 (0 for an empty tensor)
     * @throws IllegalArgumentException if x is null or holds NaN
     */
    public static double max(Tensor x) {
        return maxAbs(values("max", x));
    }

    /** m·(Σ|xᵢ/m|ᵖ)^{1/p} with m = max|xᵢ|. */
    private static double scaled(double[] values, double p) {
        double m = maxAbs(values);
        if (m == 0 || Double.isInfinite(m)) {
            return m;
        }
        double total = 0;
        for (double v : values) {
            double r = Math.abs(v) / m;
            total += p == 2 ? r * r : Math.pow(r, p);
        }
        return m * (p == 2 ? Math.sqrt(total) : Math.pow(total, 1 / p));
    }

    private static double maxAbs(double[] values) {
        double m = 0;
        for (double v : values) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    private static double[] values(String method, Tensor x) {
        if (x == null) {
            throw new IllegalArgumentException(method + ": x expected a tensor, got null");
        }
        double[] values = x.data();
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) {
                throw new IllegalArgumentException(
                        method + ": x expected no NaN, got NaN at flat index " + i + " of shape " + x.shapeString());
            }
        }
        return values;
    }
}

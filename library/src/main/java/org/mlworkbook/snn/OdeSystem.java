package org.mlworkbook.snn;

/**
 * A system of ordinary differential equations dy/dt = f(t, y), the form every neuron model of this package
 * hands to an {@link Integrator}. Time is in milliseconds throughout the package.
 *
 * <p>{@link #derivative} is the only method a model must write. Exponential Euler also needs the diagonal of
 * the Jacobian, ∂fᵢ/∂yᵢ; the default computes it by finite differences, one extra evaluation of f per
 * component, which is exact (up to rounding) when fᵢ is linear in yᵢ, as it is for LIF and for the gates and
 * membrane equation of Hodgkin–Huxley. Pitfall: for a large system (a network) that costs n evaluations of
 * an n-dimensional f per step; override {@link #diagonalJacobian} there with the closed form (−1/τ for a leak).
 */
@FunctionalInterface
public interface OdeSystem {

    /**
     * Writes f(t, y) = dy/dt into {@code dydt}.
     *
     * @param t    the time, ms
     * @param y    the state. Not modified.
     * @param dydt where the derivative goes, as long as y. Modified.
     */
    void derivative(double t, double[] y, double[] dydt);

    /**
     * Writes the diagonal of the Jacobian, Jᵢᵢ = ∂fᵢ/∂yᵢ(t, y), into {@code out}. The default is the forward
     * difference (fᵢ(y + hᵢeᵢ) − fᵢ(y))/hᵢ with hᵢ = 10⁻⁶·max(1, |yᵢ|).
     *
     * @param t    the time, ms
     * @param y    the state. Not modified (perturbed and restored).
     * @param dydt f(t, y), already computed. Not modified.
     * @param out  where ∂fᵢ/∂yᵢ goes, as long as y. Modified.
     */
    default void diagonalJacobian(double t, double[] y, double[] dydt, double[] out) {
        double[] shifted = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            double saved = y[i];
            double h = 1e-6 * Math.max(1.0, Math.abs(saved));
            y[i] = saved + h;
            derivative(t, y, shifted);
            y[i] = saved;
            out[i] = (shifted[i] - dydt[i]) / h;
        }
    }
}

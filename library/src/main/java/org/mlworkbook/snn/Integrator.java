package org.mlworkbook.snn;

/**
 * Fixed-step ODE integrators, the one place where every model of this package advances its state by dt.
 *
 * <p>Forward Euler is the simplest and the least accurate (error ∝ dt); exponential Euler is exact for a
 * variable that relaxes linearly, dyᵢ/dt = aᵢ + bᵢyᵢ, which is why it is the usual choice for LIF and for the
 * Hodgkin–Huxley gates; classical Runge–Kutta (RK4, error ∝ dt⁴) is the accurate general-purpose method.
 * Pitfall: the explicit methods blow up when dt is large against the fastest time constant τ of the model
 * (|1 + λ·dt| &gt; 1 for λ = −1/τ); {@link #requireStableStep} turns that into a clear error before simulating.
 *
 * <p>Usage: {@code Integrator.Stepper s = Integrator.RK4.stepper(2); s.step(system, t, y, dt);} — a stepper owns
 * its scratch arrays, so the inner loop allocates nothing.
 */
public enum Integrator {

    /** Forward Euler: y ← y + dt·f(t, y). Stable for dt &lt; 2τ. */
    EULER(2.0),
    /**
     * Exponential Euler: with fᵢ ≈ fᵢ(y) + bᵢ(yᵢ' − yᵢ), bᵢ = ∂fᵢ/∂yᵢ, each component moves by
     * Δyᵢ = fᵢ·(e^{bᵢ·dt} − 1)/bᵢ (→ fᵢ·dt as bᵢ → 0): exact for a linear relaxation τ dy/dt = y∞ − y,
     * stable for every dt.
     */
    EXPONENTIAL_EULER(Double.POSITIVE_INFINITY),
    /**
     * Classical Runge–Kutta: k₁ = f(t, y), k₂ = f(t + dt/2, y + dt/2·k₁), k₃ = f(t + dt/2, y + dt/2·k₂),
     * k₄ = f(t + dt, y + dt·k₃), y ← y + dt/6·(k₁ + 2k₂ + 2k₃ + k₄). Stable for dt &lt; 2.785τ.
     */
    RK4(2.785);

    private final double stabilityFactor;

    Integrator(double stabilityFactor) {
        this.stabilityFactor = stabilityFactor;
    }

    /**
     * The largest stable step for a decay with time constant τ: the method's stability interval on the negative
     * real axis, dt &lt; c·τ with c = 2 (Euler), 2.785 (RK4), ∞ (exponential Euler).
     *
     * @param fastestTauMs the smallest time constant of the model, ms, &gt; 0
     * @return c·τ, ms (infinite for exponential Euler)
     * @throws IllegalArgumentException if fastestTauMs is not positive and finite
     */
    public double maxStableStepMs(double fastestTauMs) {
        if (!(fastestTauMs > 0) || Double.isInfinite(fastestTauMs)) {
            throw new IllegalArgumentException("maxStableStepMs: fastestTauMs expected > 0 and finite, got "
                    + fastestTauMs);
        }
        return stabilityFactor * fastestTauMs;
    }

    /**
     * Checks a time step: dt must be positive, finite and below {@link #maxStableStepMs} for the model's fastest
     * time constant.
     *
     * @param method       the calling method, for the message
     * @param dtMs         the step, ms
     * @param fastestTauMs the model's smallest time constant, ms, &gt; 0
     * @throws IllegalArgumentException "method: dtMs expected > 0 and < c·τ = …, got …"
     */
    public void requireStableStep(String method, double dtMs, double fastestTauMs) {
        requirePositiveStep(method, dtMs);
        double limit = maxStableStepMs(fastestTauMs);
        if (!(dtMs < limit)) {
            throw new IllegalArgumentException(String.format(
                    "%s: dtMs expected > 0 and < %s·τ = %.6g ms for %s (fastest τ = %.6g ms), got %s",
                    method, stabilityFactor, limit, name(), fastestTauMs, dtMs));
        }
    }

    /**
     * Checks that a time step is positive and finite.
     *
     * @param method the calling method, for the message
     * @param dtMs   the step, ms
     * @throws IllegalArgumentException "method: dtMs expected > 0 and finite, got …"
     */
    public static void requirePositiveStep(String method, double dtMs) {
        if (!(dtMs > 0) || Double.isInfinite(dtMs)) {
            throw new IllegalArgumentException(method + ": dtMs expected > 0 and finite, got " + dtMs);
        }
    }

    /**
     * A stepper for systems of the given dimension, owning the scratch arrays of this method.
     *
     * @param dimension the number of state variables, ≥ 1
     * @return a new stepper (not thread-safe: one per simulation)
     * @throws IllegalArgumentException if dimension &lt; 1
     */
    public Stepper stepper(int dimension) {
        if (dimension < 1) {
            throw new IllegalArgumentException("stepper: dimension expected >= 1, got " + dimension);
        }
        return new Stepper(this, dimension);
    }

    /**
     * Integrates dy/dt = f(t, y) from t₀ for {@code steps} steps of dt, with no resets (for thresholds and
     * resets the models drive a {@link Stepper} themselves).
     *
     * @param system the right-hand side f
     * @param y0     the initial state y(t₀). Not modified.
     * @param t0Ms   the initial time, ms
     * @param dtMs   the step, ms, &gt; 0
     * @param steps  the number of steps, ≥ 0
     * @return the trajectory at t₀, t₀ + dt, …, t₀ + steps·dt
     * @throws IllegalArgumentException if dt is not positive and finite, y0 is empty or steps &lt; 0
     */
    public Trajectory solve(OdeSystem system, double[] y0, double t0Ms, double dtMs, int steps) {
        requirePositiveStep("solve", dtMs);
        if (steps < 0) {
            throw new IllegalArgumentException("solve: steps expected >= 0, got " + steps);
        }
        Stepper stepper = stepper(y0.length);
        double[] y = y0.clone();
        double[] times = new double[steps + 1];
        double[][] states = new double[steps + 1][];
        times[0] = t0Ms;
        states[0] = y.clone();
        for (int k = 1; k <= steps; k++) {
            double t = t0Ms + (k - 1) * dtMs;
            stepper.step(system, t, y, dtMs);
            times[k] = t0Ms + k * dtMs;
            states[k] = y.clone();
        }
        return new Trajectory(times, states);
    }

    /** Advances a state by one step of an {@link Integrator}, with scratch arrays allocated once. */
    public static final class Stepper {
        private final Integrator method;
        private final double[] k1;
        private final double[] k2;
        private final double[] k3;
        private final double[] k4;
        private final double[] tmp;

        private Stepper(Integrator method, int dimension) {
            this.method = method;
            this.k1 = new double[dimension];
            this.k2 = new double[dimension];
            this.k3 = new double[dimension];
            this.k4 = new double[dimension];
            this.tmp = new double[dimension];
        }

        /**
         * The integration method.
         *
         * @return the method this stepper applies
         */
        public Integrator method() {
            return method;
        }

        /**
         * y(t) → y(t + dt) by this stepper's method (formulas on the {@link Integrator} constants). The step is
         * not checked here (inner loop): callers check it once with {@link Integrator#requireStableStep}.
         *
         * @param system the right-hand side f
         * @param t      the current time, ms
         * @param y      the state, as long as the stepper's dimension. Modified: holds y(t + dt) on return.
         * @param dt     the step, ms
         */
        public void step(OdeSystem system, double t, double[] y, double dt) {
            int n = k1.length;
            switch (method) {
                case EULER -> {
                    system.derivative(t, y, k1);
                    for (int i = 0; i < n; i++) {
                        y[i] += dt * k1[i];
                    }
                }
                case EXPONENTIAL_EULER -> {
                    system.derivative(t, y, k1);
                    system.diagonalJacobian(t, y, k1, k2);
                    for (int i = 0; i < n; i++) {
                        double b = k2[i];
                        double bdt = b * dt;
                        y[i] += Math.abs(bdt) < 1e-12 ? k1[i] * dt : k1[i] * Math.expm1(bdt) / b;
                    }
                }
                case RK4 -> {
                    double half = 0.5 * dt;
                    system.derivative(t, y, k1);
                    for (int i = 0; i < n; i++) {
                        tmp[i] = y[i] + half * k1[i];
                    }
                    system.derivative(t + half, tmp, k2);
                    for (int i = 0; i < n; i++) {
                        tmp[i] = y[i] + half * k2[i];
                    }
                    system.derivative(t + half, tmp, k3);
                    for (int i = 0; i < n; i++) {
                        tmp[i] = y[i] + dt * k3[i];
                    }
                    system.derivative(t + dt, tmp, k4);
                    double sixth = dt / 6.0;
                    for (int i = 0; i < n; i++) {
                        y[i] += sixth * (k1[i] + 2.0 * k2[i] + 2.0 * k3[i] + k4[i]);
                    }
                }
            }
        }
    }
}

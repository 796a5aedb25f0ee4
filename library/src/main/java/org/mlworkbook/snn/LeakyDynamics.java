package org.mlworkbook.snn;

import java.util.function.DoubleUnaryOperator;

/**
 * dV/dt = −g·(V − V₀) + k·I(t) with threshold θ, reset and refractory period: the common core of the perfect
 * integrator (g = 0), the dimensioned LIF (g = 1/τ, k = 1/C) and the dimensionless LIF (g = k = 1/τ_m, V₀ = 0,
 * θ = 1, reset 0).
 */
final class LeakyDynamics extends SpikingDynamics {

    private final DoubleUnaryOperator current;
    private final double leakRate;
    private final double rest;
    private final double inputGain;
    private final double threshold;

    LeakyDynamics(DoubleUnaryOperator current, double leakRate, double rest, double inputGain, double threshold,
                  double reset, double refractoryMs) {
        super(new String[] {"V"}, new double[] {rest}, refractoryMs, reset, Double.NaN, true);
        this.current = current;
        this.leakRate = leakRate;
        this.rest = rest;
        this.inputGain = inputGain;
        this.threshold = threshold;
    }

    @Override
    public void derivative(double t, double[] y, double[] dydt) {
        dydt[0] = -leakRate * (y[0] - rest) + inputGain * current.applyAsDouble(t);
    }

    @Override
    public void diagonalJacobian(double t, double[] y, double[] dydt, double[] out) {
        out[0] = -leakRate;
    }

    @Override
    double thresholdGap(double[] y) {
        return y[0] - threshold;
    }

    @Override
    void reset(double[] y) {
        y[0] = resetVoltage;
    }
}

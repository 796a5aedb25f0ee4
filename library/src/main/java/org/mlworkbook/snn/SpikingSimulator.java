package org.mlworkbook.snn;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * The one simulation loop of the single-neuron models: steps a {@link SpikingDynamics} with an {@link Integrator},
 * detects threshold crossings (spike time by linear interpolation inside the step), applies resets and the
 * refractory period (which may end inside a step: the remainder of the step is integrated), and records.
 * A model that resets is reset at the interpolated spike time, not at the end of the step (the step is redone
 * in pieces), so spike intervals carry no error of order dt. At most one spike per step.
 */
final class SpikingSimulator {

    private SpikingSimulator() {
    }

    /** Checks duration and dt (positive, finite, at most 10⁸ steps) and returns the number of steps. */
    static int steps(String method, double durationMs, double dtMs) {
        Integrator.requirePositiveStep(method, dtMs);
        if (!(durationMs > 0) || Double.isInfinite(durationMs)) {
            throw new IllegalArgumentException(method + ": durationMs expected > 0 and finite, got " + durationMs);
        }
        double steps = Math.rint(durationMs / dtMs);
        if (steps > 1e8 || steps < 1) {
            throw new IllegalArgumentException(String.format(
                    "%s: durationMs/dtMs expected between 1 and 1e8 steps, got %s/%s", method, durationMs, dtMs));
        }
        return (int) steps;
    }

    /**
     * Simulates from t = 0 for {@code steps} steps of dt; with {@code record} false only the first and last
     * states are kept (for spike counts and tuning curves).
     */
    static NeuronTrace run(SpikingDynamics model, DoubleUnaryOperator current, int steps, double dt,
                           Integrator integrator, boolean record) {
        String[] names = model.stateNames;
        int dimension = names.length;
        double[] y = model.initialState.clone();
        Integrator.Stepper stepper = integrator.stepper(dimension);
        int samples = record ? steps + 1 : 2;
        double[][] states = new double[dimension][samples];
        double[] times = new double[samples];
        double[] input = new double[samples];
        double[] spikes = new double[16];
        int spikeCount = 0;
        for (int i = 0; i < dimension; i++) {
            states[i][0] = y[i];
        }
        input[0] = current.applyAsDouble(0.0);
        double refractory = model.refractoryMs;
        double[] saved = new double[dimension];
        double refractoryUntil = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < steps; k++) {
            double t = k * dt;
            double tNext = (k + 1) * dt;
            double segmentStart = t;
            boolean spiked = false;
            if (refractoryUntil > t) {
                double until = Math.min(refractoryUntil, tNext);
                stepper.step(model, t, y, until - t);
                y[0] = model.resetVoltage;
                segmentStart = until;
            }
            if (segmentStart < tNext) {
                double gapBefore = model.thresholdGap(y);
                System.arraycopy(y, 0, saved, 0, dimension);
                stepper.step(model, segmentStart, y, tNext - segmentStart);
                double gapAfter = model.thresholdGap(y);
                if (gapBefore < 0 && gapAfter >= 0) {
                    double spikeTime = segmentStart + (tNext - segmentStart) * (-gapBefore) / (gapAfter - gapBefore);
                    if (spikeCount == spikes.length) {
                        spikes = Arrays.copyOf(spikes, 2 * spikeCount);
                    }
                    spikes[spikeCount++] = spikeTime;
                    spiked = true;
                    if (model.resets) {
                        refractoryUntil = resetAt(model, stepper, saved, y, segmentStart, spikeTime, tNext, refractory);
                    }
                }
            }
            if (record) {
                times[k + 1] = tNext;
                input[k + 1] = current.applyAsDouble(tNext);
                for (int i = 0; i < dimension; i++) {
                    states[i][k + 1] = y[i];
                }
                if (spiked && !Double.isNaN(model.spikeMarkVoltage)) {
                    states[0][k + 1] = model.spikeMarkVoltage;
                }
            }
        }
        Map<String, double[]> variables = new LinkedHashMap<>();
        for (int i = 0; i < dimension; i++) {
            variables.put(names[i], states[i]);
        }
        if (!record) {
            times[1] = steps * dt;
            input[1] = current.applyAsDouble(steps * dt);
            for (int i = 0; i < dimension; i++) {
                states[i][1] = y[i];
            }
        }
        return new NeuronTrace(times, states[0], input, variables, Arrays.copyOf(spikes, spikeCount));
    }

    /**
     * Redoes a step in which the neuron spiked so the reset happens at the spike time t_s rather than at the end
     * of the step: from the saved state integrate to t_s, reset, hold V at the reset value while refractory (up to
     * t_s + t_ref or the end of the step), and integrate freely for the rest of the step. Returns t_s + t_ref.
     */
    private static double resetAt(SpikingDynamics model, Integrator.Stepper stepper, double[] saved, double[] y,
                                  double segmentStart, double spikeTime, double tNext, double refractory) {
        System.arraycopy(saved, 0, y, 0, y.length);
        if (spikeTime > segmentStart) {
            stepper.step(model, segmentStart, y, spikeTime - segmentStart);
        }
        model.reset(y);
        double refractoryUntil = spikeTime + refractory;
        double until = Math.min(refractoryUntil, tNext);
        if (until > spikeTime) {
            stepper.step(model, spikeTime, y, until - spikeTime);
            y[0] = model.resetVoltage;
        }
        double from = Math.max(until, spikeTime);
        if (from < tNext) {
            stepper.step(model, from, y, tNext - from);
        }
        return refractoryUntil;
    }
}

package org.mlworkbook.snn;

/**
 * The solution of an {@link OdeSystem} sampled on a fixed grid: {@code states[k]} is y(tₖ) at
 * {@code timesMs[k]} = t₀ + k·dt. Made by {@link Integrator#solve}; the arrays are the record's own (copied in).
 *
 * @param timesMs the sample times t₀, t₀ + dt, …, ms
 * @param states  one row per time, one column per state variable
 */
public record Trajectory(double[] timesMs, double[][] states) {

    /**
     * Copies the arrays and checks that there is one state per time.
     *
     * @throws IllegalArgumentException if the lengths differ
     */
    public Trajectory {
        if (timesMs.length != states.length) {
            throw new IllegalArgumentException("Trajectory: states expected one row per time (" + timesMs.length
                    + "), got " + states.length);
        }
        timesMs = timesMs.clone();
        double[][] copy = new double[states.length][];
        for (int k = 0; k < states.length; k++) {
            copy[k] = states[k].clone();
        }
        states = copy;
    }

    /**
     * One state variable over time: yᵢ(t₀), yᵢ(t₁), ….
     *
     * @param index the state variable, 0 ≤ index &lt; dimension
     * @return a new array, one value per time
     * @throws IllegalArgumentException if index is out of range
     */
    public double[] component(int index) {
        int dimension = states.length == 0 ? 0 : states[0].length;
        if (index < 0 || index >= dimension) {
            throw new IllegalArgumentException("component: index expected in [0, " + dimension + "), got " + index);
        }
        double[] values = new double[states.length];
        for (int k = 0; k < states.length; k++) {
            values[k] = states[k][index];
        }
        return values;
    }
}

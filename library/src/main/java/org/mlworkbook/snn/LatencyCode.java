package org.mlworkbook.snn;

/**
 * Temporal (latency) coding: a value x ∈ (0, 1] fires one spike at t = T_max (1 − x), so the largest input fires
 * first; x = 0 fires no spike. Decoding inverts it: x̂ = 1 − t/T_max (0 for a silent train).
 *
 * @param maxLatency T_max in ms, &gt; 0 (each train lasts T_max)
 */
public record LatencyCode(double maxLatency) {

    /** Checks the argument. @throws IllegalArgumentException if T_max ≤ 0 */
    public LatencyCode {
        SpikeArgs.positive("LatencyCode", "maxLatency", maxLatency);
    }

    /**
     * One train per value with a single spike at T_max(1 − xᵢ), none for xᵢ = 0.
     *
     * @param values xᵢ in [0, 1]. Not modified.
     * @throws IllegalArgumentException if a value is outside [0, 1] or NaN
     */
    public SpikeTrain[] encode(double[] values) {
        SpikeTrain[] trains = new SpikeTrain[RateCode.unitValues("encode", values).length];
        for (int i = 0; i < values.length; i++) {
            trains[i] = values[i] == 0 ? SpikeTrain.of(maxLatency)
                    : SpikeTrain.of(maxLatency, Math.min(maxLatency * (1 - values[i]), Math.nextDown(maxLatency)));
        }
        return trains;
    }

    /** x̂ᵢ = 1 − t₁/T_max from the first spike of each train, 0 if it is silent. */
    public double[] decode(SpikeTrain[] trains) {
        double[] x = new double[trains.length];
        for (int i = 0; i < trains.length; i++) {
            x[i] = trains[i].count() == 0 ? 0 : 1 - trains[i].times()[0] / maxLatency;
        }
        return x;
    }

    /** The order in which the inputs fire: indices sorted by latency (silent trains last). */
    public int[] firingOrder(SpikeTrain[] trains) {
        return java.util.stream.IntStream.range(0, trains.length).boxed()
                .sorted(java.util.Comparator.comparingDouble(i -> trains[i].count() == 0 ? Double.POSITIVE_INFINITY
                        : trains[i].times()[0]))
                .mapToInt(Integer::intValue).toArray();
    }
}

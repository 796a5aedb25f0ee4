package org.mlworkbook.nn;

import org.mlworkbook.model.ModelInputs;

/**
 * Reduce on plateau (notes 001: "lower it when training reaches a plateau"): when the monitored loss has not gone
 * below its best for {@code patience} epochs in a row, κ ← max(factor·κ, minRate), and the count starts again.
 * An epoch improves when its loss is strictly below the best so far. Unlike PyTorch's ReduceLROnPlateau (which
 * waits for patience + 1 bad epochs and has a relative threshold), this reduces at the patience-th bad epoch, as
 * Keras does. The schedule keeps the best loss and the count; at epoch 1 it starts over, so one object can serve
 * several fits (not at once). The rate never drops below minRate (and is never raised to it).
 */
public final class ReduceOnPlateau implements Schedule {

    private final double factor;
    private final int patience;
    private final double minRate;
    private double best = Double.POSITIVE_INFINITY;
    private int badEpochs;

    /**
     * @param factor   the multiplier ∈ (0, 1), e.g. 0.1 or 0.5
     * @param patience epochs without improvement before a reduction, ≥ 1
     * @param minRate  the floor for κ, finite ≥ 0
     * @throws IllegalArgumentException if an argument is outside its range
     */
    public ReduceOnPlateau(double factor, int patience, double minRate) {
        this.factor = ModelInputs.requireFraction("ReduceOnPlateau", "factor", factor);
        this.patience = ModelInputs.requireAtLeastOne("ReduceOnPlateau", "patience", patience);
        this.minRate = ModelInputs.requireNonNegative("ReduceOnPlateau", "minRate", minRate);
    }

    /**
     * If monitored &lt; best: best ← monitored and the count of bad epochs is 0; else the count grows by one and,
     * when it reaches patience, κ ← min(κ, max(factor·κ, minRate)) and the count is 0 again.
     *
     * @throws IllegalArgumentException also if monitored is not finite
     */
    @Override
    public double learningRate(int epoch, double current, double monitored) {
        Schedules.requireEpochAndRate("ReduceOnPlateau", epoch, current);
        if (!Double.isFinite(monitored)) {
            throw new IllegalArgumentException("ReduceOnPlateau.learningRate: monitored expected a finite loss, got "
                    + monitored);
        }
        if (epoch == 1) {
            best = Double.POSITIVE_INFINITY;
            badEpochs = 0;
        }
        if (monitored < best) {
            best = monitored;
            badEpochs = 0;
            return current;
        }
        if (++badEpochs < patience) {
            return current;
        }
        badEpochs = 0;
        return Math.min(current, Math.max(factor * current, minRate));
    }

    /** @return the multiplier */
    public double factor() {
        return factor;
    }

    /** @return the number of epochs without improvement before a reduction */
    public int patience() {
        return patience;
    }

    /** @return the floor for κ */
    public double minRate() {
        return minRate;
    }

    /** @return {@code ReduceOnPlateau(factor=…, patience=…, minRate=…)} */
    @Override
    public String toString() {
        return "ReduceOnPlateau(factor=" + factor + ", patience=" + patience + ", minRate=" + minRate + ")";
    }
}

package org.mlworkbook.nn;

import org.mlworkbook.model.ModelInputs;

/**
 * Exponential decay (notes 001: κ = κ₀ e^{−αt}): κ ← γκ after every epoch, so κ_t = κ₀ γᵗ with γ = e^{−α}
 * (PyTorch's ExponentialLR). Use {@link #ofRate(double)} to give α instead of γ.
 *
 * @param gamma γ ∈ (0, 1), the factor per epoch
 */
public record ExponentialDecay(double gamma) implements Schedule {

    /**
     * @param gamma γ ∈ (0, 1)
     * @throws IllegalArgumentException if γ is not in (0, 1)
     */
    public ExponentialDecay {
        ModelInputs.requireFraction("ExponentialDecay", "gamma", gamma);
    }

    /**
     * The notes' form κ_t = κ₀ e^{−αt}: γ = e^{−α}.
     *
     * @param alpha α, finite &gt; 0
     * @return the schedule with γ = e^{−α}
     * @throws IllegalArgumentException if α is not finite &gt; 0
     */
    public static ExponentialDecay ofRate(double alpha) {
        ModelInputs.requirePositive("ExponentialDecay.ofRate", "alpha", alpha);
        return new ExponentialDecay(Math.exp(-alpha));
    }

    /** @return γκ; epoch only checked, monitored ignored */
    @Override
    public double learningRate(int epoch, double current, double monitored) {
        Schedules.requireEpochAndRate("ExponentialDecay", epoch, current);
        return gamma * current;
    }
}

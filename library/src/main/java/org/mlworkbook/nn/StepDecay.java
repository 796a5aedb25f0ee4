package org.mlworkbook.nn;

import org.mlworkbook.model.ModelInputs;

/**
 * Step decay (notes 001: "every n epochs multiply by λ &lt; 1"): κ ← γκ after every {@code stepSize}-th epoch,
 * so from κ₀ the rate in epoch e + 1 is κ₀ γ^⌊e/n⌋ (PyTorch's StepLR).
 *
 * @param stepSize n, the number of epochs between reductions, ≥ 1
 * @param gamma    γ ∈ (0, 1), the factor
 */
public record StepDecay(int stepSize, double gamma) implements Schedule {

    /**
     * @param stepSize n, ≥ 1
     * @param gamma    γ ∈ (0, 1)
     * @throws IllegalArgumentException if stepSize &lt; 1 or γ is not in (0, 1)
     */
    public StepDecay {
        ModelInputs.requireAtLeastOne("StepDecay", "stepSize", stepSize);
        ModelInputs.requireFraction("StepDecay", "gamma", gamma);
    }

    /** @return γκ if epoch is a multiple of n, else κ; monitored is ignored */
    @Override
    public double learningRate(int epoch, double current, double monitored) {
        Schedules.requireEpochAndRate("StepDecay", epoch, current);
        return epoch % stepSize == 0 ? gamma * current : current;
    }
}

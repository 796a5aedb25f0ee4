package org.mlworkbook.nn;

/**
 * Learning-rate annealing (notes 001): how κ changes between epochs, e.g. ×γ every n epochs ({@link StepDecay}),
 * κ_t = κ₀ e^{−αt} ({@link ExponentialDecay}), or lower when the validation loss reaches a plateau
 * ({@link ReduceOnPlateau}). The Trainer calls it after each epoch with the loss it monitors (validation loss if
 * there is a validation set, else training loss) and sets the optimiser's rate to the result.
 *
 * <pre>{@code
 * trainer.schedule(new StepDecay(10, 0.5));   // halve κ every 10 epochs
 * }</pre>
 */
public interface Schedule {

    /**
     * The learning rate for the next epoch.
     *
     * @param epoch     the number of epochs finished, 1 after the first
     * @param current   κ used in that epoch, finite &gt; 0
     * @param monitored the loss after that epoch (schedules that do not look at it ignore it)
     * @return κ for the next epoch, finite &gt; 0
     * @throws IllegalArgumentException if epoch &lt; 1 or current is not finite &gt; 0 (or, for schedules that use it,
     *                                  monitored is not finite)
     */
    double learningRate(int epoch, double current, double monitored);
}

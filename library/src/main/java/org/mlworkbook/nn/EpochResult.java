package org.mlworkbook.nn;

/**
 * What one epoch of {@link Trainer#fit} measured: one row of its history table. Values that were not measured
 * (no validation set, accuracy not asked for) are NaN.
 *
 * @param epoch              the epoch, 1 … epochs
 * @param trainLoss          the mean training loss over the epoch's batches, each weighted by its rows:
 *                           (1/n) Σ_b |b| L_b, measured while the weights change (as Keras and scikit-learn report it)
 * @param validationLoss     the loss on the validation set after the epoch, in eval mode; NaN without validation
 * @param trainAccuracy      the fraction of training rows classified right during the epoch; NaN unless asked for
 * @param validationAccuracy the fraction of validation rows classified right after the epoch; NaN unless asked for
 * @param learningRate       the learning rate used during the epoch (before the schedule changed it)
 * @param seconds            the wall-clock time of the epoch, validation included
 */
public record EpochResult(int epoch, double trainLoss, double validationLoss, double trainAccuracy,
                          double validationAccuracy, double learningRate, double seconds) {

    /**
     * @return the loss early stopping and schedules watch: the validation loss if there is one, else the training
     *         loss
     */
    public double monitoredLoss() {
        return Double.isNaN(validationLoss) ? trainLoss : validationLoss;
    }
}

package org.mlworkbook.model;

import java.util.Arrays;
import java.util.Locale;

/**
 * The scores of K-fold cross-validation, one per fold: {@code validation[f]} on the rows of fold f by the model
 * fitted on the other K − 1 folds, and {@code train[f]} of the same model on its own training rows. The mean of
 * the validation scores estimates how well the model does on new data; a large gap between the train and
 * validation means is the sign of over-fitting. The arrays are copied in and out.
 *
 * @param train      K training scores
 * @param validation K validation scores
 */
public record FoldScores(double[] train, double[] validation) {

    /**
     * Copies the arrays.
     *
     * @throws IllegalArgumentException if an array is null or empty or the lengths differ
     */
    public FoldScores {
        if (train == null || validation == null || validation.length == 0 || train.length != validation.length) {
            throw new IllegalArgumentException(String.format(
                    "FoldScores: train and validation expected the same number (>= 1) of scores, got %s and %s",
                    train == null ? "null" : "[" + train.length + "]", validation == null ? "null" : "[" + validation.length + "]"));
        }
        train = train.clone();
        validation = validation.clone();
    }

    /** @return a copy of the training scores, one per fold */
    @Override
    public double[] train() {
        return train.clone();
    }

    /** @return a copy of the validation scores, one per fold */
    @Override
    public double[] validation() {
        return validation.clone();
    }

    /** @return the mean validation score, (1/K) Σ_f validation[f] */
    public double mean() {
        return mean(validation);
    }

    /** @return the population standard deviation of the validation scores, √((1/K) Σ_f (s_f − s̄)²) */
    public double std() {
        return std(validation);
    }

    /** @return the mean training score */
    public double trainMean() {
        return mean(train);
    }

    /** @return the population standard deviation of the training scores */
    public double trainStd() {
        return std(train);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static double std(double[] values) {
        double mean = mean(values);
        double sum = 0;
        for (double v : values) {
            sum += (v - mean) * (v - mean);
        }
        return Math.sqrt(sum / values.length);
    }

    /** Equal when both arrays are equal by content. */
    @Override
    public boolean equals(Object other) {
        return other instanceof FoldScores that && Arrays.equals(train, that.train)
                && Arrays.equals(validation, that.validation);
    }

    /** @return a hash of the arrays' contents */
    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(train) + Arrays.hashCode(validation);
    }

    /** @return e.g. {@code FoldScores(5 folds, validation 0.9733 ± 0.0121, train 0.9852 ± 0.0030)} */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "FoldScores(%d folds, validation %.4f ± %.4f, train %.4f ± %.4f)",
                validation.length, mean(), std(), trainMean(), trainStd());
    }
}

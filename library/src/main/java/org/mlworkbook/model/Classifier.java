package org.mlworkbook.model;

import org.mlworkbook.metrics.Classification;
import org.mlworkbook.tensor.Tensor;

/**
 * A model that learns class labels 0 … k−1 from the rows of a feature matrix, as scikit-learn's classifiers:
 * {@code fit} learns, {@code predict} answers, {@code predictProba} gives P(y = c | x) per class and
 * {@code score} is the accuracy.
 *
 * <p>Contract for every implementation: {@code fit} checks its input (an n×d matrix of finite values, n labels
 * ≥ 0) and returns {@code this}; {@code predict}/{@code predictProba} before {@code fit} throw
 * {@link IllegalStateException}, and with another number of columns than at {@code fit} throw
 * {@link IllegalArgumentException} naming both.
 */
public interface Classifier {

    /**
     * Learns from training data; a second call starts afresh.
     *
     * @param x n×d features, finite, n ≥ 1. Not modified.
     * @param y n labels in 0 … k−1. Not modified.
     * @return this classifier, fitted
     * @throws IllegalArgumentException on shape mismatch, non-finite values or negative labels
     */
    Classifier fit(Tensor x, int[] y);

    /**
     * @param x m×d features, d as at fit. Not modified.
     * @return m predicted labels
     * @throws IllegalStateException before fit
     */
    int[] predict(Tensor x);

    /**
     * @param x m×d features, d as at fit. Not modified.
     * @return m×k probabilities, each row summing to 1, column c for class c
     * @throws IllegalStateException before fit
     */
    Tensor predictProba(Tensor x);

    /**
     * Accuracy of {@link #predict} on labelled data: (1/m) Σᵢ [ŷᵢ = yᵢ].
     *
     * @param x m×d features. Not modified.
     * @param y m true labels. Not modified.
     * @return the fraction of correct predictions
     */
    default double score(Tensor x, int[] y) {
        return Classification.accuracy(y, predict(x));
    }
}

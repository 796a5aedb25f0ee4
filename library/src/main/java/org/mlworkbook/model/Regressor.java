package org.mlworkbook.model;

import org.mlworkbook.metrics.Regression;
import org.mlworkbook.tensor.Tensor;

/**
 * A model that learns a real-valued target from the rows of a feature matrix, as scikit-learn's regressors:
 * {@code fit} learns, {@code predict} answers, {@code score} is R².
 *
 * <p>Contract for every implementation: {@code fit} checks its input (an n×d matrix and n targets, all finite)
 * and returns {@code this}; {@code predict} before {@code fit} throws {@link IllegalStateException}, and with
 * another number of columns than at {@code fit} throws {@link IllegalArgumentException} naming both.
 */
public interface Regressor {

    /**
     * Learns from training data; a second call starts afresh.
     *
     * @param x n×d features, finite, n ≥ 1. Not modified.
     * @param y n finite targets. Not modified.
     * @return this regressor, fitted
     * @throws IllegalArgumentException on shape mismatch or non-finite values
     */
    Regressor fit(Tensor x, double[] y);

    /**
     * @param x m×d features, d as at fit. Not modified.
     * @return m predictions
     * @throws IllegalStateException before fit
     */
    double[] predict(Tensor x);

    /**
     * The coefficient of determination of {@link #predict}: R² = 1 − Σ(yᵢ − ŷᵢ)² / Σ(yᵢ − ȳ)².
     *
     * @param x m×d features. Not modified.
     * @param y m true targets. Not modified.
     * @return R², 1 for a perfect fit, 0 for predicting the mean
     */
    default double score(Tensor x, double[] y) {
        return Regression.r2(y, predict(x));
    }
}

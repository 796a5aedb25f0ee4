package org.mlworkbook.model;

import org.mlworkbook.tensor.Tensor;

/**
 * A step that learns a mapping of feature matrices from training rows and applies it to any rows, as
 * scikit-learn's transformers (scalers, encoders). Fit on the training part only, then transform training,
 * validation and test parts with what was learned: fitting on all rows leaks test information into training.
 */
public interface Transformer {

    /**
     * Learns the mapping; a second call starts afresh.
     *
     * @param x n×d training features, finite, n ≥ 1. Not modified.
     * @return this transformer, fitted
     * @throws IllegalArgumentException on an empty or non-finite matrix
     */
    Transformer fit(Tensor x);

    /**
     * @param x m×d features, d as at fit. Not modified.
     * @return a new, transformed matrix
     * @throws IllegalStateException before fit
     */
    Tensor transform(Tensor x);

    /**
     * {@code fit(x)} then {@code transform(x)}.
     *
     * @param x n×d training features. Not modified.
     * @return the transformed training features
     */
    default Tensor fitTransform(Tensor x) {
        return fit(x).transform(x);
    }
}

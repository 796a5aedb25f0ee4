package org.mlworkbook.neighbors;

import org.mlworkbook.model.ModelInputs;
import org.mlworkbook.tensor.Tensor;

/**
 * What {@link KNeighborsClassifier} and {@link KNeighborsRegressor} share: the hyperparameters k, distance and
 * weights (checked once, here), the training rows once fitted, and the neighbour search with its checks.
 */
final class NeighborSearch {

    private final int k;
    private final Distance distance;
    private final Weights weights;
    private NeighborIndex index;

    NeighborSearch(String model, int k, Distance distance, Weights weights) {
        if (k < 1) {
            throw new IllegalArgumentException(model + ": k expected >= 1, got " + k);
        }
        if (distance == null) {
            throw new IllegalArgumentException(model + ": distance expected a Distance (e.g. Distance.EUCLIDEAN), got null");
        }
        if (weights == null) {
            throw new IllegalArgumentException(model + ": weights expected UNIFORM or DISTANCE, got null");
        }
        this.k = k;
        this.distance = distance;
        this.weights = weights;
    }

    int k() {
        return k;
    }

    Distance distance() {
        return distance;
    }

    Weights weights() {
        return weights;
    }

    /** Checks x (and that y has one entry per row and k ≤ n) and stores the training rows. */
    void fit(Tensor x, int yLength) {
        ModelInputs.requireMatrix("fit", "x", x);
        Inputs.requireRows("fit", x, "y", yLength);
        if (k > x.rows()) {
            throw new IllegalArgumentException(String.format("fit: k expected <= n = %d training rows, got k = %d",
                    x.rows(), k));
        }
        index = new NeighborIndex(x, distance);
    }

    /** The k nearest training rows of each row of x (k given). */
    Neighbors kneighbors(String method, Tensor x, int numNeighbors) {
        NeighborIndex fitted = fitted(method);
        Inputs.requireColumns(method, "x", x, fitted.numFeatures(), "as at fit");
        Inputs.requireK(method, numNeighbors, fitted.size());
        return fitted.search(x, numNeighbors);
    }

    /** The model's k nearest training rows of each row of x. */
    Neighbors kneighbors(String method, Tensor x) {
        return kneighbors(method, x, k);
    }

    private NeighborIndex fitted(String method) {
        if (index == null) {
            throw new IllegalStateException(method + ": called before fit(x, y)");
        }
        return index;
    }

    /** @return e.g. "k=5, distance=euclidean, weights=UNIFORM" */
    @Override
    public String toString() {
        return "k=" + k + ", distance=" + distance + ", weights=" + weights;
    }
}

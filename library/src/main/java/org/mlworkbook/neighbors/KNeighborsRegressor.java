package org.mlworkbook.neighbors;

import org.mlworkbook.model.Regressor;
import org.mlworkbook.tensor.Tensor;

/**
 * k-nearest-neighbours regression: a query x gets the (weighted) mean target of its k nearest training rows,
 * ŷ(x) = Σ_{i ∈ N_k(x)} wᵢ yᵢ / Σ_{i ∈ N_k(x)} wᵢ, with wᵢ = 1 (plain mean) or wᵢ = 1/dᵢ
 * ({@link Weights#DISTANCE}). The prediction is a step function of x: it changes only where the set of
 * neighbours does. Neighbours at equal distance: the lower training index is nearer.
 *
 * @see KNeighborsClassifier
 * @see "notebooks/03-k-nearest-neighbours.ipynb"
 */
public final class KNeighborsRegressor implements Regressor {

    private final NeighborSearch search;
    private double[] targets;

    /**
     * The plain mean of the k nearest neighbours by Euclidean distance.
     *
     * @param k the number of neighbours, ≥ 1
     * @throws IllegalArgumentException if k &lt; 1
     */
    public KNeighborsRegressor(int k) {
        this(k, Distance.EUCLIDEAN, Weights.UNIFORM);
    }

    /**
     * @param k        the number of neighbours, ≥ 1
     * @param distance e.g. {@link Distance#EUCLIDEAN}
     * @param weights  {@link Weights#UNIFORM} (mean) or {@link Weights#DISTANCE} (weights 1/dᵢ)
     * @throws IllegalArgumentException if k &lt; 1 or an argument is null
     */
    public KNeighborsRegressor(int k, Distance distance, Weights weights) {
        search = new NeighborSearch("KNeighborsRegressor", k, distance, weights);
    }

    /**
     * Stores the training rows and targets (a copy).
     *
     * @param x n×d training features, finite, n ≥ k. Not modified.
     * @param y n finite targets. Not modified.
     * @return this regressor, fitted
     * @throws IllegalArgumentException if x is not a non-empty finite matrix, y's length is not n, a target is
     *                                  not finite, or k &gt; n
     */
    @Override
    public KNeighborsRegressor fit(Tensor x, double[] y) {
        if (y == null) {
            throw new IllegalArgumentException("fit: y expected one target per row, got null");
        }
        search.fit(x, y.length);
        for (int i = 0; i < y.length; i++) {
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException("fit: y expected finite values, got " + y[i] + " at index " + i);
            }
        }
        targets = y.clone();
        return this;
    }

    /**
     * ŷ = Σ wᵢ yᵢ / Σ wᵢ over the k nearest neighbours.
     *
     * @param x m×d features, d as at fit, finite. Not modified.
     * @return m predictions
     * @throws IllegalStateException    before fit
     * @throws IllegalArgumentException if x is not a finite m×d matrix
     */
    @Override
    public double[] predict(Tensor x) {
        Neighbors neighbors = search.kneighbors("predict", x);
        int[][] indices = neighbors.indices();
        double[][] distances = neighbors.distances();
        double[] predicted = new double[indices.length];
        for (int i = 0; i < indices.length; i++) {
            double[] w = search.weights().of(distances[i]);
            double sum = 0;
            double total = 0;
            for (int c = 0; c < w.length; c++) {
                sum += w[c] * targets[indices[i][c]];
                total += w[c];
            }
            predicted[i] = sum / total;
        }
        return predicted;
    }

    /**
     * The k nearest training rows of each query, nearest first (equal distances: lower training index first).
     *
     * @param x m×d queries, d as at fit, finite. Not modified.
     * @param k the number of neighbours, 1 … n
     * @return their training-row indices and distances
     * @throws IllegalStateException    before fit
     * @throws IllegalArgumentException if x is not a finite m×d matrix or k is not in 1 … n
     */
    public Neighbors kneighbors(Tensor x, int k) {
        return search.kneighbors("kneighbors", x, k);
    }

    /** @return the number of neighbours k */
    public int k() {
        return search.k();
    }

    /** @return e.g. {@code KNeighborsRegressor(k=5, distance=euclidean, weights=UNIFORM)} */
    @Override
    public String toString() {
        return "KNeighborsRegressor(" + search + ")";
    }
}

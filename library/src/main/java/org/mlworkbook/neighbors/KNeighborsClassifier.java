package org.mlworkbook.neighbors;

import org.mlworkbook.model.Classifier;
import org.mlworkbook.tensor.Tensor;

/**
 * k-nearest-neighbours classification: a query x gets the class with the largest vote among its k nearest
 * training rows N_k(x), vote_c(x) = Σ_{i ∈ N_k(x)} wᵢ·[yᵢ = c], with wᵢ = 1 (majority vote) or wᵢ = 1/dᵢ
 * ({@link Weights#DISTANCE}). {@code fit} only stores the training rows; all the work happens in {@code predict}
 * (brute force, see {@link Distance#pairwise}).
 *
 * <p>Ties are broken deterministically: among neighbours at equal distance the lower training index is nearer;
 * among classes with equal votes the smallest label wins. Pitfall: the distance sees raw units, so standardise
 * the features first (a feature in metres outweighs one in kilometres).
 *
 * @see "notebooks/03-k-nearest-neighbours.ipynb"
 */
public final class KNeighborsClassifier implements Classifier {

    private final NeighborSearch search;
    private int[] labels;
    private int numClasses;

    /**
     * Majority vote of the k nearest neighbours by Euclidean distance.
     *
     * @param k the number of neighbours, ≥ 1
     * @throws IllegalArgumentException if k &lt; 1
     */
    public KNeighborsClassifier(int k) {
        this(k, Distance.EUCLIDEAN, Weights.UNIFORM);
    }

    /**
     * Majority vote of the k nearest neighbours by the given distance.
     *
     * @param k        the number of neighbours, ≥ 1
     * @param distance e.g. {@link Distance#MANHATTAN}
     * @throws IllegalArgumentException if k &lt; 1 or distance is null
     */
    public KNeighborsClassifier(int k, Distance distance) {
        this(k, distance, Weights.UNIFORM);
    }

    /**
     * @param k        the number of neighbours, ≥ 1
     * @param distance e.g. {@link Distance#EUCLIDEAN}
     * @param weights  {@link Weights#UNIFORM} (majority vote) or {@link Weights#DISTANCE} (votes 1/dᵢ)
     * @throws IllegalArgumentException if k &lt; 1 or an argument is null
     */
    public KNeighborsClassifier(int k, Distance distance, Weights weights) {
        search = new NeighborSearch("KNeighborsClassifier", k, distance, weights);
    }

    /**
     * Stores the training rows and labels (a copy); K = max yᵢ + 1 classes.
     *
     * @param x n×d training features, finite, n ≥ k. Not modified.
     * @param y n labels ≥ 0. Not modified.
     * @return this classifier, fitted
     * @throws IllegalArgumentException if x is not a non-empty finite matrix, y's length is not n, a label is
     *                                  negative, or k &gt; n
     */
    @Override
    public KNeighborsClassifier fit(Tensor x, int[] y) {
        if (y == null) {
            throw new IllegalArgumentException("fit: y expected one label per row, got null");
        }
        search.fit(x, y.length);
        int max = 0;
        for (int i = 0; i < y.length; i++) {
            if (y[i] < 0) {
                throw new IllegalArgumentException("fit: y expected labels >= 0, got " + y[i] + " at index " + i);
            }
            max = Math.max(max, y[i]);
        }
        labels = y.clone();
        numClasses = max + 1;
        return this;
    }

    /**
     * The class with the largest vote, ŷ = argmax_c vote_c(x); on a tie the smallest such c.
     *
     * @param x m×d features, d as at fit, finite. Not modified.
     * @return m labels
     * @throws IllegalStateException    before fit
     * @throws IllegalArgumentException if x is not a finite m×d matrix
     */
    @Override
    public int[] predict(Tensor x) {
        double[][] votes = votes("predict", x);
        int[] predicted = new int[votes.length];
        for (int i = 0; i < votes.length; i++) {
            int best = 0;
            for (int c = 1; c < numClasses; c++) {
                if (votes[i][c] > votes[i][best]) {
                    best = c;
                }
            }
            predicted[i] = best;
        }
        return predicted;
    }

    /**
     * The vote fractions P(y = c | x) = vote_c(x) / Σ_c' vote_c'(x); with uniform weights the share of the k
     * neighbours in class c.
     *
     * @param x m×d features, d as at fit, finite. Not modified.
     * @return a new m×K tensor, rows summing to 1
     * @throws IllegalStateException    before fit
     * @throws IllegalArgumentException if x is not a finite m×d matrix
     */
    @Override
    public Tensor predictProba(Tensor x) {
        double[][] votes = votes("predictProba", x);
        double[] p = new double[votes.length * numClasses];
        for (int i = 0; i < votes.length; i++) {
            double total = 0;
            for (double v : votes[i]) {
                total += v;
            }
            for (int c = 0; c < numClasses; c++) {
                p[i * numClasses + c] = votes[i][c] / total;
            }
        }
        return Tensor.wrap(p, votes.length, numClasses);
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

    /** @return the distance */
    public Distance distance() {
        return search.distance();
    }

    /** @return the neighbour weights */
    public Weights weights() {
        return search.weights();
    }

    /** vote_c(x) for every query and class. */
    private double[][] votes(String method, Tensor x) {
        Neighbors neighbors = search.kneighbors(method, x);
        int[][] indices = neighbors.indices();
        double[][] distances = neighbors.distances();
        double[][] votes = new double[indices.length][numClasses];
        for (int i = 0; i < indices.length; i++) {
            double[] w = search.weights().of(distances[i]);
            for (int c = 0; c < w.length; c++) {
                votes[i][labels[indices[i][c]]] += w[c];
            }
        }
        return votes;
    }

    /** @return e.g. {@code KNeighborsClassifier(k=5, distance=euclidean, weights=UNIFORM)} */
    @Override
    public String toString() {
        return "KNeighborsClassifier(" + search + ")";
    }
}

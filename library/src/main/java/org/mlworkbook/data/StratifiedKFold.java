package org.mlworkbook.data;

import java.util.List;
import org.mlworkbook.math.Rng;

/**
 * K-fold cross-validation that keeps the class proportions: the rows of each class are shuffled and dealt to the
 * folds in turn, like cards, so fold f gets ⌊cₖ/K⌋ or ⌈cₖ/K⌉ rows of class k (with cₖ rows), and the fold sizes
 * differ by at most one. Dealing continues across classes where the previous class stopped. Use it for
 * classification; with a class of fewer than K rows some folds test without that class.
 *
 * @see KFold
 * @see "notebooks/02-learning-and-data.ipynb"
 */
public final class StratifiedKFold {

    private final int k;
    private final long seed;

    /**
     * @param k    the number of folds, ≥ 2
     * @param seed the seed of the shuffle
     * @throws IllegalArgumentException if k &lt; 2
     */
    public StratifiedKFold(int k, long seed) {
        KFold.requireK(k);
        this.k = k;
        this.seed = seed;
    }

    /**
     * The K splits of the rows with these labels.
     *
     * @param labels yᵢ ≥ 0, one per row, at least k rows. Not modified.
     * @return K folds
     * @throws IllegalArgumentException if labels is empty, has a negative label, or has fewer than k rows
     */
    public List<Fold> split(int[] labels) {
        Validation.requireLabels("split", labels);
        KFold.requireRows(k, labels.length);
        int numClasses = 0;
        for (int label : labels) {
            numClasses = Math.max(numClasses, label + 1);
        }
        int[] order = new Rng(seed).permutation(labels.length);
        int[] assignment = new int[labels.length];
        int next = 0;
        for (int c = 0; c < numClasses; c++) {
            for (int index : order) {
                if (labels[index] == c) {
                    assignment[index] = next;
                    next = (next + 1) % k;
                }
            }
        }
        return KFold.folds(assignment, k);
    }

    /** @return e.g. {@code StratifiedKFold(k=5, seed=42)} */
    @Override
    public String toString() {
        return "StratifiedKFold(k=" + k + ", seed=" + seed + ")";
    }
}

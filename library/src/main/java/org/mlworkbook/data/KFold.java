package org.mlworkbook.data;

import java.util.ArrayList;
import java.util.List;
import org.mlworkbook.math.Rng;

/**
 * K-fold cross-validation: the n rows are cut into K folds of ⌊n/K⌋ or ⌈n/K⌉ rows (the first n mod K folds get
 * one more); split k tests on fold k and trains on the other K−1. Every row is tested exactly once, so the K test
 * scores together use all the data. Without shuffling the folds are consecutive blocks of rows, which goes wrong
 * when the rows are sorted (by class, say): shuffle unless the order matters, as it does for time series.
 *
 * @see StratifiedKFold
 * @see "notebooks/02-learning-and-data.ipynb"
 */
public final class KFold {

    private final int k;
    private final boolean shuffle;
    private final long seed;

    /**
     * @param k       the number of folds, ≥ 2
     * @param shuffle shuffle the rows (with {@code seed}) before cutting them into folds
     * @param seed    the seed of the shuffle (unused without shuffling)
     * @throws IllegalArgumentException if k &lt; 2
     */
    public KFold(int k, boolean shuffle, long seed) {
        requireK(k);
        this.k = k;
        this.shuffle = shuffle;
        this.seed = seed;
    }

    /**
     * The K splits of rows 0 … n−1.
     *
     * @param n the number of rows, ≥ k
     * @return K folds; fold k's test rows are the k-th block of the (shuffled) rows
     * @throws IllegalArgumentException if n &lt; k
     */
    public List<Fold> split(int n) {
        requireRows(k, n);
        int[] order = shuffle ? new Rng(seed).permutation(n) : identity(n);
        int[] assignment = new int[n];
        int position = 0;
        for (int fold = 0; fold < k; fold++) {
            int size = n / k + (fold < n % k ? 1 : 0);
            for (int i = 0; i < size; i++) {
                assignment[order[position++]] = fold;
            }
        }
        return folds(assignment, k);
    }

    /** @return e.g. {@code KFold(k=5, shuffle=true, seed=42)} */
    @Override
    public String toString() {
        return "KFold(k=" + k + ", shuffle=" + shuffle + ", seed=" + seed + ")";
    }

    /** @throws IllegalArgumentException if k &lt; 2 */
    static void requireK(int k) {
        if (k < 2) {
            throw new IllegalArgumentException("KFold: k expected >= 2 folds, got " + k);
        }
    }

    /** @throws IllegalArgumentException if there are fewer rows than folds */
    static void requireRows(int k, int n) {
        if (n < k) {
            throw new IllegalArgumentException(String.format(
                    "split: k expected <= n = %d rows, got k = %d", n, k));
        }
    }

    /** The folds of an assignment: fold f tests on the rows i with assignment[i] = f and trains on the others. */
    static List<Fold> folds(int[] assignment, int k) {
        int[] testSizes = new int[k];
        for (int fold : assignment) {
            testSizes[fold]++;
        }
        List<Fold> folds = new ArrayList<>();
        for (int fold = 0; fold < k; fold++) {
            int[] test = new int[testSizes[fold]];
            int[] train = new int[assignment.length - testSizes[fold]];
            int t = 0;
            int r = 0;
            for (int i = 0; i < assignment.length; i++) {
                if (assignment[i] == fold) {
                    test[t++] = i;
                } else {
                    train[r++] = i;
                }
            }
            folds.add(new Fold(fold, train, test));
        }
        return List.copyOf(folds);
    }

    private static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }
}

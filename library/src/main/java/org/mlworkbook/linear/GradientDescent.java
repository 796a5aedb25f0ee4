package org.mlworkbook.linear;

import java.util.Locale;
import org.mlworkbook.math.Rng;
import org.mlworkbook.model.ModelInputs;

/**
 * The settings of (mini-batch) gradient descent: every epoch visits all n rows once, in batches of
 * {@code batchSize} rows, and after each batch B takes one step θ ← θ − η·∇L_B(θ) with the learning rate η.
 * A batch at least as large as n is the whole data set (batch gradient descent, rows in their order); smaller
 * batches see the rows in a new random order every epoch, drawn from {@code new Rng(seed)}, so equal settings give
 * equal weights.
 *
 * <p>Pitfall: too large an η makes the loss grow instead of shrink (the steps overshoot the minimum); unscaled
 * features need a much smaller η than standardised ones.
 *
 * @param learningRate η, finite and &gt; 0
 * @param numEpochs    passes over the data, ≥ 1
 * @param batchSize    rows per step, ≥ 1; {@link #FULL_BATCH} (or any value ≥ n) for the whole data set
 * @param seed         the seed of the shuffling (unused for full batches)
 * @see "notebooks/05-linear-regression.ipynb"
 */
public record GradientDescent(double learningRate, int numEpochs, int batchSize, long seed) implements Solver {

    /** A batch size meaning "all rows": batch gradient descent. */
    public static final int FULL_BATCH = Integer.MAX_VALUE;

    /**
     * @throws IllegalArgumentException if learningRate is not finite and &gt; 0, or numEpochs or batchSize &lt; 1
     */
    public GradientDescent {
        ModelInputs.requirePositive("GradientDescent", "learningRate", learningRate);
        ModelInputs.requireAtLeastOne("GradientDescent", "numEpochs", numEpochs);
        ModelInputs.requireAtLeastOne("GradientDescent", "batchSize", batchSize);
    }

    /**
     * Batch gradient descent: one step per epoch on the gradient of all n rows.
     *
     * @param learningRate η, finite and &gt; 0
     * @param numEpochs    steps, ≥ 1
     * @return the settings with batchSize {@link #FULL_BATCH}
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static GradientDescent batch(double learningRate, int numEpochs) {
        return new GradientDescent(learningRate, numEpochs, FULL_BATCH, Rng.DEFAULT_SEED);
    }

    /**
     * Mini-batch gradient descent: ⌈n / batchSize⌉ steps per epoch, rows reshuffled every epoch.
     *
     * @param learningRate η, finite and &gt; 0
     * @param numEpochs    passes over the data, ≥ 1
     * @param batchSize    rows per step, ≥ 1 (1 is stochastic gradient descent)
     * @param seed         the seed of the shuffling
     * @return the settings
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static GradientDescent miniBatch(double learningRate, int numEpochs, int batchSize, long seed) {
        return new GradientDescent(learningRate, numEpochs, batchSize, seed);
    }

    /**
     * The order in which one epoch visits the rows: 0 … n−1 for a full batch, else a fresh permutation from rng.
     * Consecutive runs of {@code batchSize} entries (the last one possibly shorter) form the batches.
     *
     * @param n   the number of rows, ≥ 1
     * @param rng the shuffling generator of this fit. Modified (advanced) for mini-batches.
     */
    int[] epochOrder(int n, Rng rng) {
        if (batchSize >= n) {
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            return order;
        }
        return rng.permutation(n);
    }

    /** "GradientDescent(learningRate=0.1, numEpochs=100, batchSize=all)" or with the batch size and seed. */
    @Override
    public String toString() {
        return batchSize == FULL_BATCH
                ? String.format(Locale.ROOT, "GradientDescent(learningRate=%s, numEpochs=%d, batchSize=all)", learningRate, numEpochs)
                : String.format(Locale.ROOT, "GradientDescent(learningRate=%s, numEpochs=%d, batchSize=%d, seed=%d)",
                        learningRate, numEpochs, batchSize, seed);
    }
}

package org.mlworkbook.ensemble;

import java.util.List;
import java.util.function.Supplier;
import org.mlworkbook.model.Classifier;
import org.mlworkbook.model.ModelInputs;
import org.mlworkbook.tensor.Tensor;

/**
 * Bagging, bootstrap aggregating (lecture notes 000, "Bagging"): M copies of one model, each trained on its own
 * bootstrap sample (n rows drawn with replacement from the n training rows), their probabilities averaged:
 * <pre>
 *   P̂(c | x) = (1/M) Σⱼ pⱼ(c | x),   ŷ = argmax_c P̂(c | x)
 * </pre>
 * Averaging M models that over-fit in different ways lowers the variance and keeps the low bias: bag deep trees,
 * not stumps. About e⁻¹ ≈ 37 % of the rows are out of bag for each member; {@link #oobScore()} scores every row by
 * the members that did not see it. The members train in parallel ({@link #threads}); member j's sample comes from
 * the j-th seed of Rng(seed), so the result is the same on any number of threads. The base model's own
 * randomness, if any, is whatever its factory sets (every member gets the same factory).
 *
 * @see RandomForestClassifier
 * @see "notebooks/08-ensembles.ipynb"
 */
public final class BaggingClassifier implements Classifier {

    private final Supplier<? extends Classifier> base;
    private final int numEstimators;
    private final long seed;
    private final int threads;
    private ClassifierBag bag;

    /**
     * Bagging with seed 0 on every core.
     *
     * @param base          the factory of the base model, e.g. {@code DecisionTreeClassifier::new}
     * @param numEstimators M ≥ 1
     * @throws IllegalArgumentException if base is null or numEstimators &lt; 1
     */
    public BaggingClassifier(Supplier<? extends Classifier> base, int numEstimators) {
        this(base, numEstimators, 0, 0);
    }

    private BaggingClassifier(Supplier<? extends Classifier> base, int numEstimators, long seed, int threads) {
        this.base = ModelInputs.requireNonNull("BaggingClassifier", "base", base);
        this.numEstimators = ModelInputs.requireAtLeastOne("BaggingClassifier", "numEstimators", numEstimators);
        this.seed = seed;
        this.threads = Parallel.requireThreads("threads", threads);
    }

    /**
     * @param seed the seed of the bootstrap samples
     * @return a new, unfitted classifier with these settings but that seed
     */
    public BaggingClassifier seed(long seed) {
        return new BaggingClassifier(base, numEstimators, seed, threads);
    }

    /**
     * @param threads ≥ 1, or 0 for every core (the default); the result does not depend on it
     * @return a new, unfitted classifier with these settings but that thread count
     * @throws IllegalArgumentException if threads &lt; 0
     */
    public BaggingClassifier threads(int threads) {
        return new BaggingClassifier(base, numEstimators, seed, threads);
    }

    /**
     * Fits M fresh base models, member j on the rows of its bootstrap sample (a row drawn twice appears twice).
     *
     * @param x n×d features, finite. Not modified.
     * @param y n labels ≥ 0. Not modified.
     * @return this classifier, fitted
     * @throws IllegalArgumentException on bad shapes, non-finite values or negative labels
     */
    @Override
    public BaggingClassifier fit(Tensor x, int[] y) {
        bag = ClassifierBag.fit(x, y, numEstimators, seed, threads, (xs, ys, counts, memberSeed, k) -> {
            int[] rows = Bootstrap.expand(counts);
            return Members.create(base, "base").fit(xs.rows(rows), Members.gather(ys, rows));
        });
        return this;
    }

    /**
     * P̂(c | x) = (1/M) Σⱼ pⱼ(c | x).
     *
     * @param x m×d features. Not modified.
     * @return a new m×K tensor, rows summing to 1
     * @throws IllegalStateException    before fit
     * @throws IllegalArgumentException if x does not have d columns or holds NaN or ±∞
     */
    @Override
    public Tensor predictProba(Tensor x) {
        return ModelInputs.requireFitted("predictProba", bag).predictProba("predictProba", x, numEstimators);
    }

    /**
     * ŷ = argmax_c P̂(c | x), ties to the lowest class.
     *
     * @param x m×d features. Not modified.
     * @return m labels
     * @throws IllegalStateException    before fit
     * @throws IllegalArgumentException if x does not have d columns or holds NaN or ±∞
     */
    @Override
    public int[] predict(Tensor x) {
        return ModelInputs.requireFitted("predict", bag).predict("predict", x);
    }

    /**
     * The out-of-bag accuracy: every training row predicted by the members whose sample left it out.
     *
     * @return the accuracy over the rows out of bag for at least one member; NaN if there is none
     * @throws IllegalStateException before fit
     */
    public double oobScore() {
        return ModelInputs.requireFitted("oobScore", bag).oobScore;
    }

    /**
     * The accuracy of the first t members' average for t = 1 … M: how the ensemble improves as it grows.
     *
     * @param x m×d features. Not modified.
     * @param y m true labels. Not modified.
     * @return M accuracies
     * @throws IllegalStateException    before fit
     * @throws IllegalArgumentException on bad shapes
     */
    public double[] stagedScores(Tensor x, int[] y) {
        return ModelInputs.requireFitted("stagedScores", bag).stagedScores(x, y);
    }

    /**
     * @return the M fitted members
     * @throws IllegalStateException before fit
     */
    public List<Classifier> members() {
        return ModelInputs.requireFitted("members", bag).members;
    }

    /** @return e.g. {@code BaggingClassifier(numEstimators=10, seed=0)} */
    @Override
    public String toString() {
        return "BaggingClassifier(numEstimators=" + numEstimators + ", seed=" + seed + ")";
    }
}

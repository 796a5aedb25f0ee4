package org.mlworkbook.ensemble;

import java.util.List;
import java.util.function.Supplier;
import org.mlworkbook.model.ModelInputs;
import org.mlworkbook.model.Regressor;
import org.mlworkbook.tensor.Tensor;

/**
 * Bagging for regression (lecture notes 000, "Bagging"): M copies of one model, each trained on its own bootstrap
 * sample, their predictions averaged, ŷ(x) = (1/M) Σⱼ ŷⱼ(x). Out-of-bag score, parallel training and seeds as in
 * {@link BaggingClassifier}.
 *
 * @see RandomForestRegressor
 * @see "notebooks/08-ensembles.ipynb"
 */
public final class BaggingRegressor implements Regressor {

    private final Supplier<? extends Regressor> base;
    private final int numEstimators;
    private final long seed;
    private final int threads;
    private RegressorBag bag;

    /**
     * Bagging with seed 0 on every core.
     *
     * @param base          the factory of the base model, e.g. {@code DecisionTreeRegressor::new}
     * @param numEstimators M ≥ 1
     * @throws IllegalArgumentException if base is null or numEstimators &lt; 1
     */
    public BaggingRegressor(Supplier<? extends Regressor> base, int numEstimators) {
        this(base, numEstimators, 0, 0);
    }

    private BaggingRegressor(Supplier<? extends Regressor> base, int numEstimators, long seed, int threads) {
        this.base = ModelInputs.requireNonNull("BaggingRegressor", "base", base);
        this.numEstimators = ModelInputs.requireAtLeastOne("BaggingRegressor", "numEstimators", numEstimators);
        this.seed = seed;
        this.threads = Parallel.requireThreads("threads", threads);
    }

    /**
     * @param seed the seed of the bootstrap samples
     * @return a new, unfitted regressor with these settings but that seed
     */
    public BaggingRegressor seed(long seed) {
        return new BaggingRegressor(base, numEstimators, seed, threads);
    }

    /**
     * @param threads ≥ 1, or 0 for every core (the default); the result does not depend on it
     * @return a new, unfitted regressor with these settings but that thread count
     * @throws IllegalArgumentException if threads &lt; 0
     */
    public BaggingRegressor threads(int threads) {
        return new BaggingRegressor(base, numEstimators, seed, threads);
    }

    /**
     * Fits M fresh base models, member j on the rows of its bootstrap sample (a row drawn twice appears twice).
     *
     * @param x n×d features, finite. Not modified.
     * @param y n finite targets. Not modified.
     * @return this regressor, fitted
     * @throws IllegalArgumentException on bad shapes or non-finite values
     */
    @Override
    public BaggingRegressor fit(Tensor x, double[] y) {
        bag = RegressorBag.fit(x, y, numEstimators, seed, threads, (xs, ys, counts, memberSeed) -> {
            int[] rows = Bootstrap.expand(counts);
            return Members.create(base, "base").fit(xs.rows(rows), Members.gather(ys, rows));
        });
        return this;
    }

    /**
     * ŷ = (1/M) Σⱼ ŷⱼ(x).
     *
     * @param x m×d features. Not modified.
     * @return m predictions
     * @throws IllegalStateException    before fit
     * @throws IllegalArgumentException if x does not have d columns or holds NaN or ±∞
     */
    @Override
    public double[] predict(Tensor x) {
        return ModelInputs.requireFitted("predict", bag).predict("predict", x, numEstimators);
    }

    /**
     * The out-of-bag R²: every training row predicted by the members whose sample left it out.
     *
     * @return R² over the rows out of bag for at least one member; NaN if fewer than two
     * @throws IllegalStateException before fit
     */
    public double oobScore() {
        return ModelInputs.requireFitted("oobScore", bag).oobScore;
    }

    /**
     * R² of the first t members' average for t = 1 … M.
     *
     * @param x m×d features. Not modified.
     * @param y m true targets. Not modified.
     * @return M values of R²
     * @throws IllegalStateException    before fit
     * @throws IllegalArgumentException on bad shapes
     */
    public double[] stagedScores(Tensor x, double[] y) {
        return ModelInputs.requireFitted("stagedScores", bag).stagedScores(x, y);
    }

    /**
     * @return the M fitted members
     * @throws IllegalStateException before fit
     */
    public List<Regressor> members() {
        return ModelInputs.requireFitted("members", bag).members;
    }

    /** @return e.g. {@code BaggingRegressor(numEstimators=10, seed=0)} */
    @Override
    public String toString() {
        return "BaggingRegressor(numEstimators=" + numEstimators + ", seed=" + seed + ")";
    }
}

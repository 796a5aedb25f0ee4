package org.mlworkbook.ensemble;

import java.util.List;
import org.mlworkbook.model.ModelInputs;
import org.mlworkbook.model.Regressor;
import org.mlworkbook.tensor.Tensor;
import org.mlworkbook.tree.DecisionTreeRegressor;

/**
 * Random forest for regression: bagged variance-reducing trees where every split searches a random subset of m
 * features, their predictions averaged:
 * <pre>
 *   tree j: rows = bootstrap sample j,  each split searches m of the d features (default m = max(1, ⌊d/3⌋))
 *   ŷ(x) = (1/M) Σⱼ ŷⱼ(x)
 * </pre>
 * The default m = d/3 is Breiman's and R's choice for regression; scikit-learn's RandomForestRegressor uses all d
 * features (then it is bagging of trees): set {@link #maxFeatures} to d for that. Samples as weights, seeds and
 * threads as in {@link RandomForestClassifier}.
 *
 * @see "notebooks/08-ensembles.ipynb"
 */
public final class RandomForestRegressor implements Regressor {

    private final int numEstimators;
    private final int maxFeatures;
    private final int maxDepth;
    private final int minSamplesLeaf;
    private final long seed;
    private final int threads;
    private RegressorBag bag;

    /**
     * A forest of unlimited-depth trees, m = ⌊d/3⌋ features per split, seed 0, every core.
     *
     * @param numEstimators the number of trees M ≥ 1
     * @throws IllegalArgumentException if numEstimators &lt; 1
     */
    public RandomForestRegressor(int numEstimators) {
        this(numEstimators, 0, Integer.MAX_VALUE, 1, 0, 0);
    }

    private RandomForestRegressor(int numEstimators, int maxFeatures, int maxDepth, int minSamplesLeaf, long seed,
                                  int threads) {
        this.numEstimators = ModelInputs.requireAtLeastOne("RandomForestRegressor", "numEstimators", numEstimators);
        this.maxFeatures = maxFeatures;
        this.maxDepth = maxDepth;
        this.minSamplesLeaf = minSamplesLeaf;
        this.seed = seed;
        this.threads = threads;
    }

    /**
     * @param maxFeatures m, the features each split searches, ≥ 1 (d or more: all)
     * @return a new, unfitted forest with these settings but that m
     * @throws IllegalArgumentException if maxFeatures &lt; 1
     */
    public RandomForestRegressor maxFeatures(int maxFeatures) {
        ModelInputs.requireAtLeastOne("maxFeatures", "maxFeatures", maxFeatures);
        return new RandomForestRegressor(numEstimators, maxFeatures, maxDepth, minSamplesLeaf, seed, threads);
    }

    /**
     * @param maxDepth the deepest a leaf may lie in every tree, ≥ 1 (unlimited by default)
     * @return a new, unfitted forest with these settings but that depth
     * @throws IllegalArgumentException if maxDepth &lt; 1
     */
    public RandomForestRegressor maxDepth(int maxDepth) {
        ModelInputs.requireAtLeastOne("maxDepth", "maxDepth", maxDepth);
        return new RandomForestRegressor(numEstimators, maxFeatures, maxDepth, minSamplesLeaf, seed, threads);
    }

    /**
     * @param minSamplesLeaf the fewest sample rows a leaf may keep, ≥ 1 (1 by default)
     * @return a new, unfitted forest with these settings but that minimum
     * @throws IllegalArgumentException if minSamplesLeaf &lt; 1
     */
    public RandomForestRegressor minSamplesLeaf(int minSamplesLeaf) {
        ModelInputs.requireAtLeastOne("minSamplesLeaf", "minSamplesLeaf", minSamplesLeaf);
        return new RandomForestRegressor(numEstimators, maxFeatures, maxDepth, minSamplesLeaf, seed, threads);
    }

    /**
     * @param seed the seed of the bootstrap samples and feature draws
     * @return a new, unfitted forest with these settings but that seed
     */
    public RandomForestRegressor seed(long seed) {
        return new RandomForestRegressor(numEstimators, maxFeatures, maxDepth, minSamplesLeaf, seed, threads);
    }

    /**
     * @param threads ≥ 1, or 0 for every core (the default); the forest does not depend on it
     * @return a new, unfitted forest with these settings but that thread count
     * @throws IllegalArgumentException if threads &lt; 0
     */
    public RandomForestRegressor threads(int threads) {
        Parallel.requireThreads("threads", threads);
        return new RandomForestRegressor(numEstimators, maxFeatures, maxDepth, minSamplesLeaf, seed, threads);
    }

    /**
     * m for d features: the setting, or max(1, ⌊d/3⌋) by default.
     *
     * @param d the number of features, ≥ 1
     * @return m
     */
    public int featuresPerSplit(int d) {
        return maxFeatures > 0 ? Math.min(maxFeatures, d) : Math.max(1, d / 3);
    }

    /**
     * Grows M trees, tree j on bootstrap sample j with m features per split.
     *
     * @param x n×d features, finite. Not modified.
     * @param y n finite targets. Not modified.
     * @return this forest, fitted
     * @throws IllegalArgumentException on bad shapes or non-finite values
     */
    @Override
    public RandomForestRegressor fit(Tensor x, double[] y) {
        ModelInputs.requireMatrix("fit", "x", x);
        DecisionTreeRegressor tree = new DecisionTreeRegressor().maxDepth(maxDepth).minSamplesLeaf(minSamplesLeaf)
                .maxFeatures(featuresPerSplit(x.cols()));
        bag = RegressorBag.fit(x, y, numEstimators, seed, threads,
                (xs, ys, counts, treeSeed) -> tree.seed(treeSeed).fit(xs, ys, counts));
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
     * @return the out-of-bag R² (NaN if fewer than two rows were ever out of bag)
     * @throws IllegalStateException before fit
     */
    public double oobScore() {
        return ModelInputs.requireFitted("oobScore", bag).oobScore;
    }

    /**
     * R² of the first t trees' average for t = 1 … M.
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
     * The trees' importances averaged and renormalised to sum to 1.
     *
     * @return d importances ≥ 0 summing to 1 (all 0 if no tree split)
     * @throws IllegalStateException before fit
     */
    public double[] featureImportances() {
        RegressorBag fitted = ModelInputs.requireFitted("featureImportances", bag);
        double[] sum = new double[fitted.numFeatures];
        for (Regressor member : fitted.members) {
            double[] importances = ((DecisionTreeRegressor) member).featureImportances();
            for (int j = 0; j < sum.length; j++) {
                sum[j] += importances[j];
            }
        }
        return Importances.normalised(sum);
    }

    /**
     * @return the M fitted trees
     * @throws IllegalStateException before fit
     */
    public List<DecisionTreeRegressor> trees() {
        return ModelInputs.requireFitted("trees", bag).members.stream().map(DecisionTreeRegressor.class::cast).toList();
    }

    /** @return e.g. {@code RandomForestRegressor(numEstimators=100, maxFeatures=d/3, seed=0)} */
    @Override
    public String toString() {
        return "RandomForestRegressor(numEstimators=" + numEstimators + ", maxFeatures="
                + (maxFeatures > 0 ? String.valueOf(maxFeatures) : "d/3") + ", seed=" + seed + ")";
    }
}

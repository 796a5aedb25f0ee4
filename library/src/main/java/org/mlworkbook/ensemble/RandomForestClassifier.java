package org.mlworkbook.ensemble;

import java.util.List;
import org.mlworkbook.model.Classifier;
import org.mlworkbook.model.ModelInputs;
import org.mlworkbook.tensor.Tensor;
import org.mlworkbook.tree.Criterion;
import org.mlworkbook.tree.DecisionTreeClassifier;

/**
 * Random forest (lecture notes 000, "Random Forest"): bagging of deep decision trees where, in addition to the
 * bootstrap rows, every split looks at only a random subset of m features (scikit-learn's
 * RandomForestClassifier):
 * <pre>
 *   tree j: rows = bootstrap sample j,  each split searches m of the d features (default m = max(1, ⌊√d⌋))
 *   P̂(c | x) = (1/M) Σⱼ pⱼ(c | x),   ŷ = argmax_c P̂(c | x)
 * </pre>
 * The feature draws make the trees less alike than plain bagged trees, so their average has a lower variance.
 * A tree learns from its sample as sample weights (row i weighs cᵢ, how often it was drawn; rows with cᵢ = 0 take
 * no part), which grows the same tree as the repeated rows would, without copying them. Trees train in parallel
 * ({@link #threads}); tree j's sample and feature seed come from the j-th seed of Rng(seed), so the same seed gives
 * the same forest on any number of threads.
 *
 * @see BaggingClassifier
 * @see "notebooks/08-ensembles.ipynb"
 */
public final class RandomForestClassifier implements Classifier {

    private final int numEstimators;
    private final int maxFeatures;
    private final int maxDepth;
    private final int minSamplesLeaf;
    private final Criterion criterion;
    private final long seed;
    private final int threads;
    private ClassifierBag bag;

    /**
     * A forest of unlimited-depth Gini trees, m = ⌊√d⌋ features per split, seed 0, every core.
     *
     * @param numEstimators the number of trees M ≥ 1
     * @throws IllegalArgumentException if numEstimators &lt; 1
     */
    public RandomForestClassifier(int numEstimators) {
        this(numEstimators, 0, Integer.MAX_VALUE, 1, Criterion.GINI, 0, 0);
    }

    private RandomForestClassifier(int numEstimators, int maxFeatures, int maxDepth, int minSamplesLeaf,
                                   Criterion criterion, long seed, int threads) {
        this.numEstimators = ModelInputs.requireAtLeastOne("RandomForestClassifier", "numEstimators", numEstimators);
        this.maxFeatures = maxFeatures;
        this.maxDepth = maxDepth;
        this.minSamplesLeaf = minSamplesLeaf;
        this.criterion = ModelInputs.requireNonNull("criterion", "criterion", criterion);
        this.seed = seed;
        this.threads = threads;
    }

    /**
     * @param maxFeatures m, the features each split searches, ≥ 1 (d or more: all, which is bagging of trees)
     * @return a new, unfitted forest with these settings but that m
     * @throws IllegalArgumentException if maxFeatures &lt; 1
     */
    public RandomForestClassifier maxFeatures(int maxFeatures) {
        ModelInputs.requireAtLeastOne("maxFeatures", "maxFeatures", maxFeatures);
        return new RandomForestClassifier(numEstimators, maxFeatures, maxDepth, minSamplesLeaf, criterion, seed, threads);
    }

    /**
     * @param maxDepth the deepest a leaf may lie in every tree, ≥ 1 (unlimited by default)
     * @return a new, unfitted forest with these settings but that depth
     * @throws IllegalArgumentException if maxDepth &lt; 1
     */
    public RandomForestClassifier maxDepth(int maxDepth) {
        ModelInputs.requireAtLeastOne("maxDepth", "maxDepth", maxDepth);
        return new RandomForestClassifier(numEstimators, maxFeatures, maxDepth, minSamplesLeaf, criterion, seed, threads);
    }

    /**
     * @param minSamplesLeaf the fewest sample rows a leaf may keep, ≥ 1 (1 by default)
     * @return a new, unfitted forest with these settings but that minimum
     * @throws IllegalArgumentException if minSamplesLeaf &lt; 1
     */
    public RandomForestClassifier minSamplesLeaf(int minSamplesLeaf) {
        ModelInputs.requireAtLeastOne("minSamplesLeaf", "minSamplesLeaf", minSamplesLeaf);
        return new RandomForestClassifier(numEstimators, maxFeatures, maxDepth, minSamplesLeaf, criterion, seed, threads);
    }

    /**
     * @param criterion the impurity of the trees' splits (Gini by default)
     * @return a new, unfitted forest with these settings but that criterion
     * @throws IllegalArgumentException if criterion is null
     */
    public RandomForestClassifier criterion(Criterion criterion) {
        return new RandomForestClassifier(numEstimators, maxFeatures, maxDepth, minSamplesLeaf, criterion, seed, threads);
    }

    /**
     * @param seed the seed of the bootstrap samples and feature draws
     * @return a new, unfitted forest with these settings but that seed
     */
    public RandomForestClassifier seed(long seed) {
        return new RandomForestClassifier(numEstimators, maxFeatures, maxDepth, minSamplesLeaf, criterion, seed, threads);
    }

    /**
     * @param threads ≥ 1, or 0 for every core (the default); the forest does not depend on it
     * @return a new, unfitted forest with these settings but that thread count
     * @throws IllegalArgumentException if threads &lt; 0
     */
    public RandomForestClassifier threads(int threads) {
        Parallel.requireThreads("threads", threads);
        return new RandomForestClassifier(numEstimators, maxFeatures, maxDepth, minSamplesLeaf, criterion, seed, threads);
    }

    /**
     * Grows M trees, tree j on bootstrap sample j with m features per split.
     *
     * @param x n×d features, finite. Not modified.
     * @param y n labels ≥ 0. Not modified.
     * @return this forest, fitted
     * @throws IllegalArgumentException on bad shapes, non-finite values or negative labels
     */
    @Override
    public RandomForestClassifier fit(Tensor x, int[] y) {
        ModelInputs.requireMatrix("fit", "x", x);
        DecisionTreeClassifier tree = new DecisionTreeClassifier().criterion(criterion).maxDepth(maxDepth)
                .minSamplesLeaf(minSamplesLeaf).maxFeatures(featuresPerSplit(x.cols()));
        bag = ClassifierBag.fit(x, y, numEstimators, seed, threads,
                (xs, ys, counts, treeSeed, k) -> tree.seed(treeSeed).fit(xs, ys, counts, k));
        return this;
    }

    /**
     * m for d features: the setting, or max(1, ⌊√d⌋) by default.
     *
     * @param d the number of features, ≥ 1
     * @return m
     */
    public int featuresPerSplit(int d) {
        return maxFeatures > 0 ? Math.min(maxFeatures, d) : Math.max(1, (int) Math.sqrt(d));
    }

    /**
     * P̂(c | x) = (1/M) Σⱼ pⱼ(c | x), pⱼ the class fractions in the leaf of tree j.
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
     * The out-of-bag accuracy: every training row predicted by the trees whose sample left it out.
     *
     * @return the accuracy over the rows out of bag for at least one tree; NaN if there is none
     * @throws IllegalStateException before fit
     */
    public double oobScore() {
        return ModelInputs.requireFitted("oobScore", bag).oobScore;
    }

    /**
     * The accuracy of the first t trees' average for t = 1 … M.
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
     * The trees' impurity-decrease importances averaged, Iⱼ = (1/M) Σ_t I_t,j, renormalised to sum to 1
     * (scikit-learn's feature_importances_).
     *
     * @return d importances ≥ 0 summing to 1 (all 0 if no tree split)
     * @throws IllegalStateException before fit
     */
    public double[] featureImportances() {
        ClassifierBag fitted = ModelInputs.requireFitted("featureImportances", bag);
        double[] sum = new double[fitted.numFeatures];
        for (Classifier member : fitted.members) {
            double[] importances = ((DecisionTreeClassifier) member).featureImportances();
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
    public List<DecisionTreeClassifier> trees() {
        return ModelInputs.requireFitted("trees", bag).members.stream().map(DecisionTreeClassifier.class::cast).toList();
    }

    /** @return e.g. {@code RandomForestClassifier(numEstimators=100, maxFeatures=sqrt, seed=0)} */
    @Override
    public String toString() {
        return "RandomForestClassifier(numEstimators=" + numEstimators + ", maxFeatures="
                + (maxFeatures > 0 ? String.valueOf(maxFeatures) : "sqrt") + ", seed=" + seed + ")";
    }
}

package org.mlworkbook.tree;

import java.util.List;
import org.mlworkbook.model.ModelInputs;
import org.mlworkbook.model.Regressor;
import org.mlworkbook.tensor.Tensor;

/**
 * A regression tree (CART): questions x[j] ≤ t in the internal nodes, a constant in each leaf (the mean target of
 * its training rows), so the prediction is a step function. Trained greedily top-down: each node takes the split
 * with the largest decrease of the squared error, V(node) − (W_L/W)·V(L) − (W_R/W)·V(R), V the (weighted) variance
 * of the targets, until a node's targets are equal, it reaches {@code maxDepth}, has fewer than
 * {@code minSamplesSplit} rows, or no split leaves {@code minSamplesLeaf} rows on both sides.
 *
 * <p>Settings are immutable: each wither returns a new, unfitted regressor, e.g.
 * {@code new DecisionTreeRegressor().maxDepth(3)}.
 *
 * @see "notebooks/07-decision-trees.ipynb"
 */
public final class DecisionTreeRegressor implements Regressor {

    private final TreeParams params;
    private FittedTree tree;

    /** Unlimited depth, minSamplesSplit 2, minSamplesLeaf 1, all features, seed 0 (scikit-learn's defaults). */
    public DecisionTreeRegressor() {
        this(TreeParams.DEFAULT);
    }

    private DecisionTreeRegressor(TreeParams params) {
        this.params = params;
    }

    /**
     * @param maxDepth the deepest a leaf may lie (the root has depth 0; depth 1 is a stump), ≥ 1
     * @return a new regressor with these settings but that maximum depth
     * @throws IllegalArgumentException if maxDepth &lt; 1
     */
    public DecisionTreeRegressor maxDepth(int maxDepth) {
        return new DecisionTreeRegressor(params.withMaxDepth(maxDepth));
    }

    /**
     * @param minSamplesSplit the fewest rows a node needs to be split, ≥ 2
     * @return a new regressor with these settings but that minimum
     * @throws IllegalArgumentException if minSamplesSplit &lt; 2
     */
    public DecisionTreeRegressor minSamplesSplit(int minSamplesSplit) {
        return new DecisionTreeRegressor(params.withMinSamplesSplit(minSamplesSplit));
    }

    /**
     * @param minSamplesLeaf the fewest rows each side of a split must keep, ≥ 1
     * @return a new regressor with these settings but that minimum
     * @throws IllegalArgumentException if minSamplesLeaf &lt; 1
     */
    public DecisionTreeRegressor minSamplesLeaf(int minSamplesLeaf) {
        return new DecisionTreeRegressor(params.withMinSamplesLeaf(minSamplesLeaf));
    }

    /**
     * @param maxFeatures features tried per split: a random order of the d features (from the seed) is walked
     *                    until this many non-constant ones have been scanned; ≤ 0 or ≥ d means all, in index order
     * @return a new regressor with these settings but that number
     */
    public DecisionTreeRegressor maxFeatures(int maxFeatures) {
        return new DecisionTreeRegressor(params.withMaxFeatures(maxFeatures));
    }

    /**
     * @param seed the seed of the random feature draws (only used when maxFeatures &lt; d)
     * @return a new regressor with these settings but that seed
     */
    public DecisionTreeRegressor seed(long seed) {
        return new DecisionTreeRegressor(params.withSeed(seed));
    }

    /**
     * Grows the tree with every row weighing 1.
     *
     * @param x n×d features, finite, n ≥ 1. Not modified.
     * @param y n finite targets. Not modified.
     * @return this regressor, fitted
     * @throws IllegalArgumentException if x is not a finite non-empty matrix, y's length is not n or a target is not
     *                                  finite
     */
    @Override
    public DecisionTreeRegressor fit(Tensor x, double[] y) {
        return fit(x, y, null);
    }

    /**
     * Grows the tree with sample weights: leaf values are weighted means Σ sᵢyᵢ / Σ sᵢ and the impurity the weighted
     * variance (rows of weight 0 are left out).
     *
     * @param x             n×d features, finite. Not modified.
     * @param y             n finite targets. Not modified.
     * @param sampleWeights n weights sᵢ, finite, ≥ 0, not all 0, or null for all 1. Not modified.
     * @return this regressor, fitted
     * @throws IllegalArgumentException as {@link #fit(Tensor, double[])}, or if sampleWeights has another length
     *                                  than n, a negative or non-finite value, or sums to 0
     */
    public DecisionTreeRegressor fit(Tensor x, double[] y, double[] sampleWeights) {
        ModelInputs.requireTargets("fit", x, y);
        double[] weights = ModelInputs.requireSampleWeights("fit", x, sampleWeights);
        tree = new RegressionGrower(x, y, weights, params).grow();
        return this;
    }

    /**
     * The value of the leaf each row reaches: the weighted mean target of its training rows.
     *
     * @param x m×d features, d as at fit, finite. Not modified.
     * @return m predictions
     * @throws IllegalStateException    before fit
     * @throws IllegalArgumentException if x is not a finite m×d matrix
     */
    @Override
    public double[] predict(Tensor x) {
        FittedTree fitted = ModelInputs.requireFitted("predict", tree);
        ModelInputs.requireColumns("predict", x, fitted.numFeatures());
        double[] data = x.data();
        double[] values = fitted.values();
        int d = fitted.numFeatures();
        double[] predicted = new double[x.rows()];
        for (int i = 0; i < predicted.length; i++) {
            predicted[i] = values[fitted.leaf(data, i * d)];
        }
        return predicted;
    }

    /**
     * @return the normalised weighted impurity decrease per feature, see {@link FittedTree#featureImportances()}
     * @throws IllegalStateException before fit
     */
    public double[] featureImportances() {
        return ModelInputs.requireFitted("featureImportances", tree).featureImportances();
    }

    /**
     * @return the depth of the deepest leaf (0 for a single leaf)
     * @throws IllegalStateException before fit
     */
    public int depth() {
        return ModelInputs.requireFitted("depth", tree).depth();
    }

    /**
     * @return the number of leaves
     * @throws IllegalStateException before fit
     */
    public int numLeaves() {
        return ModelInputs.requireFitted("numLeaves", tree).numLeaves();
    }

    /**
     * @return the grown tree, read only (for drawing it, see org.mlworkbook.plot.TreeDiagrams)
     * @throws IllegalStateException before fit
     */
    public FittedTree tree() {
        return ModelInputs.requireFitted("tree", tree);
    }

    /**
     * The tree as indented text, one line per branch, leaves giving their value.
     *
     * @param featureNames d feature names, or null for x[0], x[1], … Not modified.
     * @return lines like "|--- x[0] &lt;= 0.5" and "|   |--- value: 1.25"
     * @throws IllegalStateException    before fit
     * @throws IllegalArgumentException if featureNames has the wrong size
     */
    public String toText(List<String> featureNames) {
        FittedTree fitted = ModelInputs.requireFitted("toText", tree);
        return TreeText.render("toText", fitted, featureNames, node -> "value: " + TreeText.number(fitted.values()[node]));
    }

    /** @return the settings, e.g. "DecisionTreeRegressor(maxDepth=3, …)" */
    @Override
    public String toString() {
        return "DecisionTreeRegressor(" + params.describe() + ")";
    }
}

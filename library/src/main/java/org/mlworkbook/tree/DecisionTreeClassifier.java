package org.mlworkbook.tree;

import java.util.List;
import org.mlworkbook.model.Classifier;
import org.mlworkbook.model.ModelInputs;
import org.mlworkbook.tensor.Tensor;

/**
 * A classification tree (CART): questions x[j] ≤ t in the internal nodes, a class distribution in each leaf.
 * Trained greedily top-down: each node takes the split with the largest impurity decrease
 * I(node) − (W_L/W)·I(L) − (W_R/W)·I(R) (the information gain for entropy, child weights |child|/|parent|), then
 * its children are split the same way until a node is pure, reaches {@code maxDepth}, has fewer than
 * {@code minSamplesSplit} rows, or no split leaves {@code minSamplesLeaf} rows on both sides.
 *
 * <p>Without limits a tree fits any consistent training set perfectly, so it over-fits: limit the depth (choose it by
 * cross-validation) or average many trees (org.mlworkbook.ensemble). No scaling needed: a split only compares one
 * feature with a threshold. Settings are immutable: each wither returns a new, unfitted classifier, e.g.
 * {@code new DecisionTreeClassifier().maxDepth(3).criterion(Criterion.ENTROPY)}.
 *
 * @see "notebooks/07-decision-trees.ipynb"
 */
public final class DecisionTreeClassifier implements Classifier {

    private final TreeParams params;
    private final Criterion criterion;
    private FittedTree tree;
    private int numClasses;

    /** Gini, unlimited depth, minSamplesSplit 2, minSamplesLeaf 1, all features, seed 0 (scikit-learn's defaults). */
    public DecisionTreeClassifier() {
        this(TreeParams.DEFAULT, Criterion.GINI);
    }

    private DecisionTreeClassifier(TreeParams params, Criterion criterion) {
        this.params = params;
        this.criterion = criterion;
    }

    /**
     * @param maxDepth the deepest a leaf may lie (the root has depth 0; depth 1 is a stump), ≥ 1
     * @return a new classifier with these settings but that maximum depth
     * @throws IllegalArgumentException if maxDepth &lt; 1
     */
    public DecisionTreeClassifier maxDepth(int maxDepth) {
        return new DecisionTreeClassifier(params.withMaxDepth(maxDepth), criterion);
    }

    /**
     * @param criterion the impurity the splits decrease, {@link Criterion#GINI} or {@link Criterion#ENTROPY}
     * @return a new classifier with these settings but that criterion
     * @throws IllegalArgumentException if criterion is null
     */
    public DecisionTreeClassifier criterion(Criterion criterion) {
        if (criterion == null) {
            throw new IllegalArgumentException("criterion: criterion expected GINI or ENTROPY, got null");
        }
        return new DecisionTreeClassifier(params, criterion);
    }

    /**
     * @param minSamplesSplit the fewest rows a node needs to be split, ≥ 2
     * @return a new classifier with these settings but that minimum
     * @throws IllegalArgumentException if minSamplesSplit &lt; 2
     */
    public DecisionTreeClassifier minSamplesSplit(int minSamplesSplit) {
        return new DecisionTreeClassifier(params.withMinSamplesSplit(minSamplesSplit), criterion);
    }

    /**
     * @param minSamplesLeaf the fewest rows each side of a split must keep, ≥ 1
     * @return a new classifier with these settings but that minimum
     * @throws IllegalArgumentException if minSamplesLeaf &lt; 1
     */
    public DecisionTreeClassifier minSamplesLeaf(int minSamplesLeaf) {
        return new DecisionTreeClassifier(params.withMinSamplesLeaf(minSamplesLeaf), criterion);
    }

    /**
     * @param maxFeatures features tried per split: a random order of the d features (from the seed) is walked
     *                    until this many non-constant ones have been scanned; ≤ 0 or ≥ d means all, in index order
     * @return a new classifier with these settings but that number
     */
    public DecisionTreeClassifier maxFeatures(int maxFeatures) {
        return new DecisionTreeClassifier(params.withMaxFeatures(maxFeatures), criterion);
    }

    /**
     * @param seed the seed of the random feature draws (only used when maxFeatures &lt; d)
     * @return a new classifier with these settings but that seed
     */
    public DecisionTreeClassifier seed(long seed) {
        return new DecisionTreeClassifier(params.withSeed(seed), criterion);
    }

    /**
     * Grows the tree with every row weighing 1; k = max yᵢ + 1 classes.
     *
     * @param x n×d features, finite, n ≥ 1. Not modified.
     * @param y n labels ≥ 0. Not modified.
     * @return this classifier, fitted
     * @throws IllegalArgumentException if x is not a finite non-empty matrix, y's length is not n or a label is
     *                                  negative
     */
    @Override
    public DecisionTreeClassifier fit(Tensor x, int[] y) {
        return fit(x, y, null, 0);
    }

    /**
     * Grows the tree with sample weights: class weights, impurities and leaf distributions use Σ sᵢ instead of
     * counts (a weight 2 row counts as two copies; rows of weight 0 are left out).
     *
     * @param x             n×d features, finite. Not modified.
     * @param y             n labels ≥ 0. Not modified.
     * @param sampleWeights n weights sᵢ, finite, ≥ 0, not all 0. Not modified.
     * @return this classifier, fitted
     * @throws IllegalArgumentException as {@link #fit(Tensor, int[])}, or if sampleWeights has another length than n,
     *                                  a negative or non-finite value, or sums to 0
     */
    public DecisionTreeClassifier fit(Tensor x, int[] y, double[] sampleWeights) {
        return fit(x, y, sampleWeights, 0);
    }

    /**
     * As {@link #fit(Tensor, int[], double[])}, with at least {@code numClasses} classes: for ensembles, whose
     * bootstrap samples may miss a class, so that {@link #predictProba} still has K = max(numClasses, max yᵢ + 1)
     * columns.
     *
     * @param x             n×d features, finite. Not modified.
     * @param y             n labels ≥ 0. Not modified.
     * @param sampleWeights n weights ≥ 0, not all 0, or null for all 1. Not modified.
     * @param numClasses    the least number of classes K; 0 for max yᵢ + 1
     * @return this classifier, fitted
     * @throws IllegalArgumentException as {@link #fit(Tensor, int[], double[])}, or if numClasses &lt; 0
     */
    public DecisionTreeClassifier fit(Tensor x, int[] y, double[] sampleWeights, int numClasses) {
        int k = ModelInputs.requireLabels("fit", x, y);
        if (numClasses < 0) {
            throw new IllegalArgumentException("fit: numClasses expected >= 0, got " + numClasses);
        }
        k = Math.max(k, numClasses);
        double[] weights = ModelInputs.requireSampleWeights("fit", x, sampleWeights);
        tree = new ClassificationGrower(x, y, weights, params, criterion, k).grow();
        this.numClasses = k;
        return this;
    }

    /**
     * The majority class of the leaf each row reaches, ŷ = argmax_c w_c(leaf) (on a tie the smallest c).
     *
     * @param x m×d features, d as at fit, finite. Not modified.
     * @return m labels
     * @throws IllegalStateException    before fit
     * @throws IllegalArgumentException if x is not a finite m×d matrix
     */
    @Override
    public int[] predict(Tensor x) {
        FittedTree fitted = ModelInputs.requireFitted("predict", tree);
        ModelInputs.requireColumns("predict", x, fitted.numFeatures());
        double[] data = x.data();
        int d = fitted.numFeatures();
        int[] predicted = new int[x.rows()];
        for (int i = 0; i < predicted.length; i++) {
            predicted[i] = majority(fitted, fitted.leaf(data, i * d));
        }
        return predicted;
    }

    /**
     * The weighted class fractions of the leaf each row reaches, P(y = c | x) = w_c(leaf) / W(leaf).
     *
     * @param x m×d features, d as at fit, finite. Not modified.
     * @return a new m×K tensor, rows summing to 1
     * @throws IllegalStateException    before fit
     * @throws IllegalArgumentException if x is not a finite m×d matrix
     */
    @Override
    public Tensor predictProba(Tensor x) {
        FittedTree fitted = ModelInputs.requireFitted("predictProba", tree);
        ModelInputs.requireColumns("predictProba", x, fitted.numFeatures());
        double[] data = x.data();
        double[] values = fitted.values();
        int d = fitted.numFeatures();
        double[] p = new double[x.rows() * numClasses];
        for (int i = 0; i < x.rows(); i++) {
            int leaf = fitted.leaf(data, i * d);
            double total = fitted.weightedSamples(leaf);
            for (int c = 0; c < numClasses; c++) {
                p[i * numClasses + c] = values[leaf * numClasses + c] / total;
            }
        }
        return Tensor.wrap(p, x.rows(), numClasses);
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
     * @return the number of classes K (columns of {@link #predictProba})
     * @throws IllegalStateException before fit
     */
    public int numClasses() {
        ModelInputs.requireFitted("numClasses", tree);
        return numClasses;
    }

    /** @return the impurity the splits decrease, as configured */
    public Criterion criterion() {
        return criterion;
    }

    /**
     * @return the grown tree, read only (for drawing it, see org.mlworkbook.plot.TreeDiagrams)
     * @throws IllegalStateException before fit
     */
    public FittedTree tree() {
        return ModelInputs.requireFitted("tree", tree);
    }

    /**
     * The tree as indented text, one line per branch, leaves naming their majority class.
     *
     * @param featureNames d feature names, or null for x[0], x[1], … Not modified.
     * @param classNames   K class names, or null for the labels 0 … K−1. Not modified.
     * @return lines like "|--- petal_length &lt;= 2.45" and "|   |--- class: setosa"
     * @throws IllegalStateException    before fit
     * @throws IllegalArgumentException if a list has the wrong size
     */
    public String toText(List<String> featureNames, List<String> classNames) {
        FittedTree fitted = ModelInputs.requireFitted("toText", tree);
        if (classNames != null && classNames.size() != numClasses) {
            throw new IllegalArgumentException(String.format(
                    "toText: classNames expected %d names (one per class), got %d", numClasses, classNames.size()));
        }
        return TreeText.render("toText", fitted, featureNames, node -> {
            int c = majority(fitted, node);
            return "class: " + (classNames == null ? String.valueOf(c) : classNames.get(c));
        });
    }

    /**
     * The majority class of a node, argmax_c w_c (on a tie the smallest c).
     *
     * @param fitted a tree grown by a classifier
     * @param node   a node index
     * @return the class
     */
    static int majority(FittedTree fitted, int node) {
        double[] values = fitted.values();
        int width = fitted.width();
        int best = 0;
        for (int c = 1; c < width; c++) {
            if (values[node * width + c] > values[node * width + best]) {
                best = c;
            }
        }
        return best;
    }

    /** @return the settings, e.g. "DecisionTreeClassifier(criterion=GINI, maxDepth=3, …)" */
    @Override
    public String toString() {
        return "DecisionTreeClassifier(criterion=" + criterion + ", " + params.describe() + ")";
    }
}

package org.mlworkbook.tree;

import java.util.Arrays;
import org.mlworkbook.model.ModelInputs;
import org.mlworkbook.tensor.Tensor;

/**
 * A grown tree, read only: nodes 0 … N−1 in depth-first order (node 0 is the root, a node's left subtree comes
 * before its right one). An internal node sends a row x left when x[feature] ≤ threshold, right otherwise; a leaf
 * answers with its value. Every node records the rows that reached it in training: their number, their summed
 * sample weight W, their impurity I and their value.
 */
public final class FittedTree {

    private final int numFeatures;
    private final int width;
    private final int[] feature;
    private final double[] threshold;
    private final int[] left;
    private final int[] right;
    private final double[] impurity;
    private final int[] samples;
    private final double[] weight;
    private final double[] values;

    FittedTree(int numFeatures, int width, int[] feature, double[] threshold, int[] left, int[] right,
               double[] impurity, int[] samples, double[] weight, double[] values) {
        this.numFeatures = numFeatures;
        this.width = width;
        this.feature = feature;
        this.threshold = threshold;
        this.left = left;
        this.right = right;
        this.impurity = impurity;
        this.samples = samples;
        this.weight = weight;
        this.values = values;
    }

    /** @return the number of nodes N, internal and leaves */
    public int nodeCount() {
        return feature.length;
    }

    /** @return the number of features d of the training rows */
    public int numFeatures() {
        return numFeatures;
    }

    /**
     * @param node a node index in 0 … N−1
     * @return true if the node has no children
     */
    public boolean isLeaf(int node) {
        return left[check(node)] < 0;
    }

    /**
     * @param node an internal node
     * @return the index of the feature it tests, or −1 for a leaf
     */
    public int feature(int node) {
        return feature[check(node)];
    }

    /**
     * @param node an internal node
     * @return the threshold t of its test x[feature] ≤ t (a midpoint between two training values); NaN for a leaf
     */
    public double threshold(int node) {
        return threshold[check(node)];
    }

    /**
     * @param node an internal node
     * @return the index of the child for x[feature] ≤ threshold, or −1 for a leaf
     */
    public int left(int node) {
        return left[check(node)];
    }

    /**
     * @param node an internal node
     * @return the index of the child for x[feature] &gt; threshold, or −1 for a leaf
     */
    public int right(int node) {
        return right[check(node)];
    }

    /**
     * @param node a node index
     * @return the impurity I of the training rows in the node (Gini, entropy in bits, or the weighted variance)
     */
    public double impurity(int node) {
        return impurity[check(node)];
    }

    /**
     * @param node a node index
     * @return the number of training rows (with weight &gt; 0) that reached the node
     */
    public int samples(int node) {
        return samples[check(node)];
    }

    /**
     * @param node a node index
     * @return W, the summed sample weight of the training rows in the node
     */
    public double weightedSamples(int node) {
        return weight[check(node)];
    }

    /**
     * The node's value: for a classification tree the summed sample weight per class w_c (divide by W for
     * P(y = c | node)), for a regression tree one number, the weighted mean target Σ wᵢyᵢ / Σ wᵢ.
     *
     * @param node a node index
     * @return a new array of length k (classes) or 1 (regression)
     */
    public double[] value(int node) {
        check(node);
        return Arrays.copyOfRange(values, node * width, node * width + width);
    }

    /** @return the depth of the deepest leaf (a single-leaf tree has depth 0) */
    public int depth() {
        return depthBelow(0);
    }

    /** @return the number of leaves */
    public int numLeaves() {
        int leaves = 0;
        for (int l : left) {
            leaves += l < 0 ? 1 : 0;
        }
        return leaves;
    }

    /**
     * Feature importances as scikit-learn computes them: the weighted impurity decrease summed over the nodes
     * that split on feature j, Imp(j) = Σ_{t splits on j} (W_t I_t − W_L I_L − W_R I_R), normalised to Σ_j Imp(j) = 1
     * (all 0 for a tree that is a single leaf).
     *
     * @return a new array of d importances ≥ 0
     */
    public double[] featureImportances() {
        double[] importances = new double[numFeatures];
        for (int t = 0; t < feature.length; t++) {
            if (left[t] >= 0) {
                importances[feature[t]] += weight[t] * impurity[t] - weight[left[t]] * impurity[left[t]]
                        - weight[right[t]] * impurity[right[t]];
            }
        }
        double total = 0;
        for (int j = 0; j < numFeatures; j++) {
            importances[j] = Math.max(0, importances[j]);  // a zero-gain split may come out as −1e-17
            total += importances[j];
        }
        if (total > 0) {
            for (int j = 0; j < numFeatures; j++) {
                importances[j] /= total;
            }
        }
        return importances;
    }

    /**
     * The leaf each row ends in, as scikit-learn's {@code apply}.
     *
     * @param x m×d features, d as at fit, finite. Not modified.
     * @return m node indices, each a leaf
     * @throws IllegalArgumentException if x is not a finite m×d matrix
     */
    public int[] apply(Tensor x) {
        ModelInputs.requireColumns("apply", x, numFeatures);
        double[] data = x.data();
        int[] leaves = new int[x.rows()];
        for (int i = 0; i < leaves.length; i++) {
            leaves[i] = leaf(data, i * numFeatures);
        }
        return leaves;
    }

    /** The leaf reached by the row starting at data[offset]. */
    int leaf(double[] data, int offset) {
        int node = 0;
        while (left[node] >= 0) {
            node = data[offset + feature[node]] <= threshold[node] ? left[node] : right[node];
        }
        return node;
    }

    /** The value array, shared: node t's value starts at t·width. */
    double[] values() {
        return values;
    }

    /** The number of numbers per node value: k classes, or 1. */
    int width() {
        return width;
    }

    private int depthBelow(int node) {
        return left[node] < 0 ? 0 : 1 + Math.max(depthBelow(left[node]), depthBelow(right[node]));
    }

    private int check(int node) {
        if (node < 0 || node >= feature.length) {
            throw new IllegalArgumentException(String.format("node: node expected an index in 0 … %d, got %d",
                    feature.length - 1, node));
        }
        return node;
    }
}

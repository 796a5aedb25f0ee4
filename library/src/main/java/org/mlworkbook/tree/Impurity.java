package org.mlworkbook.tree;

/**
 * Impurity measures of a tree node and the information gain of a split, in the notation of the lecture notes:
 * the class proportions are p_c = w_c / Σ_c' w_c' for class weights w_c (counts when every row weighs 1).
 */
public final class Impurity {

    private static final double LN2 = Math.log(2);

    private Impurity() {
    }

    /**
     * Gini index G = 1 − Σ_c p_c². 0 for a pure node, 1 − 1/k for k classes in equal shares.
     *
     * @param classWeights weight w_c of each class, all finite and ≥ 0, total &gt; 0. Not modified.
     * @return G in [0, 1)
     * @throws IllegalArgumentException if classWeights is null or empty, a weight is negative or not finite, or
     *                                  all are 0
     */
    public static double gini(double[] classWeights) {
        double total = total("gini", "classWeights", classWeights);
        double sumOfSquares = 0;
        for (double w : classWeights) {
            sumOfSquares += (w / total) * (w / total);
        }
        return 1 - sumOfSquares;
    }

    /**
     * Entropy H = −Σ_c p_c log₂ p_c in bits, with 0·log 0 = 0. 0 for a pure node, log₂ k for k classes in equal
     * shares (1 bit for a 50/50 node).
     *
     * @param classWeights weight w_c of each class, all finite and ≥ 0, total &gt; 0. Not modified.
     * @return H in [0, log₂ k]
     * @throws IllegalArgumentException if classWeights is null or empty, a weight is negative or not finite, or
     *                                  all are 0
     */
    public static double entropy(double[] classWeights) {
        double total = total("entropy", "classWeights", classWeights);
        double h = 0;
        for (double w : classWeights) {
            if (w > 0) {
                double p = w / total;
                h -= p * Math.log(p);
            }
        }
        return h / LN2;
    }

    /**
     * Information gain of splitting a parent node into children, with the entropy as impurity (the notes'
     * formula): IG = H(parent) − Σᵢ wᵢ·H(childᵢ), wᵢ = |childᵢ| / |parent| (sizes as summed class weights).
     *
     * @param parent   the parent's class weights. Not modified.
     * @param children each child's class weights, per class summing to the parent's. Not modified.
     * @return IG ≥ 0 (bits)
     * @throws IllegalArgumentException as {@link #informationGain(Criterion, double[], double[]...)}
     */
    public static double informationGain(double[] parent, double[]... children) {
        return informationGain(Criterion.ENTROPY, parent, children);
    }

    /**
     * Impurity decrease of a split under a criterion, I(parent) − Σᵢ wᵢ·I(childᵢ) with wᵢ = |childᵢ| / |parent|;
     * for {@link Criterion#ENTROPY} the information gain.
     *
     * @param criterion the impurity I
     * @param parent    the parent's class weights. Not modified.
     * @param children  at least one child's class weights; together they must add up to the parent's class by
     *                  class (relative tolerance 1e-9). Not modified.
     * @return the decrease, ≥ 0 up to rounding
     * @throws IllegalArgumentException if an argument is null, a child has another number of classes than the
     *                                  parent, a weight is negative or not finite, a node is empty, or the
     *                                  children do not add up to the parent
     */
    public static double informationGain(Criterion criterion, double[] parent, double[]... children) {
        if (criterion == null) {
            throw new IllegalArgumentException("informationGain: criterion expected GINI or ENTROPY, got null");
        }
        double parentTotal = total("informationGain", "parent", parent);
        if (children == null || children.length == 0) {
            throw new IllegalArgumentException("informationGain: children expected at least one child, got none");
        }
        double[] sum = new double[parent.length];
        double weighted = 0;
        for (int i = 0; i < children.length; i++) {
            double[] child = children[i];
            if (child == null || child.length != parent.length) {
                throw new IllegalArgumentException(String.format(
                        "informationGain: children[%d] expected %d class weights (as parent), got %s",
                        i, parent.length, child == null ? "null" : String.valueOf(child.length)));
            }
            double childTotal = total("informationGain", "children[" + i + "]", child);
            for (int c = 0; c < child.length; c++) {
                sum[c] += child[c];
            }
            weighted += childTotal / parentTotal * criterion.impurity(child);
        }
        for (int c = 0; c < parent.length; c++) {
            if (Math.abs(sum[c] - parent[c]) > 1e-9 * parentTotal) {
                throw new IllegalArgumentException(String.format(
                        "informationGain: children expected to add up to the parent, got class %d: %s in the children, %s in the parent",
                        c, sum[c], parent[c]));
            }
        }
        return criterion.impurity(parent) - weighted;
    }

    /**
     * Variance of targets, the impurity of a regression node: V = (1/n) Σᵢ (yᵢ − ȳ)², ȳ = (1/n) Σᵢ yᵢ.
     *
     * @param targets the node's targets, finite, at least one. Not modified.
     * @return V ≥ 0
     * @throws IllegalArgumentException if targets is null or empty or holds NaN or ±∞
     */
    public static double variance(double[] targets) {
        if (targets == null || targets.length == 0) {
            throw new IllegalArgumentException("variance: targets expected at least one value, got "
                    + (targets == null ? "null" : "none"));
        }
        double mean = 0;
        for (int i = 0; i < targets.length; i++) {
            if (!Double.isFinite(targets[i])) {
                throw new IllegalArgumentException("variance: targets expected finite values, got " + targets[i]
                        + " at index " + i);
            }
            mean += targets[i];
        }
        mean /= targets.length;
        double squares = 0;
        for (double y : targets) {
            squares += (y - mean) * (y - mean);
        }
        return squares / targets.length;
    }

    /** Σ weights after checking they are finite, ≥ 0 and not all 0. */
    private static double total(String method, String argument, double[] weights) {
        if (weights == null || weights.length == 0) {
            throw new IllegalArgumentException(method + ": " + argument + " expected at least one class weight, got "
                    + (weights == null ? "null" : "none"));
        }
        double total = 0;
        for (int c = 0; c < weights.length; c++) {
            if (!(weights[c] >= 0) || !Double.isFinite(weights[c])) {
                throw new IllegalArgumentException(String.format("%s: %s expected finite weights >= 0, got %s at index %d",
                        method, argument, weights[c], c));
            }
            total += weights[c];
        }
        if (total == 0) {
            throw new IllegalArgumentException(method + ": " + argument + " expected a total weight > 0, got 0");
        }
        return total;
    }
}

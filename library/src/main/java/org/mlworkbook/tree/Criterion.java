package org.mlworkbook.tree;

/**
 * How a classification tree measures the impurity of a node whose rows have class proportions p₁ … p_k;
 * a split is chosen to maximise the impurity decrease (the information gain for entropy).
 */
public enum Criterion {
    /** Gini index G = 1 − Σ_c p_c²: the chance two rows drawn at random with replacement disagree. */
    GINI,
    /** Entropy H = −Σ_c p_c log₂ p_c (bits, 0·log 0 = 0). */
    ENTROPY;

    /**
     * The impurity of a node with the given class weights (counts or summed sample weights).
     *
     * @param classWeights weight of each class, all ≥ 0, total &gt; 0. Not modified.
     * @return {@link Impurity#gini} or {@link Impurity#entropy} of classWeights
     * @throws IllegalArgumentException as those methods
     */
    public double impurity(double[] classWeights) {
        return this == GINI ? Impurity.gini(classWeights) : Impurity.entropy(classWeights);
    }
}

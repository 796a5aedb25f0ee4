/**
 * Decision trees (notebook {@code 07-decision-trees}): {@link org.mlworkbook.tree.DecisionTreeClassifier} and
 * {@link org.mlworkbook.tree.DecisionTreeRegressor} grow binary trees of questions x[j] ≤ t greedily, each node
 * taking the split with the largest impurity decrease
 * <ul>
 *   <li>Gini G = 1 − Σ_c p_c², entropy H = −Σ_c p_c log₂ p_c ({@link org.mlworkbook.tree.Criterion},
 *   {@link org.mlworkbook.tree.Impurity}),</li>
 *   <li>information gain IG = H(parent) − Σᵢ (|childᵢ|/|parent|)·H(childᵢ),</li>
 *   <li>for regression the variance V = (1/n) Σᵢ (yᵢ − ȳ)² (squared error).</li>
 * </ul>
 * The best split is exact (all midpoints between sorted distinct values of every feature tried); sample weights
 * and random feature subsets per split ({@code maxFeatures}, seeded) serve the ensembles of
 * {@code org.mlworkbook.ensemble}. A grown tree ({@link org.mlworkbook.tree.FittedTree}) can be printed
 * ({@code toText}) or drawn ({@code org.mlworkbook.plot.TreeDiagrams}).
 */
package org.mlworkbook.tree;

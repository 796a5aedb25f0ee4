/**
 * Linear models (notebooks {@code 05-linear-regression} and {@code 06-logistic-and-softmax-regression}): every model
 * here scores a row by a weighted sum of its features plus a bias, z = x·w + b.
 * <ul>
 *   <li>Regression ({@link org.mlworkbook.linear.LinearRegressor}): {@link org.mlworkbook.linear.LinearRegression}
 *       minimises the mean squared error (1/m)‖Xw + b − y‖², by the normal equation XᵀX W = XᵀY
 *       ({@link org.mlworkbook.linear.NormalEquations}) or by {@link org.mlworkbook.linear.GradientDescent},
 *       W ← W − η (1/m)Xᵀ(XW − Y); {@link org.mlworkbook.linear.Ridge} adds α‖w‖², {@link org.mlworkbook.linear.Lasso}
 *       α‖w‖₁ and {@link org.mlworkbook.linear.ElasticNet} both (coordinate descent with soft-thresholding,
 *       scikit-learn's objectives).</li>
 *   <li>Classification: {@link org.mlworkbook.linear.LogisticRegression} (σ(z), log loss),
 *       {@link org.mlworkbook.linear.SoftmaxRegression} (one weight row per class, softmax, cross-entropy) and the
 *       {@link org.mlworkbook.linear.Perceptron}; the sigmoid and softmax are defined once in
 *       {@link org.mlworkbook.linear.LogisticFunctions}.</li>
 * </ul>
 * Standardise the features first: gradient descent and the penalties both assume features on one scale.
 */
package org.mlworkbook.linear;

/**
 * Ensembles (notebook {@code 08-ensembles}, lecture notes 000 "Ensembles"): many models combined into one.
 * <ul>
 *   <li>Different models, one vote: {@link org.mlworkbook.ensemble.VotingClassifier} (hard: majority of labels;
 *       soft: argmax of the mean probability) and {@link org.mlworkbook.ensemble.VotingRegressor} (mean).</li>
 *   <li>A meta-model on the members' probabilities: {@link org.mlworkbook.ensemble.BlendingClassifier} (one
 *       hold-out split) and {@link org.mlworkbook.ensemble.StackingClassifier} (out-of-fold predictions).</li>
 *   <li>The same model on bootstrap samples (bagging, in parallel): {@code BaggingClassifier/Regressor} and
 *       {@code RandomForestClassifier/Regressor} (rows and, at every split, features sampled).</li>
 *   <li>Weak learners in sequence (boosting): {@code AdaBoostClassifier} (SAMME, re-weighted rows) and
 *       {@code GradientBoostingRegressor/Classifier} (trees on the negative gradient of the loss).</li>
 * </ul>
 * Members that train independently run on several threads ({@code threads(int)}, 0 = every core, the default);
 * every member's seed is drawn from the ensemble's seed before training starts, so the result is the same on any
 * number of threads.
 */
package org.mlworkbook.ensemble;

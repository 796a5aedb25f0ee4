/**
 * How good is a model? Metrics and losses of notebook {@code 04-metrics-and-losses} (lecture notes 000
 * "Accuracy metrics", 002 §6 "Loss functions", 004 lesson 2).
 * <ul>
 *   <li>{@link org.mlworkbook.metrics.Classification}: accuracy = Σₖ TPₖ / n, precision = TP / (TP + FP),
 *       recall = TP / (TP + FN), F₁ = 2PR / (P + R), F_β = (1 + β²)PR / (β²P + R), per class or averaged
 *       ({@link org.mlworkbook.metrics.Average}: binary, macro, weighted, micro);</li>
 *   <li>{@link org.mlworkbook.metrics.ConfusionMatrix} (rows = true class, columns = predicted class; TP, FP, FN, TN)
 *       and {@link org.mlworkbook.metrics.ClassificationReport};</li>
 *   <li>{@link org.mlworkbook.metrics.RocCurve}: TPR = TP/P against FPR = FP/N over all thresholds,
 *       AUC = ∫ TPR d(FPR); {@link org.mlworkbook.metrics.PrecisionRecallCurve}: AP = Σₙ (Rₙ − Rₙ₋₁)Pₙ;</li>
 *   <li>{@link org.mlworkbook.metrics.Regression}: MSE = (1/n)Σ(yᵢ − ŷᵢ)², MAE = (1/n)Σ|yᵢ − ŷᵢ|, RMSE = √MSE,
 *       R² = 1 − Σ(yᵢ − ŷᵢ)² / Σ(yᵢ − ȳ)², Huber (½e² for |e| ≤ δ, δ(|e| − ½δ) beyond);</li>
 *   <li>{@link org.mlworkbook.metrics.ProbabilisticLosses}: Bernoulli cross-entropy (log loss)
 *       −(1/n)Σ[y log p + (1 − y) log(1 − p)] and categorical cross-entropy −(1/n)Σᵢ Σₖ tᵢₖ log pᵢₖ.</li>
 * </ul>
 * Labels are {@code int[]} 0..K−1, scores and targets {@code double[]}; results agree with scikit-learn's
 * {@code sklearn.metrics} (with {@code zero_division=0}). Every metric rejects empty or mismatched arrays,
 * negative labels and NaN/∞ with an {@link java.lang.IllegalArgumentException} before any work.
 */
package org.mlworkbook.metrics;

/**
 * Data for learning (notebook {@code 02-learning-and-data}): a {@link org.mlworkbook.data.Dataset} holds a feature
 * matrix X (n×d) with class labels or regression targets; {@link org.mlworkbook.data.Datasets} loads the bundled
 * CSVs and makes seeded synthetic sets; {@link org.mlworkbook.data.Splits}, {@link org.mlworkbook.data.KFold} and
 * {@link org.mlworkbook.data.StratifiedKFold} cut rows into train, validation and test parts; and the
 * transformers prepare features.
 *
 * <p>The formulas:
 * <ul>
 *   <li>z-score: zᵢⱼ = (xᵢⱼ − μⱼ)/σⱼ, μⱼ = (1/n) Σᵢ xᵢⱼ, σⱼ = √((1/n) Σᵢ (xᵢⱼ − μⱼ)²)
 *       ({@link org.mlworkbook.data.StandardScaler});</li>
 *   <li>min–max: x′ᵢⱼ = (xᵢⱼ − minⱼ)/(maxⱼ − minⱼ) ({@link org.mlworkbook.data.MinMaxScaler});</li>
 *   <li>one-hot: y ↦ e_y ∈ {0, 1}ᴷ ({@link org.mlworkbook.data.OneHotEncoder});</li>
 *   <li>polynomial features: all monomials x₁^a₁ ⋯ x_d^a_d with Σ aⱼ ≤ D
 *       ({@link org.mlworkbook.data.PolynomialFeatures}); bias column X ↦ (1 X)
 *       ({@link org.mlworkbook.data.Features#addBias});</li>
 *   <li>stratified split: round(f·cₖ) test rows from the cₖ rows of class k; K-fold: folds of ⌊n/K⌋ or ⌈n/K⌉ rows,
 *       every row tested exactly once.</li>
 * </ul>
 * Fit scalers and encoders on the training rows only: statistics taken from test rows leak them into the model.
 *
 * @see "notebooks/02-learning-and-data.ipynb"
 */
package org.mlworkbook.data;

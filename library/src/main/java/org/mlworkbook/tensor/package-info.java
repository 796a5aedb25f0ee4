/**
 * The workbook's numeric type, {@link org.mlworkbook.tensor.Tensor}: an n-dimensional {@code double} array,
 * row-major and contiguous, with element-wise arithmetic zᵢ = xᵢ ∘ yᵢ (a row vector broadcasts over the rows of
 * a matrix, as the bias in xW + b), reductions along an axis (Σᵢ xᵢⱼ, maxᵢ xᵢⱼ, argmax), and the matrix product
 * cᵢⱼ = Σₖ aᵢₖ bₖⱼ (a vectorised row kernel for wide products, EJML on zero-copy wraps otherwise;
 * {@link org.mlworkbook.tensor.TensorOps} for the out-parameter form). Introduced in notebook {@code 01-math-foundations.ipynb}.
 */
package org.mlworkbook.tensor;

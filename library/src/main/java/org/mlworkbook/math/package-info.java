/**
 * Mathematical foundations (notebook {@code 01-math-foundations.ipynb}): vector and matrix norms
 * ({@link org.mlworkbook.math.Norms}: ‖x‖₁ = Σ|xᵢ|, ‖x‖₂ = √Σxᵢ², ‖x‖ₚ = (Σ|xᵢ|ᵖ)^{1/p}, ‖x‖_∞ = max|xᵢ|,
 * ‖A‖_F = √Σᵢⱼ aᵢⱼ²), central finite differences ({@link org.mlworkbook.math.Derivatives}:
 * f′(x) ≈ (f(x + h) − f(x − h))/2h), and the seeded random generator {@link org.mlworkbook.math.Rng}
 * (SplitMix64, Box–Muller normals) behind every random number in the workbook.
 */
package org.mlworkbook.math;

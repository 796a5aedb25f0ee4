package org.mlworkbook.linear;

/**
 * How a least-squares model ({@link LinearRegression}, {@link Ridge}) finds its weights: in one step by solving
 * the normal equations ({@link NormalEquations#CHOLESKY}, {@link NormalEquations#QR}) or step by step by
 * {@link GradientDescent} (full batch or mini-batch), which records the loss after every epoch.
 */
public sealed interface Solver permits NormalEquations, GradientDescent {
}

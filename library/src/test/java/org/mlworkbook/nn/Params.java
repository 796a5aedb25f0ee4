package org.mlworkbook.nn;

import org.mlworkbook.autodiff.Var;
import org.mlworkbook.tensor.Tensor;

/** Test fixtures: parameters with chosen values and gradients, and the convex quadratic f(w) = ½wᵀAw. */
final class Params {

    /** A = [[3, 1], [1, 2]], symmetric positive definite (eigenvalues (5 ± √5)/2 ≈ 3.62 and 1.38). */
    static final Tensor A = Tensor.of(new double[][] {{3, 1}, {1, 2}});

    private Params() {
    }

    /** @return a leaf parameter holding the values */
    static Var of(double... values) {
        return Var.of(Tensor.of(values));
    }

    /** Sets p's gradient to exactly g (zero, then backward of the leaf with seed g). */
    static void grad(Var p, double... g) {
        p.zeroGrad();
        p.backward(Tensor.of(g));
    }

    /** @return f(w) = ½wᵀAw for a 2×1 parameter w, with ∇f = Aw after backward */
    static Var quadratic(Var w) {
        return w.transpose().matmul(Var.constant(A).matmul(w)).sum().mul(0.5);
    }

    /** Runs the optimiser on f(w) = ½wᵀAw from w = (2, −3) and returns f after the given number of steps. */
    static double minimise(java.util.function.Function<java.util.List<Var>, Optimizer> make, int steps) {
        Var w = Var.of(Tensor.of(new double[][] {{2}, {-3}}));
        Optimizer optimizer = make.apply(java.util.List.of(w));
        for (int t = 0; t < steps; t++) {
            optimizer.zeroGrad();
            quadratic(w).backward();
            optimizer.step();
        }
        return quadratic(w).item();
    }
}

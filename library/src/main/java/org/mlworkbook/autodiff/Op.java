package org.mlworkbook.autodiff;

import org.mlworkbook.tensor.Tensor;

/**
 * One operation of the expression graph: z = f(x₁, …, xₙ) forward, and the chain rule backward,
 * ∂L/∂xᵢ = (∂L/∂z) · ∂z/∂xᵢ. A new Op object is made for every application (see {@link Var#apply}), so
 * {@link #forward} may keep in fields whatever {@link #backward} needs (the inputs, the output, a mask).
 *
 * <p>To add an operation, implement both methods and call {@code Var.apply(new MyOp(), x, y)}; then check it with
 * {@link GradientCheck}. Example, the product z = x ⊙ y:
 * <pre>{@code
 * final class Mul implements Op {
 *     private Tensor x, y;
 *     public Tensor forward(Tensor... in) { x = in[0]; y = in[1]; return x.mul(y); }
 *     public Tensor[] backward(Tensor dz) { return new Tensor[] {dz.mul(y), dz.mul(x)}; }
 * }
 * }</pre>
 */
public interface Op {

    /**
     * Forward pass z = f(x₁, …, xₙ). Called exactly once per Op object.
     *
     * @param inputs the input values x₁ … xₙ. Not modified (they may be kept for backward).
     * @return a new tensor z (it may share data with an input only if the op is a view, like reshape)
     * @throws IllegalArgumentException if the shapes do not fit; the message names the op and the shapes
     */
    Tensor forward(Tensor... inputs);

    /**
     * Backward pass: the upstream gradient ∂L/∂z, of z's shape, turned into one gradient per input,
     * ∂L/∂xᵢ = Σⱼ (∂L/∂zⱼ) ∂zⱼ/∂xᵢ, each of xᵢ's shape (an input that was broadcast gets the sum over the
     * copies).
     *
     * @param upstream ∂L/∂z. Not modified.
     * @return one tensor per input, in the order of {@link #forward}'s inputs; an entry may be null for an
     *         input that is not differentiable (it is then skipped)
     */
    Tensor[] backward(Tensor upstream);

    /**
     * Backward pass computing only the gradients that are needed: {@code needed[i]} is true when input i requires
     * a gradient. An op whose gradients are costly (matmul: ∂L/∂A = ∂L/∂C·Bᵀ is a whole matrix product) overrides
     * this and returns null for the inputs not needed — the data X of a first layer never needs ∂L/∂X.
     * {@link Var#backward()} calls this method; by default it computes all of them with {@link #backward(Tensor)}.
     *
     * @param upstream ∂L/∂z. Not modified.
     * @param needed   one flag per input, in forward's order. Not modified.
     * @return one tensor per input (null where not needed or not differentiable)
     */
    default Tensor[] backward(Tensor upstream, boolean[] needed) {
        return backward(upstream);
    }

    /** @return a short name for graph drawings and messages, e.g. {@code "mul"}; by default the class name */
    default String name() {
        return getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }
}

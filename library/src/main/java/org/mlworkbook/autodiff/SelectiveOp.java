package org.mlworkbook.autodiff;

import java.util.Arrays;
import org.mlworkbook.tensor.Tensor;

/**
 * An {@link Op} whose backward forms only the gradients that are needed ({@link #backward(Tensor, boolean[])}, as
 * {@link Var#backward()} calls it); the plain {@link #backward(Tensor)} asks for every one.
 */
abstract class SelectiveOp implements Op {

    private final int inputs;

    /** @param inputs the number of inputs n the op takes */
    SelectiveOp(int inputs) {
        this.inputs = inputs;
    }

    /** Every gradient: {@code backward(upstream, {true, …, true})}. */
    @Override
    public final Tensor[] backward(Tensor upstream) {
        boolean[] all = new boolean[inputs];
        Arrays.fill(all, true);
        return backward(upstream, all);
    }

    @Override
    public abstract Tensor[] backward(Tensor upstream, boolean[] needed);
}

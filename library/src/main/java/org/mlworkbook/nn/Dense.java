package org.mlworkbook.nn;

import java.util.Arrays;
import org.mlworkbook.autodiff.Var;
import org.mlworkbook.math.Rng;
import org.mlworkbook.tensor.Tensor;

/**
 * A fully connected layer (PyTorch's Linear): Y = XW + b for a batch X of n rows, with weights W (inputs×outputs,
 * parameter {@code "weight"}) and bias b (a row of outputs, parameter {@code "bias"}, added to every row).
 * Backward: ∂L/∂W = Xᵀ ∂L/∂Y, ∂L/∂b = Σᵢ ∂L/∂Yᵢ, ∂L/∂X = ∂L/∂Y Wᵀ.
 *
 * <pre>{@code
 * Dense layer = new Dense(64, 128, Init.HE, new Rng(0));   // W ~ N(0, 2/64), b = 0
 * Var h = layer.forward(Var.constant(x));                  // x: n×64 → h: n×128
 * }</pre>
 */
public final class Dense extends Layer {

    private final int inputs;
    private final int outputs;
    private final Var weight;
    private final Var bias;

    /**
     * A layer with weights drawn by {@link Init#XAVIER} (N(0, 1/inputs)) and zero bias.
     *
     * @param inputs  d_in ≥ 1
     * @param outputs d_out ≥ 1
     * @param rng     the source of the random weights
     * @throws IllegalArgumentException if a size is below 1 or rng is null
     */
    public Dense(int inputs, int outputs, Rng rng) {
        this(inputs, outputs, Init.XAVIER, rng);
    }

    /**
     * A layer with weights drawn by the given initialiser and zero bias.
     *
     * @param inputs  d_in ≥ 1
     * @param outputs d_out ≥ 1
     * @param init    how to draw W (fan-in d_in, fan-out d_out)
     * @param rng     the source of the random weights
     * @throws IllegalArgumentException if a size is below 1 or init or rng is null
     */
    public Dense(int inputs, int outputs, Init init, Rng rng) {
        if (inputs < 1 || outputs < 1) {
            throw new IllegalArgumentException("Dense: inputs and outputs expected ≥ 1, got " + inputs + " and "
                    + outputs);
        }
        if (init == null || rng == null) {
            throw new IllegalArgumentException("Dense: " + (init == null ? "init expected an Init" : "rng expected "
                    + "an Rng") + ", got null");
        }
        this.inputs = inputs;
        this.outputs = outputs;
        Tensor w = init.weights(inputs, outputs, rng);
        if (!Arrays.equals(w.shape(), new int[] {inputs, outputs})) {
            throw new IllegalArgumentException("Dense: init expected weights of shape [" + inputs + ", " + outputs
                    + "], got " + w.shapeString());
        }
        this.weight = parameter("weight", w);
        this.bias = parameter("bias", Tensor.zeros(outputs));
    }

    /** @return W, inputs×outputs (a parameter: its value is updated in place by optimisers) */
    public Var weight() {
        return weight;
    }

    /** @return b, of length outputs */
    public Var bias() {
        return bias;
    }

    /** @return d_in */
    public int inputs() {
        return inputs;
    }

    /** @return d_out */
    public int outputs() {
        return outputs;
    }

    /**
     * Y = XW + b.
     *
     * @param x n×inputs
     * @return n×outputs
     * @throws IllegalArgumentException if x is not a matrix with inputs columns (the message names both shapes)
     */
    @Override
    public Var forward(Var x) {
        int[] shape = x.shape();
        if (shape.length != 2 || shape[1] != inputs) {
            throw new IllegalArgumentException("Dense.forward: x expected shape [n, " + inputs + "], got "
                    + x.value().shapeString() + " (weights " + weight.value().shapeString() + ")");
        }
        return x.matmul(weight).add(bias);
    }

    @Override
    protected String describe() {
        return "Dense(" + inputs + " → " + outputs + ")";
    }
}

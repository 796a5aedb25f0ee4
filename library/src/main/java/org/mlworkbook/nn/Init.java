package org.mlworkbook.nn;

import org.mlworkbook.math.Rng;
import org.mlworkbook.model.ModelInputs;
import org.mlworkbook.tensor.Tensor;

/**
 * How a layer's first weights are drawn: W = a · randomNormal(n_in, n_out) (notes 001), a fanIn×fanOut matrix with
 * n_in = fanIn inputs and n_out = fanOut outputs. The scale a matters: too large and the activations (and gradients)
 * grow layer by layer, too small and they die out. Xavier's a = 1/√n_in keeps the variance of a linear (or tanh,
 * sigmoid) layer's output equal to its input's; He's a = √(2/n_in) makes up for ReLU zeroing half of its inputs.
 * Biases start at zero (the layers do that, not this interface).
 *
 * <pre>{@code
 * Tensor w = Init.HE.weights(64, 128, new Rng(0));   // 64×128, N(0, 2/64)
 * }</pre>
 *
 * @see "notebooks/11-training-neural-networks.ipynb"
 */
public interface Init {

    /**
     * Xavier (Glorot &amp; Bengio, 2010) as in the lecture notes: W ~ N(0, 1/n_in), i.e. a = 1/√n_in.
     * For linear, tanh and sigmoid layers.
     */
    Init XAVIER = new NamedInit("XAVIER", (fanIn, fanOut, rng) ->
            Tensor.randomNormal(rng, 0, Math.sqrt(1.0 / fanIn), fanIn, fanOut));

    /**
     * He (Kaiming; He et al., 2015): W ~ N(0, 2/n_in), i.e. a = √(2/n_in) = 1/√(n_in/2). For ReLU layers.
     */
    Init HE = new NamedInit("HE", (fanIn, fanOut, rng) ->
            Tensor.randomNormal(rng, 0, Math.sqrt(2.0 / fanIn), fanIn, fanOut));

    /**
     * Glorot uniform (Glorot &amp; Bengio, 2010): W ~ U(−b, b) with b = √(6/(n_in + n_out)), so Var W = b²/3 =
     * 2/(n_in + n_out). What scikit-learn's MLPClassifier uses for ReLU and tanh networks (it takes b·√2 for
     * the logistic activation).
     */
    Init GLOROT_UNIFORM = new NamedInit("GLOROT_UNIFORM", (fanIn, fanOut, rng) -> {
        double bound = Math.sqrt(6.0 / (fanIn + fanOut));
        return Tensor.randomUniform(rng, -bound, bound, fanIn, fanOut);
    });

    /**
     * W = 0. Every unit of a layer then computes the same thing and gets the same gradient, so they never become
     * different: shown in notebook 11 as the pitfall, used for biases. Draws nothing from the generator.
     */
    Init ZEROS = new NamedInit("ZEROS", (fanIn, fanOut, rng) -> Tensor.zeros(fanIn, fanOut));

    /**
     * A fanIn×fanOut weight matrix drawn from this rule.
     *
     * @param fanIn  n_in, the number of inputs of the layer, ≥ 1
     * @param fanOut n_out, the number of outputs, ≥ 1
     * @param rng    the generator. Modified (advanced): the same seed gives the same weights.
     * @return a new fanIn×fanOut tensor
     * @throws IllegalArgumentException if fanIn or fanOut &lt; 1 or rng is null
     */
    Tensor weights(int fanIn, int fanOut, Rng rng);

    /**
     * W = a · randomNormal(n_in, n_out), i.e. wᵢⱼ ~ N(0, a²), the notes' general rule with a chosen scale.
     *
     * @param scale a, the standard deviation, finite &gt; 0
     * @return the rule, named {@code normal(a)}
     * @throws IllegalArgumentException if scale is not finite &gt; 0
     */
    static Init normal(double scale) {
        ModelInputs.requirePositive("Init.normal", "scale", scale);
        return new NamedInit("normal(" + scale + ")", (fanIn, fanOut, rng) ->
                Tensor.randomNormal(rng, 0, scale, fanIn, fanOut));
    }
}

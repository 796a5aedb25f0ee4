package org.mlworkbook.nn;

import org.mlworkbook.math.Rng;
import org.mlworkbook.model.ModelInputs;
import org.mlworkbook.tensor.Tensor;

/** An {@link Init} rule with a name for {@code toString()} and the argument checks every rule shares. */
record NamedInit(String name, Init rule) implements Init {

    @Override
    public Tensor weights(int fanIn, int fanOut, Rng rng) {
        ModelInputs.requireAtLeastOne("Init.weights", "fanIn", fanIn);
        ModelInputs.requireAtLeastOne("Init.weights", "fanOut", fanOut);
        ModelInputs.requireNonNull("Init.weights", "rng", rng);
        return rule.weights(fanIn, fanOut, rng);
    }

    @Override
    public String toString() {
        return "Init." + name;
    }
}

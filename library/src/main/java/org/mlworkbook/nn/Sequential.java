package org.mlworkbook.nn;

import java.util.ArrayList;
import java.util.List;
import org.mlworkbook.autodiff.Var;

/**
 * Layers applied one after another: y = fₖ(… f₂(f₁(x))). The children are named {@code "0"}, {@code "1"}, … in
 * order, so the parameters are {@code "0.weight"}, {@code "0.bias"}, ….
 *
 * <pre>{@code
 * Layer mlp = new Sequential(new Dense(64, 128, rng), new ActivationLayer(Activation.RELU), new Dense(128, 10, rng));
 * }</pre>
 */
public final class Sequential extends Layer {

    private final List<Layer> layers = new ArrayList<>();

    /**
     * @param layers f₁ … fₖ, at least one
     * @throws IllegalArgumentException if there are none or one is null
     */
    public Sequential(Layer... layers) {
        if (layers == null || layers.length == 0) {
            throw new IllegalArgumentException("Sequential: layers expected at least one layer, got none");
        }
        for (Layer layer : layers) {
            add(layer);
        }
    }

    /**
     * Appends a layer fₖ₊₁ (named by its position).
     *
     * @param layer the layer
     * @return this
     * @throws IllegalArgumentException if layer is null or already in this Sequential
     */
    public Sequential add(Layer layer) {
        if (layer == null) {
            throw new IllegalArgumentException("add: layer expected a Layer, got null at position " + layers.size());
        }
        if (layers.contains(layer)) {
            throw new IllegalArgumentException("add: layer expected a layer not yet in this Sequential, got "
                    + layer.describe() + " again at position " + layers.size() + " (make a new one to repeat it)");
        }
        layers.add(child(Integer.toString(layers.size()), layer));
        return this;
    }

    /** @return the number of layers k */
    public int size() {
        return layers.size();
    }

    /**
     * @param i the position, 0 … k − 1
     * @return layer fᵢ₊₁
     * @throws IllegalArgumentException if i is out of range
     */
    public Layer get(int i) {
        if (i < 0 || i >= layers.size()) {
            throw new IllegalArgumentException("get: i expected 0.." + (layers.size() - 1) + ", got " + i);
        }
        return layers.get(i);
    }

    /** y = fₖ(… f₁(x)). @param x the input batch @return the output batch */
    @Override
    public Var forward(Var x) {
        Var y = x;
        for (Layer layer : layers) {
            y = layer.forward(y);
        }
        return y;
    }
}

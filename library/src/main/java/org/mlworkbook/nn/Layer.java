package org.mlworkbook.nn;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mlworkbook.autodiff.Var;
import org.mlworkbook.tensor.Tensor;

/**
 * A building block of a neural network (PyTorch calls it a Module): a function y = f(x; θ) of a batch x with
 * learnable parameters θ, made of named child layers. {@link #forward} records the expression graph, so
 * {@code loss.backward()} fills every parameter's gradient ∂L/∂θ and an {@link Optimizer} can update it.
 *
 * <pre>{@code
 * Rng rng = new Rng(0);
 * Layer net = new Sequential(new Dense(2, 4, rng), new ActivationLayer(Activation.TANH), new Dense(4, 1, rng));
 * Var y = net.forward(Var.constant(x));      // x: n×2 → y: n×1
 * net.namedParameters().keySet();            // [0.weight, 0.bias, 2.weight, 2.bias]
 * }</pre>
 *
 * <p>A subclass registers its parameters, buffers (state that is saved but not learned, such as batch norm's running
 * mean) and children in its constructor with {@link #parameter}, {@link #buffer} and {@link #child}. A layer is in
 * training mode when made; {@link #eval()} switches it and all its children to evaluation mode (dropout off, batch
 * norm on running statistics), {@link #train()} back. {@link #freeze()} stops its parameters from learning (transfer
 * learning). {@link #save}/{@link #load} store the {@link #state()} in a file.
 */
public abstract class Layer {

    private final Map<String, Var> parameters = new LinkedHashMap<>();
    private final Map<String, Tensor> buffers = new LinkedHashMap<>();
    private final Map<String, Layer> children = new LinkedHashMap<>();
    private boolean training = true;

    /**
     * The layer's function, y = f(x; θ), recording the graph when gradients are enabled.
     *
     * @param x the input batch (usually n×d, one row per example)
     * @return the output batch
     * @throws IllegalArgumentException if x does not fit the layer; the message names the layer and both shapes
     */
    public abstract Var forward(Var x);

    /**
     * The output for data, in evaluation mode and without a graph (the mode is restored afterwards).
     *
     * @param x the input batch. Not modified.
     * @return the output value
     * @throws IllegalArgumentException if x is null or does not fit the layer
     */
    public Tensor predict(Tensor x) {
        if (x == null) {
            throw new IllegalArgumentException("predict: x expected a tensor, got null");
        }
        boolean wasTraining = training;
        eval();
        try (var scope = Var.noGrad()) {
            return forward(Var.constant(x)).value();
        } finally {
            if (wasTraining) {
                train();
            }
        }
    }

    // ---------------------------------------------------------------- registration (constructors)

    /**
     * Registers a learnable parameter.
     *
     * @param name  a name unique in this layer, without dots, e.g. {@code "weight"}
     * @param value the initial value, kept (not copied)
     * @return the parameter, a leaf Var that requires a gradient
     * @throws IllegalArgumentException if the name is taken or malformed, or value is null
     */
    protected final Var parameter(String name, Tensor value) {
        requireNewName("parameter", name);
        requireTensor("parameter", value);
        Var p = Var.of(value);
        parameters.put(name, p);
        return p;
    }

    /**
     * Registers a buffer: state that is saved and loaded but not learned (updated in place by the layer).
     *
     * @param name  a name unique in this layer, without dots, e.g. {@code "running_mean"}
     * @param value the initial value, kept (not copied)
     * @return value
     * @throws IllegalArgumentException if the name is taken or malformed, or value is null
     */
    protected final Tensor buffer(String name, Tensor value) {
        requireNewName("buffer", name);
        requireTensor("buffer", value);
        buffers.put(name, value);
        return value;
    }

    /**
     * Registers a child layer; its parameters appear under {@code name + "."}.
     *
     * @param name  a name unique in this layer, without dots, e.g. {@code "0"} or {@code "encoder"}
     * @param layer the child
     * @param <L>   its type
     * @return layer
     * @throws IllegalArgumentException if the name is taken or malformed, layer is null or is this layer
     */
    protected final <L extends Layer> L child(String name, L layer) {
        requireNewName("child", name);
        if (layer == null || layer == this) {
            throw new IllegalArgumentException("child: layer expected another Layer, got " + (layer == null
                    ? "null" : "this layer itself"));
        }
        children.put(name, layer);
        return layer;
    }

    private void requireNewName(String method, String name) {
        if (name == null || name.isEmpty() || name.contains(".")) {
            throw new IllegalArgumentException(method + ": name expected a non-empty name without dots, got "
                    + (name == null ? "null" : "'" + name + "'"));
        }
        if (parameters.containsKey(name) || buffers.containsKey(name) || children.containsKey(name)) {
            throw new IllegalArgumentException(method + ": name expected a new name in "
                    + getClass().getSimpleName() + ", got '" + name + "' (already registered)");
        }
    }

    private static void requireTensor(String method, Tensor value) {
        if (value == null) {
            throw new IllegalArgumentException(method + ": value expected a tensor, got null");
        }
    }

    // ---------------------------------------------------------------- structure

    /** @return the direct children by name, in registration order; unmodifiable */
    public final Map<String, Layer> children() {
        return Collections.unmodifiableMap(children);
    }

    /**
     * Every parameter of this layer and its descendants, with dotted names, depth-first in registration order:
     * {@code "0.weight", "0.bias", "2.weight", …}.
     *
     * @return a new ordered map
     */
    public final Map<String, Var> namedParameters() {
        Map<String, Var> out = new LinkedHashMap<>();
        collect("", out, null);
        return out;
    }

    /** @return every parameter (frozen ones included), in the order of {@link #namedParameters()} */
    public final List<Var> parameters() {
        return new ArrayList<>(namedParameters().values());
    }

    /** @return the parameters that learn (requiresGrad), for an optimiser */
    public final List<Var> trainableParameters() {
        List<Var> out = new ArrayList<>();
        for (Var p : parameters()) {
            if (p.requiresGrad()) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * The whole state, parameter values and buffers, by dotted name: what {@link #save} writes. The tensors are the
     * live ones (shared, not copied).
     *
     * @return a new ordered map
     */
    public final Map<String, Tensor> state() {
        Map<String, Tensor> out = new LinkedHashMap<>();
        collect("", null, out);
        return out;
    }

    private void collect(String prefix, Map<String, Var> params, Map<String, Tensor> state) {
        for (Map.Entry<String, Var> e : parameters.entrySet()) {
            if (params != null) {
                params.put(prefix + e.getKey(), e.getValue());
            }
            if (state != null) {
                state.put(prefix + e.getKey(), e.getValue().value());
            }
        }
        if (state != null) {
            for (Map.Entry<String, Tensor> e : buffers.entrySet()) {
                state.put(prefix + e.getKey(), e.getValue());
            }
        }
        for (Map.Entry<String, Layer> e : children.entrySet()) {
            e.getValue().collect(prefix + e.getKey() + ".", params, state);
        }
    }

    /** @return the number of learnable numbers, Σ over parameters of their sizes (frozen ones included) */
    public final int parameterCount() {
        int n = 0;
        for (Var p : parameters()) {
            n += p.value().size();
        }
        return n;
    }

    // ---------------------------------------------------------------- modes

    /** Switches this layer and its descendants to training mode (dropout active, batch statistics). @return this */
    public final Layer train() {
        setTraining(true);
        return this;
    }

    /** Switches this layer and its descendants to evaluation mode (dropout off, running statistics). @return this */
    public final Layer eval() {
        setTraining(false);
        return this;
    }

    private void setTraining(boolean on) {
        training = on;
        for (Layer c : children.values()) {
            c.setTraining(on);
        }
    }

    /** @return whether this layer is in training mode */
    public final boolean isTraining() {
        return training;
    }

    /** Stops every parameter of this layer and its descendants from learning (requiresGrad false). @return this */
    public final Layer freeze() {
        for (Var p : parameters()) {
            p.requiresGrad(false);
        }
        return this;
    }

    /** Lets every parameter of this layer and its descendants learn again. @return this */
    public final Layer unfreeze() {
        for (Var p : parameters()) {
            p.requiresGrad(true);
        }
        return this;
    }

    /** Sets every parameter's gradient to zeros (before a training step's backward). */
    public final void zeroGrad() {
        for (Var p : parameters()) {
            p.zeroGrad();
        }
    }

    // ---------------------------------------------------------------- files

    /**
     * Writes {@link #state()} to a file (see {@link StateFiles} for the format), replacing it atomically.
     *
     * @param file where
     * @throws IllegalArgumentException if file is null
     * @throws java.io.UncheckedIOException if writing fails
     */
    public final void save(Path file) {
        StateFiles.write(state(), file);
    }

    /**
     * Reads a state written by {@link #save} into this layer's tensors, in place. Every name and shape must match
     * this layer's; nothing is changed otherwise.
     *
     * @param file where
     * @throws IllegalArgumentException if the file holds other names or shapes (the message names both), or is not
     *                                  a state file
     * @throws java.io.UncheckedIOException if reading fails
     */
    public final void load(Path file) {
        StateFiles.copyInto(StateFiles.read(file), state(), file.toString());
    }

    // ---------------------------------------------------------------- description

    /**
     * A one-line description of this layer alone, e.g. {@code "Dense(64 → 128)"}; the class name unless a subclass
     * says more.
     *
     * @return the description
     */
    protected String describe() {
        return getClass().getSimpleName();
    }

    /**
     * A PyTorch-like summary: this layer's description, then each child indented with its name.
     *
     * @return e.g. {@code "Sequential(\n  (0): Dense(2 → 4)\n  (1): ActivationLayer(tanh)\n)"}
     */
    @Override
    public String toString() {
        if (children.isEmpty()) {
            return describe();
        }
        StringBuilder s = new StringBuilder(describe()).append("(\n");
        for (Map.Entry<String, Layer> e : children.entrySet()) {
            String inner = e.getValue().toString().replace("\n", "\n  ");
            s.append("  (").append(e.getKey()).append("): ").append(inner).append('\n');
        }
        return s.append(')').toString();
    }
}

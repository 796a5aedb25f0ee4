package org.mlworkbook.autodiff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mlworkbook.math.Rng;
import org.mlworkbook.tensor.Tensor;

/**
 * A node of the expression graph: a value (a {@link Tensor}), the gradient ∂L/∂v of the last
 * {@link #backward()} output L with respect to it, and the {@link Op} that created it (null for a leaf, such as an
 * input or a weight). Operations on Vars ({@link #add}, {@link #matmul}, {@link #sigmoid}, …) compute their value
 * at once and record the graph; {@code backward()} then applies the chain rule from the output back to the leaves.
 *
 * <pre>{@code
 * Var a = Var.scalar(2), b = Var.scalar(1);
 * Var e = a.add(b).mul(b.add(1));   // e = (a + b)(b + 1) = 6
 * e.backward();                     // a.grad().item() = 2, b.grad().item() = 5
 * }</pre>
 *
 * <p>Gradients accumulate: a Var used twice gets the sum of both contributions (x·x gives 2x), and a second
 * {@code backward()} adds to the first (in place, for a leaf), so call {@link #zeroGrad()} between training steps.
 * The gradient of an intermediate result may share its tensor with its neighbours' (read it, do not modify it). Inside
 * {@code try (var scope = Var.noGrad()) { … }} no graph is recorded (evaluation, weight updates).
 * Vars compare by identity. The graph is kept until the output Var is no longer referenced.
 */
public final class Var {

    private static final ThreadLocal<Boolean> GRAD_ENABLED = ThreadLocal.withInitial(() -> Boolean.TRUE);

    private final Tensor value;
    private final Op creator;
    private final List<Var> inputs;
    private boolean requiresGrad;
    private Tensor grad;
    private String name;

    private Var(Tensor value, Op creator, List<Var> inputs, boolean requiresGrad) {
        this.value = value;
        this.creator = creator;
        this.inputs = inputs;
        this.requiresGrad = requiresGrad;
    }

    // ---------------------------------------------------------------- leaves

    /**
     * A leaf that requires a gradient: a parameter or an input whose ∂L/∂x you want.
     *
     * @param value the value, kept (not copied): optimisers update it in place
     * @return a new leaf Var
     * @throws IllegalArgumentException if value is null
     */
    public static Var of(Tensor value) {
        requireTensor("of", "value", value);
        return new Var(value, null, List.of(), true);
    }

    /**
     * A leaf holding a rank-0 tensor, requiring a gradient: scalar graphs such as e = (a + b)(b + 1).
     *
     * @param value the number
     * @return a new leaf Var of shape []
     */
    public static Var scalar(double value) {
        return of(Tensor.scalar(value));
    }

    /**
     * A leaf that never gets a gradient (data, targets, fixed numbers).
     *
     * @param value the value, kept (not copied)
     * @return a new leaf Var with requiresGrad() false
     * @throws IllegalArgumentException if value is null
     */
    public static Var constant(Tensor value) {
        requireTensor("constant", "value", value);
        return new Var(value, null, List.of(), false);
    }

    /**
     * Applies an operation: z = op.forward(x₁.value, …, xₙ.value). If gradients are enabled and some input requires
     * one, the result records op as its creator and the inputs as its parents; otherwise it is a constant leaf.
     *
     * @param op     a new Op object (one per application: it keeps what its backward needs)
     * @param inputs x₁ … xₙ. Not modified.
     * @return the new Var z
     * @throws IllegalArgumentException if op or an input is null, or the op rejects the shapes
     */
    public static Var apply(Op op, Var... inputs) {
        if (op == null) {
            throw new IllegalArgumentException("apply: op expected an Op, got null");
        }
        if (inputs == null) {
            throw new IllegalArgumentException("apply: inputs expected Vars, got null");
        }
        Tensor[] values = new Tensor[inputs.length];
        boolean track = false;
        for (int i = 0; i < inputs.length; i++) {
            if (inputs[i] == null) {
                throw new IllegalArgumentException(op.name() + ": input " + i + " expected a Var, got null");
            }
            values[i] = inputs[i].value;
            track |= inputs[i].requiresGrad;
        }
        Tensor out = op.forward(values);
        if (!track || !isGradEnabled()) {
            return new Var(out, null, List.of(), false);
        }
        return new Var(out, op, List.of(inputs.clone()), true);
    }

    // ---------------------------------------------------------------- no-grad mode

    /**
     * A scope in which no graph is recorded: every result is a constant. Use it with try-with-resources; scopes nest,
     * and closing one restores the state from before it.
     */
    public static final class NoGrad implements AutoCloseable {
        private final boolean previous;
        private boolean closed;

        private NoGrad() {
            previous = GRAD_ENABLED.get();
            GRAD_ENABLED.set(Boolean.FALSE);
        }

        /** Restores whether gradients were enabled before this scope. Closing twice does nothing. */
        @Override
        public void close() {
            if (!closed) {
                closed = true;
                GRAD_ENABLED.set(previous);
            }
        }
    }

    /**
     * Turns graph recording off (for this thread) until the returned scope is closed:
     * {@code try (var scope = Var.noGrad()) { loss = model.forward(x); }}.
     *
     * @return the scope to close
     */
    public static NoGrad noGrad() {
        return new NoGrad();
    }

    /** @return whether operations record the graph now (false inside {@link #noGrad()}) */
    public static boolean isGradEnabled() {
        return GRAD_ENABLED.get();
    }

    // ---------------------------------------------------------------- state

    /** @return the value, shared: an in-place update (an optimiser step) changes this Var */
    public Tensor value() {
        return value;
    }

    /** @return ∂L/∂v accumulated by the backward passes so far, of the value's shape; null before the first */
    public Tensor grad() {
        return grad;
    }

    /** @return the only element of the value (for scalar graphs) @throws IllegalArgumentException if size ≠ 1 */
    public double item() {
        return value.item();
    }

    /** @return a copy of the value's dimensions */
    public int[] shape() {
        return value.shape();
    }

    /** @return the Op that made this Var, or null for a leaf or a result computed without a graph */
    public Op creator() {
        return creator;
    }

    /** @return the Vars this one was computed from, in the op's order (empty for a leaf); unmodifiable */
    public List<Var> inputs() {
        return inputs;
    }

    /** @return whether backward computes ∂L/∂v for this Var */
    public boolean requiresGrad() {
        return requiresGrad;
    }

    /**
     * Switches gradient tracking of a leaf on or off (freezing a parameter). Results of operations are tracked
     * exactly when one of their inputs is, so this is for leaves only.
     *
     * @param requiresGrad whether later graphs should compute ∂L/∂v
     * @return this Var
     * @throws IllegalStateException if this Var was made by an operation
     */
    public Var requiresGrad(boolean requiresGrad) {
        if (creator != null) {
            throw new IllegalStateException("requiresGrad: expected a leaf Var, got the result of "
                    + creator.name());
        }
        this.requiresGrad = requiresGrad;
        return this;
    }

    /**
     * Gives this Var a label, shown by graph drawings (e.g. "a", "W1") and by {@link #toString()}.
     *
     * @param name the label, not blank
     * @return this Var
     * @throws IllegalArgumentException if name is null or blank
     */
    public Var named(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("named: name expected a non-blank label, got "
                    + (name == null ? "null" : "\"" + name + "\""));
        }
        this.name = name;
        return this;
    }

    /** @return the label given by {@link #named(String)}, or null */
    public String name() {
        return name;
    }

    /** Sets the gradient to zeros of the value's shape (before the next training step's backward). */
    public void zeroGrad() {
        grad = Tensor.zerosLike(value);
    }

    // ---------------------------------------------------------------- backward

    /**
     * Backpropagation from a scalar output L = this: ∂L/∂L = 1, then for every node v in reverse topological order
     * (outputs before inputs), for each input xᵢ of v's creator, ∂L/∂xᵢ += creator.backward(∂L/∂v)[i] (only the
     * gradients of inputs that require one are asked for: {@link Op#backward(Tensor, boolean[])}).
     * The sort is iterative, so deep graphs (long RNN unrolls) do not overflow the stack.
     *
     * @throws IllegalStateException if the value has more than one element (use {@link #backward(Tensor)}) or
     *                               this Var does not require a gradient
     */
    public void backward() {
        if (value.size() != 1) {
            throw new IllegalStateException("backward: expected a scalar output (size 1), got shape "
                    + value.shapeString() + "; pass the seed gradient ∂L/∂v with backward(seed)");
        }
        backward(Tensor.onesLike(value));
    }

    /**
     * Backpropagation with a given seed gradient ∂L/∂v for a non-scalar output (as {@link #backward()} otherwise).
     *
     * @param seed ∂L/∂v, of the value's shape. Not modified.
     * @throws IllegalArgumentException if seed is null or its shape differs from the value's
     * @throws IllegalStateException    if this Var does not require a gradient
     */
    public void backward(Tensor seed) {
        requireTensor("backward", "seed", seed);
        if (!Arrays.equals(seed.shape(), value.shape())) {
            throw new IllegalArgumentException("backward: seed expected shape " + value.shapeString() + ", got "
                    + seed.shapeString());
        }
        if (!requiresGrad) {
            throw new IllegalStateException("backward: expected a Var that requires a gradient, got a constant "
                    + "(no input requires one, or it was computed inside Var.noGrad())");
        }
        List<Var> order = graph();
        Map<Var, Tensor> pass = new IdentityHashMap<>();
        pass.put(this, seed);
        for (int n = order.size() - 1; n >= 0; n--) {
            Var v = order.get(n);
            Tensor g = pass.remove(v);
            if (g == null) {
                continue;
            }
            if (v.creator == null) {
                accumulateLeaf(v, g);
                continue;
            }
            v.grad = v.grad == null ? g : v.grad.add(g);
            int arity = v.inputs.size();
            boolean[] needed = new boolean[arity];
            for (int i = 0; i < arity; i++) {
                needed[i] = v.inputs.get(i).requiresGrad;
            }
            Tensor[] local = v.creator.backward(g, needed);
            for (int i = 0; i < arity; i++) {
                Var x = v.inputs.get(i);
                if (needed[i] && local[i] != null) {
                    pass.merge(x, local[i], Tensor::add);
                }
            }
        }
    }

    /**
     * A leaf's gradient is its own tensor (never shared with the graph's): a copy of the first contribution, then
     * added to in place — after {@link #zeroGrad()} no tensor is allocated for a parameter's gradient.
     */
    private static void accumulateLeaf(Var v, Tensor g) {
        if (v.grad == null) {
            v.grad = g.copy();
            return;
        }
        double[] into = v.grad.data();
        double[] add = g.data();
        for (int i = 0; i < into.length; i++) {
            into[i] += add[i];
        }
    }

    /**
     * Every node of the graph that computed this Var — operations, leaves and constants, this Var last — each
     * after all of its inputs (a topological order, found by an iterative depth-first post-order walk, so deep
     * graphs do not overflow the stack). This is the order backward runs in reverse; graph drawings use it too.
     *
     * @return a new list of distinct Vars
     */
    public List<Var> graph() {
        List<Var> order = new ArrayList<>();
        Set<Var> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Var> stack = new ArrayDeque<>();
        Deque<Integer> next = new ArrayDeque<>();
        stack.push(this);
        next.push(0);
        seen.add(this);
        while (!stack.isEmpty()) {
            Var v = stack.peek();
            int i = next.pop();
            if (i < v.inputs.size()) {
                next.push(i + 1);
                Var x = v.inputs.get(i);
                if (seen.add(x)) {
                    stack.push(x);
                    next.push(0);
                }
            } else {
                stack.pop();
                order.add(v);
            }
        }
        return order;
    }

    // ---------------------------------------------------------------- operations

    /** z = x + y, broadcasting a scalar or a row vector. Backward: ∂L/∂x = ∂L/∂z, ∂L/∂y = ∂L/∂z (summed over
     *  broadcast rows). @param y y @return z @throws IllegalArgumentException if the shapes do not broadcast */
    public Var add(Var y) {
        return apply(new Ops.Add(), this, y);
    }

    /** z = x + c. Backward: ∂L/∂x = ∂L/∂z. @param c the constant @return z */
    public Var add(double c) {
        return add(constant(Tensor.scalar(c)));
    }

    /** z = x − y, broadcasting. Backward: ∂L/∂x = ∂L/∂z, ∂L/∂y = −∂L/∂z. @param y y @return z
     *  @throws IllegalArgumentException if the shapes do not broadcast */
    public Var sub(Var y) {
        return apply(new Ops.Sub(), this, y);
    }

    /** z = x − c. Backward: ∂L/∂x = ∂L/∂z. @param c the constant @return z */
    public Var sub(double c) {
        return sub(constant(Tensor.scalar(c)));
    }

    /** z = x ⊙ y, broadcasting. Backward: ∂L/∂x = ∂L/∂z ⊙ y, ∂L/∂y = ∂L/∂z ⊙ x. @param y y @return z
     *  @throws IllegalArgumentException if the shapes do not broadcast */
    public Var mul(Var y) {
        return apply(new Ops.Mul(), this, y);
    }

    /** z = c·x. Backward: ∂L/∂x = c ∂L/∂z. @param c the constant @return z */
    public Var mul(double c) {
        return mul(constant(Tensor.scalar(c)));
    }

    /** z = x / y, broadcasting. Backward: ∂L/∂x = ∂L/∂z / y, ∂L/∂y = −∂L/∂z ⊙ x / y². @param y y @return z
     *  @throws IllegalArgumentException if the shapes do not broadcast */
    public Var div(Var y) {
        return apply(new Ops.Div(), this, y);
    }

    /** z = x / c. Backward: ∂L/∂x = ∂L/∂z / c. @param c the constant @return z */
    public Var div(double c) {
        return div(constant(Tensor.scalar(c)));
    }

    /** z = −x. Backward: ∂L/∂x = −∂L/∂z. @return z */
    public Var neg() {
        return apply(new Ops.Neg(), this);
    }

    /**
     * Matrix product C = A·B, cᵢⱼ = Σₖ aᵢₖ bₖⱼ (1-D operands as {@link Tensor#matmul} reads them).
     * Backward: ∂L/∂A = ∂L/∂C · Bᵀ, ∂L/∂B = Aᵀ · ∂L/∂C.
     *
     * @param b B
     * @return C
     * @throws IllegalArgumentException if the inner dimensions differ; the message names both shapes
     */
    public Var matmul(Var b) {
        return apply(new Ops.MatMul(), this, b);
    }

    /** s = Σᵢ xᵢ, a rank-0 result. Backward: ∂L/∂xᵢ = ∂L/∂s. @return s */
    public Var sum() {
        return apply(new Ops.Sum(), this);
    }

    /**
     * Sum along one axis, removing it (axis 0 of a matrix: column sums). Backward: ∂L/∂x_{…k…} = ∂L/∂s_{…}.
     *
     * @param axis 0 … rank − 1
     * @return s
     * @throws IllegalArgumentException if the axis is out of range
     */
    public Var sum(int axis) {
        return apply(new Ops.AxisReduce(axis, false), this);
    }

    /** m = (1/n) Σᵢ xᵢ, a rank-0 result. Backward: ∂L/∂xᵢ = ∂L/∂m / n. @return m
     *  @throws IllegalArgumentException if the value is empty */
    public Var mean() {
        return apply(new Ops.Mean(), this);
    }

    /**
     * Mean along one axis of length n, removing it. Backward: ∂L/∂x_{…k…} = ∂L/∂m_{…} / n.
     *
     * @param axis 0 … rank − 1
     * @return m
     * @throws IllegalArgumentException if the axis is out of range or has length 0
     */
    public Var mean(int axis) {
        return apply(new Ops.AxisReduce(axis, true), this);
    }

    /**
     * The same elements in another shape (row-major; one dimension may be −1). Backward: ∂L/∂x = ∂L/∂z reshaped
     * back.
     *
     * @param shape the new dimensions, ∏ shape = size
     * @return z, whose value shares data with x's
     * @throws IllegalArgumentException if the sizes differ
     */
    public Var reshape(int... shape) {
        if (shape == null) {
            throw new IllegalArgumentException("reshape: shape expected dimensions, got null");
        }
        return apply(new Ops.Reshape(shape), this);
    }

    /** Z = Xᵀ of a matrix. Backward: ∂L/∂X = (∂L/∂Z)ᵀ. @return Z @throws IllegalArgumentException if not 2-D */
    public Var transpose() {
        return apply(new Ops.Transpose(), this);
    }

    /** z = eˣ. Backward: ∂L/∂x = ∂L/∂z ⊙ eˣ. @return z */
    public Var exp() {
        return apply(new Ops.Exp(), this);
    }

    /** z = ln x. Backward: ∂L/∂x = ∂L/∂z / x. @return z */
    public Var log() {
        return apply(new Ops.Log(), this);
    }

    /** z = xᵖ. Backward: ∂L/∂x = ∂L/∂z ⊙ p xᵖ⁻¹. @param p the constant exponent @return z */
    public Var pow(double p) {
        return apply(new Ops.Pow(p), this);
    }

    /**
     * y = f(x) element-wise. Backward: ∂L/∂x = ∂L/∂y ⊙ f′(x).
     *
     * @param f the activation
     * @return y
     * @throws IllegalArgumentException if f is null
     */
    public Var activate(Activation f) {
        if (f == null) {
            throw new IllegalArgumentException("activate: f expected an Activation, got null");
        }
        return apply(new Ops.Activate(f), this);
    }

    /** σ(x) = 1/(1 + e^{−x}). Backward: ∂L/∂x = ∂L/∂y ⊙ σ(x)(1 − σ(x)). @return y @see Activation#SIGMOID */
    public Var sigmoid() {
        return activate(Activation.SIGMOID);
    }

    /** tanh x. Backward: ∂L/∂x = ∂L/∂y ⊙ (1 − tanh² x). @return y @see Activation#TANH */
    public Var tanh() {
        return activate(Activation.TANH);
    }

    /** max(0, x). Backward: ∂L/∂x = ∂L/∂y ⊙ [x &gt; 0]. @return y @see Activation#RELU */
    public Var relu() {
        return activate(Activation.RELU);
    }

    /**
     * Softmax along the last axis (a vector, or each row of a matrix): yₖ = e^(zₖ − m) / Σⱼ e^(zⱼ − m), m the
     * maximum (so no exponent overflows). Backward: ∂L/∂zⱼ = yⱼ (∂L/∂yⱼ − Σₖ ∂L/∂yₖ yₖ).
     *
     * @return y, of z's shape, each row positive and summing to 1
     * @throws IllegalArgumentException if z is rank 0 or its last axis is empty
     */
    public Var softmax() {
        return apply(new RowOps.Softmax(), this);
    }

    /**
     * Log-softmax along the last axis: yₖ = zₖ − m − log Σⱼ e^(zⱼ − m), stable for any logits. Backward:
     * ∂L/∂zⱼ = ∂L/∂yⱼ − softmax(z)ⱼ Σₖ ∂L/∂yₖ.
     *
     * @return y, of z's shape
     * @throws IllegalArgumentException if z is rank 0 or its last axis is empty
     */
    public Var logSoftmax() {
        return apply(new RowOps.LogSoftmax(), this);
    }

    /**
     * Parametric ReLU: yᵢ = xᵢ for xᵢ &gt; 0, α xᵢ otherwise, with a learnable slope α (one number, or one per
     * column of the last axis). Backward: ∂L/∂xᵢ = ∂L/∂yᵢ (xᵢ &gt; 0 ? 1 : α), ∂L/∂α = Σᵢ ∂L/∂yᵢ xᵢ [xᵢ ≤ 0].
     *
     * @param alpha α: a scalar (shape [] or [1]) or a vector with one slope per column
     * @return y
     * @throws IllegalArgumentException if alpha is null or its shape fits neither (both shapes are named)
     */
    public Var prelu(Var alpha) {
        if (alpha == null) {
            throw new IllegalArgumentException("prelu: alpha expected a Var, got null");
        }
        Tensor a = alpha.value;
        boolean scalar = a.size() == 1 && a.rank() <= 1;
        boolean perColumn = a.rank() == 1 && value.rank() >= 1 && a.size() == value.shape()[value.rank() - 1];
        if (!scalar && !perColumn) {
            throw new IllegalArgumentException("prelu: alpha expected shape [] or [1] or one slope per column of x "
                    + value.shapeString() + ", got " + a.shapeString());
        }
        return apply(new RowOps.Prelu(), this, alpha);
    }

    /**
     * Maxout: the maximum over each group of {@code pieces} consecutive columns, an n×(d·k) matrix to n×d,
     * yᵢⱼ = max_{c = jk … jk + k − 1} xᵢc (a learned piecewise-linear convex activation when x = zW + b).
     * Backward: ∂L/∂yᵢⱼ goes to the column that was the maximum.
     *
     * @param pieces k ≥ 1
     * @return y
     * @throws IllegalArgumentException if k &lt; 1, or x is not a matrix whose column count is a multiple of k
     */
    public Var maxout(int pieces) {
        if (pieces < 1) {
            throw new IllegalArgumentException("maxout: pieces expected >= 1, got " + pieces);
        }
        return apply(new RowOps.Maxout(pieces), this);
    }

    /**
     * Concatenation along an axis: z = [x₁ x₂ … xₘ] (axis 1 of matrices: side by side; axis 0: stacked). All other
     * dimensions must be equal. Backward: each part gets its slice of ∂L/∂z.
     *
     * @param axis  0 … rank − 1
     * @param parts x₁ … xₘ, at least one. Not modified.
     * @return z
     * @throws IllegalArgumentException if there are no parts, the axis is out of range, or the shapes differ
     *                                  elsewhere (the message names both shapes)
     */
    public static Var concat(int axis, Var... parts) {
        if (parts == null || parts.length == 0) {
            throw new IllegalArgumentException("concat: parts expected at least one Var, got none");
        }
        return apply(new RowOps.Concat(axis, parts.length), parts);
    }

    /**
     * Inverted dropout: each element is kept with probability 1 − p and scaled, yᵢ = xᵢ/(1 − p), or dropped,
     * yᵢ = 0, so that E[yᵢ] = xᵢ and evaluation needs no rescaling. Backward: ∂L/∂xᵢ = ∂L/∂yᵢ/(1 − p) where kept,
     * 0 where dropped. Call it in training only (the {@code nn.Dropout} layer decides).
     *
     * @param rate p in [0, 1), the probability of dropping; 0 returns this Var unchanged
     * @param rng  the source of the mask (one uniform draw per element; dropped when u &lt; p)
     * @return y
     * @throws IllegalArgumentException if rate is not in [0, 1) or rng is null
     */
    public Var dropout(double rate, Rng rng) {
        if (!(rate >= 0 && rate < 1)) {
            throw new IllegalArgumentException("dropout: rate expected in [0, 1), got " + rate);
        }
        if (rng == null) {
            throw new IllegalArgumentException("dropout: rng expected an Rng, got null");
        }
        return rate == 0 ? this : apply(new NormOps.Dropout(rate, rng), this);
    }

    /** @return {@code Var([name: ]value[, grad=…][, op])}, e.g. {@code Var(6.0, grad=1.0, mul)}, {@code Var(a: 2.0)} */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("Var(");
        if (name != null) {
            s.append(name).append(": ");
        }
        s.append(value);
        if (grad != null) {
            s.append(", grad=").append(grad);
        }
        if (creator != null) {
            s.append(", ").append(creator.name());
        }
        return s.append(')').toString();
    }

    private static void requireTensor(String method, String argument, Tensor t) {
        if (t == null) {
            throw new IllegalArgumentException(method + ": " + argument + " expected a tensor, got null");
        }
    }
}

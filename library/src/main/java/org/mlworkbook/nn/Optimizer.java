package org.mlworkbook.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.mlworkbook.autodiff.Var;
import org.mlworkbook.model.ModelInputs;

/**
 * Updates parameters θ from their gradients after {@code loss.backward()}, the last line of the notes' training loop
 * (002 §10): θ ← θ − κ·∇_θE for plain SGD, with a velocity or per-element adaptive rates in the subclasses
 * {@link Sgd}, {@link AdaGrad}, {@link RmsProp} and {@link Adam}.
 *
 * <p>Every optimiser first forms the gradient it uses, g = ∇_θE + λθ + λ₁ sign(θ): the L2 weight decay
 * λθ of E + (λ/2)‖θ‖² (002 §11, {@link #weightDecay}) and the L1 term λ₁ sign(θ) of E + λ₁‖θ‖₁ ({@link #l1}),
 * both 0 by default. Parameters come in groups, each with its own learning rate κ (a pretrained body slower than a
 * new head); state (velocity, moments, step count t) is kept per parameter. {@link #step()} works in place on
 * each {@code Var.value().data()}, one loop per parameter and no temporary tensors, and skips parameters that are
 * frozen ({@code requiresGrad()} false) or have no gradient yet.
 *
 * <pre>{@code
 * Optimizer adam = new Adam(model.parameters(), 1e-3).weightDecay(1e-4);
 * adam.zeroGrad(); loss.backward(); adam.step();
 * }</pre>
 * Set a subclass's own options ({@code momentum}, {@code betas}) before the shared ones, which return Optimizer.
 *
 * @see "notebooks/11-training-neural-networks.ipynb"
 */
public abstract class Optimizer {

    private final List<Slot> slots = new ArrayList<>();
    private final List<double[]> groupRates = new ArrayList<>();
    private final Set<Var> known = Collections.newSetFromMap(new IdentityHashMap<>());
    private double weightDecay;
    private double l1;

    /**
     * An optimiser over one group of parameters.
     *
     * @param parameters   the leaves to update (e.g. {@code model.parameters()}), at least one, no duplicates.
     *                     Not modified (the list); the Vars' values are modified by {@link #step()}.
     * @param learningRate κ, finite &gt; 0
     * @throws IllegalArgumentException if the list is null or empty, holds null, a repeated Var or a Var made by an
     *                                  operation, or the learning rate is not finite &gt; 0
     */
    protected Optimizer(List<Var> parameters, double learningRate) {
        addGroup("Optimizer", parameters, learningRate);
    }

    /**
     * Adds parameters with their own learning rate κ_g (fine-tuning: a small κ for pretrained layers).
     *
     * @param parameters   further leaves, at least one, none already in this optimiser. Not modified.
     * @param learningRate κ_g, finite &gt; 0
     * @return this optimiser
     * @throws IllegalArgumentException as the constructor, or if a Var is already in another group
     */
    public Optimizer addParameterGroup(List<Var> parameters, double learningRate) {
        addGroup("addParameterGroup", parameters, learningRate);
        return this;
    }

    private void addGroup(String method, List<Var> parameters, double learningRate) {
        ModelInputs.requirePositive(method, "learningRate", learningRate);
        if (parameters == null || parameters.isEmpty()) {
            throw new IllegalArgumentException(method + ": parameters expected at least one Var, got "
                    + (parameters == null ? "null" : "an empty list"));
        }
        Set<Var> group = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < parameters.size(); i++) {
            Var p = parameters.get(i);
            if (p == null) {
                throw new IllegalArgumentException(method + ": parameters expected Vars, got null at index " + i);
            }
            if (p.creator() != null) {
                throw new IllegalArgumentException(method + ": parameters expected leaf Vars, got the result of "
                        + p.creator().name() + " at index " + i);
            }
            if (known.contains(p) || !group.add(p)) {
                throw new IllegalArgumentException(method + ": parameters expected each Var once, got a repeated Var "
                        + "of shape " + p.value().shapeString() + " at index " + i);
            }
        }
        double[] rate = {learningRate};
        groupRates.add(rate);
        known.addAll(group);
        for (Var p : parameters) {
            slots.add(new Slot(p, rate));
        }
    }

    /**
     * One update of every trainable parameter with a gradient: g = ∇θ + λθ + λ₁ sign(θ), then the subclass's rule
     * with its group's κ and the parameter's own step count t (1 at its first update).
     *
     * @throws IllegalStateException if a gradient's size differs from its parameter's
     */
    public void step() {
        for (Slot slot : slots) {
            Var p = slot.parameter;
            if (!p.requiresGrad() || p.grad() == null) {
                continue;
            }
            double[] w = p.value().data();
            double[] g = p.grad().data();
            if (g.length != w.length) {
                throw new IllegalStateException("step: gradient expected the parameter's shape "
                        + p.value().shapeString() + ", got " + p.grad().shapeString());
            }
            if (slot.state == null) {
                slot.state = new double[stateBuffers()][w.length];
            }
            slot.steps++;
            update(w, penalised(w, g, slot), slot.state, slot.steps, slot.rate[0]);
        }
    }

    /**
     * gᵢ = ∇θᵢ + λθᵢ + λ₁ sign(θᵢ) (sign 0 = 0) in the slot's reused buffer, or ∇θ itself when λ = λ₁ = 0, so the
     * rules' loops stay simple (and vectorisable) and nothing is allocated per step.
     */
    private double[] penalised(double[] w, double[] g, Slot slot) {
        if (weightDecay == 0 && l1 == 0) {
            return g;
        }
        if (slot.penalised == null) {
            slot.penalised = new double[w.length];
        }
        double[] out = slot.penalised;
        double lambda = weightDecay;
        if (l1 == 0) {
            for (int i = 0; i < w.length; i++) {
                out[i] = g[i] + lambda * w[i];
            }
        } else {
            for (int i = 0; i < w.length; i++) {
                out[i] = g[i] + lambda * w[i] + l1 * Math.signum(w[i]);
            }
        }
        return out;
    }

    /**
     * The update rule for one parameter, in place.
     *
     * @param w            θ, the parameter's values. Modified.
     * @param g            g = ∇θE + λθ + λ₁ sign(θ), the gradient with the penalties already added, of w's length.
     *                     Not modified.
     * @param state        {@link #stateBuffers()} arrays of w's length (velocity, moments), zero at first. Modified.
     * @param step         t, this parameter's update count, 1 at the first call
     * @param learningRate κ of the parameter's group
     */
    protected abstract void update(double[] w, double[] g, double[][] state, int step, double learningRate);

    /** @return how many per-element state arrays {@link #update} needs for each parameter (SGD 1: v; Adam 2: m, v) */
    protected abstract int stateBuffers();

    /** Sets every parameter's gradient to zero ({@code Var.zeroGrad()}), before the next backward pass. */
    public void zeroGrad() {
        for (Slot slot : slots) {
            slot.parameter.zeroGrad();
        }
    }

    /** @return κ of the first parameter group (the only one unless {@link #addParameterGroup} was called) */
    public double learningRate() {
        return groupRates.get(0)[0];
    }

    /**
     * Sets κ of every parameter group (what a {@link Schedule} does after each epoch).
     *
     * @param learningRate κ, finite &gt; 0
     * @return this optimiser
     * @throws IllegalArgumentException if the rate is not finite &gt; 0
     */
    public Optimizer learningRate(double learningRate) {
        ModelInputs.requirePositive("learningRate", "learningRate", learningRate);
        for (double[] rate : groupRates) {
            rate[0] = learningRate;
        }
        return this;
    }

    /**
     * L2 weight decay: adds λθ to every gradient, the derivative of (λ/2)‖θ‖² (002 §11).
     *
     * @param l2 λ, finite ≥ 0 (0 switches it off)
     * @return this optimiser
     * @throws IllegalArgumentException if λ is negative or not finite
     */
    public Optimizer weightDecay(double l2) {
        this.weightDecay = ModelInputs.requireNonNegative("weightDecay", "l2", l2);
        return this;
    }

    /** @return λ of the L2 weight decay */
    public double weightDecay() {
        return weightDecay;
    }

    /**
     * L1 penalty: adds λ₁ sign(θ) to every gradient, a subgradient of λ₁‖θ‖₁ (sign 0 = 0); it pushes weights to 0.
     *
     * @param l1 λ₁, finite ≥ 0 (0 switches it off)
     * @return this optimiser
     * @throws IllegalArgumentException if λ₁ is negative or not finite
     */
    public Optimizer l1(double l1) {
        this.l1 = ModelInputs.requireNonNegative("l1", "l1", l1);
        return this;
    }

    /** @return λ₁ of the L1 penalty */
    public double l1() {
        return l1;
    }

    /** @return every parameter, group by group in the order given; unmodifiable */
    public List<Var> parameters() {
        List<Var> all = new ArrayList<>(slots.size());
        for (Slot slot : slots) {
            all.add(slot.parameter);
        }
        return Collections.unmodifiableList(all);
    }

    /** @return the optimiser's short name for legends and tables, e.g. "SGD", "Adam" */
    public abstract String name();

    /** @return the subclass's own settings for {@link #toString()}, each as {@code ", name=value"} */
    protected abstract String settings();

    /** @return the name with κ, the subclass's settings, λ and λ₁, e.g. {@code SGD(learningRate=0.1, momentum=0.9,
     *  nesterov=false, weightDecay=0.0, l1=0.0)} */
    @Override
    public String toString() {
        return name() + "(learningRate=" + learningRate() + settings() + ", weightDecay=" + weightDecay
                + ", l1=" + l1 + ")";
    }

    /** One parameter, its group's learning rate (shared array), its own state and its penalised-gradient buffer. */
    private static final class Slot {
        final Var parameter;
        final double[] rate;
        double[][] state;
        double[] penalised;
        int steps;

        Slot(Var parameter, double[] rate) {
            this.parameter = parameter;
            this.rate = rate;
        }
    }
}

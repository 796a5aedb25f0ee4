package org.mlworkbook.autodiff;

import java.util.Arrays;
import org.mlworkbook.model.ModelInputs;
import org.mlworkbook.tensor.Tensor;

/**
 * Loss functions as graph operations: each takes the model's output (a Var) and a constant target (a Tensor of the
 * same shape, or labels), and returns the MEAN loss as a rank-0 Var ready for {@link Var#backward()}. Each has a
 * fused hand-written backward. They fit a trainer's {@code BiFunction<Var, Tensor, Var>}, e.g.
 * {@code Losses::mse} or {@code Losses::softmaxCrossEntropy}.
 *
 * <pre>{@code
 * Var loss = Losses.softmaxCrossEntropy(model.forward(x), oneHot);   // (1/n) Σ −Σₖ yₖ log softmax(z)ₖ
 * loss.backward();
 * }</pre>
 */
public final class Losses {

    /** Probabilities are clipped to [ε, 1 − ε] in {@link #binaryCrossEntropy}, ε = 1e-12, so log p stays finite. */
    public static final double PROBABILITY_CLIP = 1e-12;

    private Losses() {
    }

    /**
     * Mean squared error L = (1/N) Σᵢ (pᵢ − tᵢ)² over all N elements. Backward: ∂L/∂pᵢ = 2(pᵢ − tᵢ)/N.
     *
     * @param prediction p
     * @param target     t, of p's shape. Not modified.
     * @return the rank-0 loss
     * @throws IllegalArgumentException if an argument is null, empty, or the shapes differ (both are named)
     */
    public static Var mse(Var prediction, Tensor target) {
        check("mse", prediction, target);
        return Var.apply(new LossOps.MeanLoss("mse", new LossOps.ElementLoss() {
            @Override
            public double loss(double p, double t) {
                return (p - t) * (p - t);
            }

            @Override
            public double derivative(double p, double t) {
                return 2 * (p - t);
            }
        }, target), prediction);
    }

    /**
     * Mean absolute error L = (1/N) Σᵢ |pᵢ − tᵢ|. Backward: ∂L/∂pᵢ = sign(pᵢ − tᵢ)/N (0 where pᵢ = tᵢ).
     *
     * @param prediction p
     * @param target     t, of p's shape. Not modified.
     * @return the rank-0 loss
     * @throws IllegalArgumentException if an argument is null, empty, or the shapes differ
     */
    public static Var mae(Var prediction, Tensor target) {
        check("mae", prediction, target);
        return Var.apply(new LossOps.MeanLoss("mae", new LossOps.ElementLoss() {
            @Override
            public double loss(double p, double t) {
                return Math.abs(p - t);
            }

            @Override
            public double derivative(double p, double t) {
                return Math.signum(p - t);
            }
        }, target), prediction);
    }

    /**
     * Huber loss L = (1/N) Σᵢ ℓ(pᵢ − tᵢ) with ℓ(r) = ½r² for |r| ≤ δ and δ(|r| − ½δ) beyond: quadratic near 0,
     * linear (robust to outliers) in the tails, as {@code metrics.Regression.huber}. Backward: ∂L/∂pᵢ = r/N for
     * |r| ≤ δ, else δ sign(r)/N.
     *
     * @param prediction p
     * @param target     t, of p's shape. Not modified.
     * @param delta      δ &gt; 0, where quadratic turns linear
     * @return the rank-0 loss
     * @throws IllegalArgumentException if an argument is null, empty, the shapes differ, or δ is not finite &gt; 0
     */
    public static Var huber(Var prediction, Tensor target, double delta) {
        check("huber", prediction, target);
        ModelInputs.requirePositive("huber", "delta", delta);
        return Var.apply(new LossOps.MeanLoss("huber", new LossOps.ElementLoss() {
            @Override
            public double loss(double p, double t) {
                double r = Math.abs(p - t);
                return r <= delta ? 0.5 * r * r : delta * (r - 0.5 * delta);
            }

            @Override
            public double derivative(double p, double t) {
                double r = p - t;
                return Math.abs(r) <= delta ? r : delta * Math.signum(r);
            }
        }, target), prediction);
    }

    /**
     * Binary cross-entropy from probabilities, L = −(1/N) Σᵢ [tᵢ log pᵢ + (1 − tᵢ) log(1 − pᵢ)], with p clipped to
     * [1e-12, 1 − 1e-12] so that a saturated sigmoid gives a large finite loss, not ∞. Backward:
     * ∂L/∂pᵢ = (pᵢ − tᵢ) / (pᵢ(1 − pᵢ) N) at the clipped p. Prefer {@link #binaryCrossEntropyWithLogits}.
     *
     * @param probabilities p in [0, 1]
     * @param target        t in [0, 1] (labels 0/1 or soft targets), of p's shape. Not modified.
     * @return the rank-0 loss in nats
     * @throws IllegalArgumentException if an argument is null, empty, or the shapes differ
     */
    public static Var binaryCrossEntropy(Var probabilities, Tensor target) {
        check("binaryCrossEntropy", probabilities, target);
        return Var.apply(new LossOps.MeanLoss("binaryCrossEntropy", new LossOps.ElementLoss() {
            @Override
            public double loss(double p, double t) {
                double q = clip(p);
                return -(t * Math.log(q) + (1 - t) * Math.log(1 - q));
            }

            @Override
            public double derivative(double p, double t) {
                double q = clip(p);
                return (q - t) / (q * (1 - q));
            }
        }, target), probabilities);
    }

    /**
     * Binary cross-entropy from logits z (p = σ(z)), computed stably as
     * L = (1/N) Σᵢ [max(zᵢ, 0) − zᵢtᵢ + log(1 + e^{−|zᵢ|})] (no exponent is positive, no log of 0).
     * Backward: ∂L/∂zᵢ = (σ(zᵢ) − tᵢ)/N.
     *
     * @param logits z
     * @param target t in [0, 1], of z's shape. Not modified.
     * @return the rank-0 loss in nats
     * @throws IllegalArgumentException if an argument is null, empty, or the shapes differ
     */
    public static Var binaryCrossEntropyWithLogits(Var logits, Tensor target) {
        check("binaryCrossEntropyWithLogits", logits, target);
        return Var.apply(new LossOps.MeanLoss("binaryCrossEntropyWithLogits", new LossOps.ElementLoss() {
            @Override
            public double loss(double z, double t) {
                return Math.max(z, 0) - z * t + Math.log1p(Math.exp(-Math.abs(z)));
            }

            @Override
            public double derivative(double z, double t) {
                return Activation.SIGMOID.apply(z) - t;
            }
        }, target), logits);
    }

    /**
     * Softmax cross-entropy from logits, averaged over the n rows (samples):
     * L = (1/n) Σ_rows −Σₖ yₖ log softmax(z)ₖ, log softmax computed stably (row maximum subtracted).
     * Fused backward: ∂L/∂z = (softmax(z) − y)/n for rows of y summing to 1.
     *
     * @param logits z, n×K (or a vector: one row)
     * @param target y of z's shape: one-hot rows or probability rows. Not modified.
     * @return the rank-0 loss in nats
     * @throws IllegalArgumentException if an argument is null, empty, or the shapes differ
     */
    public static Var softmaxCrossEntropy(Var logits, Tensor target) {
        check("softmaxCrossEntropy", logits, target);
        RowOps.lastAxis("softmaxCrossEntropy", logits.value());
        return Var.apply(new LossOps.SoftmaxCrossEntropy(target, null), logits);
    }

    /**
     * Softmax cross-entropy with class labels: L = (1/n) Σᵢ −log softmax(zᵢ)_{yᵢ} (the one-hot case of
     * {@link #softmaxCrossEntropy(Var, Tensor)} without building the one-hot matrix). Backward:
     * ∂L/∂zᵢₖ = (softmax(zᵢ)ₖ − [k = yᵢ])/n.
     *
     * @param logits z, n×K
     * @param labels yᵢ in 0 … K − 1, one per row. Not modified.
     * @return the rank-0 loss in nats
     * @throws IllegalArgumentException if logits is not an n×K matrix, labels has not n entries or a label is out of
     *                                  range
     */
    public static Var softmaxCrossEntropy(Var logits, int[] labels) {
        ModelInputs.requireNonNull("softmaxCrossEntropy", "logits", logits);
        ModelInputs.requireNonNull("softmaxCrossEntropy", "labels", labels);
        Tensor z = logits.value();
        if (z.rank() != 2 || z.rows() == 0 || z.cols() == 0) {
            throw new IllegalArgumentException("softmaxCrossEntropy: logits expected an n×K matrix, got shape "
                    + z.shapeString());
        }
        if (labels.length != z.rows()) {
            throw new IllegalArgumentException("softmaxCrossEntropy: labels expected one per row of logits "
                    + z.shapeString() + ", got " + labels.length);
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= z.cols()) {
                throw new IllegalArgumentException("softmaxCrossEntropy: labels expected 0.." + (z.cols() - 1)
                        + " (logits " + z.shapeString() + "), got " + labels[i] + " at " + i);
            }
        }
        return Var.apply(new LossOps.SoftmaxCrossEntropy(null, labels.clone()), logits);
    }

    private static double clip(double p) {
        return Math.min(Math.max(p, PROBABILITY_CLIP), 1 - PROBABILITY_CLIP);
    }

    private static void check(String loss, Var prediction, Tensor target) {
        ModelInputs.requireNonNull(loss, "prediction", prediction);
        ModelInputs.requireNonNull(loss, "target", target);
        if (!Arrays.equals(prediction.value().shape(), target.shape())) {
            throw new IllegalArgumentException(loss + ": prediction and target expected the same shape, got "
                    + prediction.value().shapeString() + " and " + target.shapeString());
        }
        if (target.size() == 0) {
            throw new IllegalArgumentException(loss + ": prediction expected at least one element, got shape "
                    + target.shapeString());
        }
    }
}

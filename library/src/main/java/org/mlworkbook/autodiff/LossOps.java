package org.mlworkbook.autodiff;

import org.mlworkbook.tensor.Tensor;

/**
 * The loss operations behind {@link Losses}: each one maps a prediction (and a constant target) to the rank-0 mean
 * of a per-element or per-row loss, with a fused backward.
 */
final class LossOps {

    private LossOps() {
    }

    /** A per-element loss ℓ(p, t) and its derivative ∂ℓ/∂p. */
    interface ElementLoss {
        double loss(double p, double t);

        double derivative(double p, double t);
    }

    /** L = (1/N) Σᵢ ℓ(pᵢ, tᵢ) over all N elements. Backward: ∂L/∂pᵢ = g ∂ℓ/∂p(pᵢ, tᵢ) / N. */
    static final class MeanLoss implements Op {
        private final String name;
        private final ElementLoss loss;
        private final Tensor target;
        private Tensor p;

        MeanLoss(String name, ElementLoss loss, Tensor target) {
            this.name = name;
            this.loss = loss;
            this.target = target;
        }

        @Override
        public Tensor forward(Tensor... in) {
            p = in[0];
            double[] ps = p.data();
            double[] ts = target.data();
            double sum = 0;
            for (int i = 0; i < ps.length; i++) {
                sum += loss.loss(ps[i], ts[i]);
            }
            return Tensor.scalar(sum / ps.length);
        }

        @Override
        public Tensor[] backward(Tensor dl) {
            double[] ps = p.data();
            double[] ts = target.data();
            double scale = dl.item() / ps.length;
            double[] dp = new double[ps.length];
            for (int i = 0; i < ps.length; i++) {
                dp[i] = scale * loss.derivative(ps[i], ts[i]);
            }
            return new Tensor[] {Tensor.wrap(dp, p.shape())};
        }

        @Override
        public String name() {
            return name;
        }
    }

    /**
     * L = (1/n) Σ_rows −Σₖ yₖ log softmax(z)ₖ over the n rows of the logits, the targets y either a tensor of the
     * logits' shape or one class label per row. Backward (fused): ∂L/∂zⱼ = g (softmax(z)ⱼ Σₖ yₖ − yⱼ) / n, which
     * is g (softmax(z) − y)/n for one-hot or probability rows.
     */
    static final class SoftmaxCrossEntropy implements Op {
        private final Tensor target;
        private final int[] labels;
        private double[] probabilities;
        private int[] shape;
        private int k;

        SoftmaxCrossEntropy(Tensor target, int[] labels) {
            this.target = target;
            this.labels = labels;
        }

        @Override
        public Tensor forward(Tensor... in) {
            shape = in[0].shape();
            k = shape[shape.length - 1];
            int n = in[0].size() / k;
            double[] z = in[0].data();
            probabilities = new double[z.length];
            double[] logNormaliser = RowOps.softmax(z, k, probabilities);
            double sum = 0; // Σ −y log softmax(z) with log softmax(z)ⱼ = zⱼ − logNormaliser
            if (labels != null) {
                for (int r = 0; r < n; r++) {
                    sum += logNormaliser[r] - z[r * k + labels[r]];
                }
            } else {
                double[] y = target.data();
                for (int i = 0; i < y.length; i++) {
                    if (y[i] != 0) {
                        sum += y[i] * (logNormaliser[i / k] - z[i]);
                    }
                }
            }
            return Tensor.scalar(sum / n);
        }

        @Override
        public Tensor[] backward(Tensor dl) {
            int n = probabilities.length / k;
            double scale = dl.item() / n;
            double[] dz = new double[probabilities.length];
            if (labels != null) {
                for (int i = 0; i < dz.length; i++) {
                    dz[i] = scale * probabilities[i];
                }
                for (int r = 0; r < n; r++) {
                    dz[r * k + labels[r]] -= scale;
                }
            } else {
                double[] y = target.data();
                for (int start = 0; start < dz.length; start += k) {
                    double mass = 0;
                    for (int j = start; j < start + k; j++) {
                        mass += y[j];
                    }
                    for (int j = start; j < start + k; j++) {
                        dz[j] = scale * (probabilities[j] * mass - y[j]);
                    }
                }
            }
            return new Tensor[] {Tensor.wrap(dz, shape)};
        }

        @Override
        public String name() {
            return "softmaxCrossEntropy";
        }
    }
}

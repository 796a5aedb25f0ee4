package org.mlworkbook.autodiff;

import org.mlworkbook.math.Rng;
import org.mlworkbook.tensor.Tensor;

/** The regularising operations: inverted dropout and batch normalisation (see {@link BatchNorm}). */
final class NormOps {

    private NormOps() {
    }

    /**
     * Inverted dropout: yᵢ = mᵢxᵢ with mᵢ = 1/(1 − p) (kept, probability 1 − p) or 0 (dropped, probability p), so
     * E[yᵢ] = xᵢ. Backward: ∂L/∂xᵢ = mᵢ ∂L/∂yᵢ.
     */
    static final class Dropout implements Op {
        private final double rate;
        private final Rng rng;
        private double[] mask;
        private int[] shape;

        Dropout(double rate, Rng rng) {
            this.rate = rate;
            this.rng = rng;
        }

        @Override
        public Tensor forward(Tensor... in) {
            double[] x = in[0].data();
            shape = in[0].shape();
            double keep = 1 / (1 - rate);
            mask = new double[x.length];
            double[] y = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                if (rng.uniform() >= rate) {
                    mask[i] = keep;
                    y[i] = x[i] * keep;
                }
            }
            return Tensor.wrap(y, shape);
        }

        @Override
        public Tensor[] backward(Tensor dy) {
            double[] g = dy.data();
            double[] dx = new double[g.length];
            for (int i = 0; i < g.length; i++) {
                dx[i] = g[i] * mask[i];
            }
            return new Tensor[] {Tensor.wrap(dx, shape)};
        }

        @Override
        public String name() {
            return "dropout(" + rate + ")";
        }
    }

    /**
     * Batch normalisation of the columns of an n×d matrix, y = γ x̂ + β with x̂ = (x − μ)/√(σ² + ε). With
     * batch statistics (training) μ and σ² are the column mean and biased variance of x itself, and
     * ∂L/∂xᵢ = (γ / (n√(σ² + ε))) (n gᵢ − Σⱼ gⱼ − x̂ᵢ Σⱼ gⱼ x̂ⱼ); with fixed statistics (evaluation)
     * ∂L/∂xᵢ = γ gᵢ / √(σ² + ε). In both ∂L/∂γ = Σᵢ gᵢ x̂ᵢ and ∂L/∂β = Σᵢ gᵢ (per column).
     */
    static final class BatchNormalize extends SelectiveOp {
        private final double eps;
        private final boolean batchStatistics;
        private double[] mean;
        private double[] variance;
        private double[] invStd;
        private double[] xHat;
        private double[] gamma;
        private int n;
        private int d;

        /** Training: statistics from the batch. */
        BatchNormalize(double eps) {
            super(3);
            this.eps = eps;
            this.batchStatistics = true;
        }

        /** Evaluation: fixed statistics. */
        BatchNormalize(Tensor mean, Tensor variance, double eps) {
            super(3);
            this.eps = eps;
            this.batchStatistics = false;
            this.mean = mean.data();
            this.variance = variance.data();
        }

        @Override
        public Tensor forward(Tensor... in) {
            double[] x = in[0].data();
            gamma = in[1].data();
            double[] beta = in[2].data();
            n = in[0].rows();
            d = in[0].cols();
            if (batchStatistics) {
                mean = new double[d];
                variance = new double[d];
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < d; j++) {
                        mean[j] += x[i * d + j];
                    }
                }
                for (int j = 0; j < d; j++) {
                    mean[j] /= n;
                }
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < d; j++) {
                        double c = x[i * d + j] - mean[j];
                        variance[j] += c * c;
                    }
                }
                for (int j = 0; j < d; j++) {
                    variance[j] /= n;
                }
            }
            invStd = new double[d];
            for (int j = 0; j < d; j++) {
                invStd[j] = 1 / Math.sqrt(variance[j] + eps);
            }
            xHat = new double[x.length];
            double[] y = new double[x.length];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < d; j++) {
                    int at = i * d + j;
                    xHat[at] = (x[at] - mean[j]) * invStd[j];
                    y[at] = gamma[j] * xHat[at] + beta[j];
                }
            }
            return Tensor.wrap(y, n, d);
        }

        /** @return the mean used (the batch's in training), a new d-vector */
        Tensor mean() {
            return Tensor.of(mean.clone());
        }

        /** @return the biased variance used, a new d-vector */
        Tensor variance() {
            return Tensor.of(variance.clone());
        }

        @Override
        public Tensor[] backward(Tensor dy, boolean[] needed) {
            double[] g = dy.data();
            double[] sumG = new double[d];
            double[] sumGXHat = new double[d];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < d; j++) {
                    int at = i * d + j;
                    sumG[j] += g[at];
                    sumGXHat[j] += g[at] * xHat[at];
                }
            }
            Tensor dx = null;
            if (needed[0]) {
                double[] out = new double[g.length];
                for (int j = 0; j < d; j++) {
                    double scale = gamma[j] * invStd[j];
                    for (int i = 0; i < n; i++) {
                        int at = i * d + j;
                        out[at] = batchStatistics
                                ? scale / n * (n * g[at] - sumG[j] - xHat[at] * sumGXHat[j])
                                : scale * g[at];
                    }
                }
                dx = Tensor.wrap(out, n, d);
            }
            return new Tensor[] {dx, needed[1] ? Tensor.of(sumGXHat) : null, needed[2] ? Tensor.of(sumG) : null};
        }

        @Override
        public String name() {
            return "batchNorm";
        }
    }
}

package org.mlworkbook.autodiff;

import org.mlworkbook.tensor.Tensor;

/**
 * Operations along the last axis (the rows of a matrix, or a whole vector): softmax, log-softmax, maxout, and
 * concatenation along any axis. Reached through {@link Var}; this class only groups them.
 */
final class RowOps {

    private RowOps() {
    }

    /** The length of the last axis; the tensor is read as size/length rows of that length. */
    static int lastAxis(String method, Tensor x) {
        if (x.rank() == 0 || x.shape()[x.rank() - 1] == 0) {
            throw new IllegalArgumentException(method + ": x expected at least one axis of length >= 1, got shape "
                    + x.shapeString());
        }
        return x.shape()[x.rank() - 1];
    }

    /**
     * Writes softmax of every row of z into out, e^(zₖ − m) / Σⱼ e^(zⱼ − m) with m the row maximum (no overflow),
     * and returns each row's log-normaliser m + log Σⱼ e^(zⱼ − m), so that log softmax(z)ₖ = zₖ − that.
     */
    static double[] softmax(double[] z, int k, double[] out) {
        double[] logNormaliser = new double[z.length / k];
        for (int start = 0, r = 0; start < z.length; start += k, r++) {
            double m = Double.NEGATIVE_INFINITY;
            for (int j = start; j < start + k; j++) {
                m = Math.max(m, z[j]);
            }
            double sum = 0;
            for (int j = start; j < start + k; j++) {
                double e = Math.exp(z[j] - m);
                out[j] = e;
                sum += e;
            }
            double inverse = 1 / sum;
            for (int j = start; j < start + k; j++) {
                out[j] *= inverse;
            }
            logNormaliser[r] = m + Math.log(sum);
        }
        return logNormaliser;
    }

    /** y = softmax(z) per row. Backward: ∂L/∂zⱼ = yⱼ (gⱼ − Σₖ gₖ yₖ). */
    static final class Softmax implements Op {
        private Tensor y;
        private int k;

        @Override
        public Tensor forward(Tensor... in) {
            k = lastAxis("softmax", in[0]);
            double[] out = new double[in[0].size()];
            softmax(in[0].data(), k, out);
            y = Tensor.wrap(out, in[0].shape());
            return y;
        }

        @Override
        public Tensor[] backward(Tensor dy) {
            double[] g = dy.data();
            double[] ys = y.data();
            double[] dz = new double[g.length];
            for (int start = 0; start < g.length; start += k) {
                double dot = 0;
                for (int j = start; j < start + k; j++) {
                    dot += g[j] * ys[j];
                }
                for (int j = start; j < start + k; j++) {
                    dz[j] = ys[j] * (g[j] - dot);
                }
            }
            return new Tensor[] {Tensor.wrap(dz, y.shape())};
        }

        @Override
        public String name() {
            return "softmax";
        }
    }

    /** y = log softmax(z) per row. Backward: ∂L/∂zⱼ = gⱼ − softmax(z)ⱼ Σₖ gₖ. */
    static final class LogSoftmax implements Op {
        private double[] probabilities;
        private int[] shape;
        private int k;

        @Override
        public Tensor forward(Tensor... in) {
            k = lastAxis("logSoftmax", in[0]);
            shape = in[0].shape();
            double[] z = in[0].data();
            probabilities = new double[z.length];
            double[] logNormaliser = softmax(z, k, probabilities);
            double[] out = new double[z.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = z[i] - logNormaliser[i / k];
            }
            return Tensor.wrap(out, shape);
        }

        @Override
        public Tensor[] backward(Tensor dy) {
            double[] g = dy.data();
            double[] dz = new double[g.length];
            for (int start = 0; start < g.length; start += k) {
                double sum = 0;
                for (int j = start; j < start + k; j++) {
                    sum += g[j];
                }
                for (int j = start; j < start + k; j++) {
                    dz[j] = g[j] - probabilities[j] * sum;
                }
            }
            return new Tensor[] {Tensor.wrap(dz, shape)};
        }

        @Override
        public String name() {
            return "logSoftmax";
        }
    }
}

package org.mlworkbook.autodiff;

import org.mlworkbook.tensor.Tensor;

/**
 * Operations along the last axis (the rows of a matrix, or a whole vector): softmax, log-softmax, maxout, PReLU
 * with one slope per column, and concatenation along any axis. Reached through {@link Var}; this class only groups
 * them.
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

    /**
     * PReLU y = x for x &gt; 0, αx otherwise, α one number or one per column (last axis). Backward:
     * ∂L/∂x = g (x &gt; 0 ? 1 : α), ∂L/∂α = Σ g x [x ≤ 0] (over all elements, or per column).
     */
    static final class Prelu extends SelectiveOp {
        Prelu() {
            super(2);
        }

        private Tensor x;
        private Tensor alpha;

        @Override
        public Tensor forward(Tensor... in) {
            x = in[0];
            alpha = in[1];
            double[] xs = x.data();
            double[] a = alpha.data();
            int period = a.length;
            double[] y = new double[xs.length];
            for (int i = 0; i < xs.length; i++) {
                y[i] = xs[i] > 0 ? xs[i] : a[i % period] * xs[i];
            }
            return Tensor.wrap(y, x.shape());
        }

        @Override
        public Tensor[] backward(Tensor dy, boolean[] needed) {
            double[] g = dy.data();
            double[] xs = x.data();
            double[] a = alpha.data();
            int period = a.length;
            double[] dx = needed[0] ? new double[xs.length] : null;
            double[] da = needed[1] ? new double[period] : null;
            for (int i = 0; i < xs.length; i++) {
                boolean positive = xs[i] > 0;
                if (dx != null) {
                    dx[i] = positive ? g[i] : g[i] * a[i % period];
                }
                if (da != null && !positive) {
                    da[i % period] += g[i] * xs[i];
                }
            }
            return new Tensor[] {dx == null ? null : Tensor.wrap(dx, x.shape()),
                da == null ? null : Tensor.wrap(da, alpha.shape())};
        }

        @Override
        public String name() {
            return "prelu";
        }
    }

    /**
     * Maxout: an n×(d·k) matrix to n×d, yᵢⱼ = max over the k consecutive columns j·k … j·k + k − 1. Backward: the
     * upstream gradient goes to the column that was the maximum (the first one on ties), 0 to the others.
     */
    static final class Maxout implements Op {
        private final int pieces;
        private int[] winner;
        private int[] xShape;

        Maxout(int pieces) {
            this.pieces = pieces;
        }

        @Override
        public Tensor forward(Tensor... in) {
            Tensor x = in[0];
            if (x.rank() != 2 || x.cols() % pieces != 0 || x.cols() == 0) {
                throw new IllegalArgumentException("maxout: x expected an n×(d·" + pieces
                        + ") matrix (columns a positive multiple of pieces = " + pieces + "), got shape "
                        + x.shapeString());
            }
            xShape = x.shape();
            double[] xs = x.data();
            int outputs = xs.length / pieces;
            winner = new int[outputs];
            double[] y = new double[outputs];
            for (int o = 0; o < outputs; o++) {
                int best = o * pieces;
                for (int c = best + 1; c < (o + 1) * pieces; c++) {
                    if (xs[c] > xs[best]) {
                        best = c;
                    }
                }
                winner[o] = best;
                y[o] = xs[best];
            }
            return Tensor.wrap(y, x.rows(), x.cols() / pieces);
        }

        @Override
        public Tensor[] backward(Tensor dy) {
            double[] g = dy.data();
            double[] dx = new double[g.length * pieces];
            for (int o = 0; o < g.length; o++) {
                dx[winner[o]] = g[o];
            }
            return new Tensor[] {Tensor.wrap(dx, xShape)};
        }

        @Override
        public String name() {
            return "maxout(" + pieces + ")";
        }
    }

    /**
     * Concatenation along an axis: the parts laid one after the other, all other dimensions equal. Backward: each
     * part gets its slice of the upstream gradient.
     */
    static final class Concat extends SelectiveOp {
        private final int axis;
        private int[][] shapes;
        private int outer;
        private int[] blocks;

        Concat(int axis, int parts) {
            super(parts);
            this.axis = axis;
        }

        @Override
        public Tensor forward(Tensor... in) {
            int[] first = in[0].shape();
            if (axis < 0 || axis >= first.length) {
                throw new IllegalArgumentException("concat: axis expected 0.." + (first.length - 1) + " for shape "
                        + in[0].shapeString() + ", got " + axis);
            }
            shapes = new int[in.length][];
            blocks = new int[in.length];
            outer = 1;
            for (int a = 0; a < axis; a++) {
                outer *= first[a];
            }
            int inner = 1;
            for (int a = axis + 1; a < first.length; a++) {
                inner *= first[a];
            }
            int[] out = first.clone();
            out[axis] = 0;
            for (int p = 0; p < in.length; p++) {
                shapes[p] = in[p].shape();
                if (!sameExceptAxis(first, shapes[p])) {
                    throw new IllegalArgumentException("concat: parts expected equal shapes except along axis " + axis
                            + ", got " + in[0].shapeString() + " and " + in[p].shapeString() + " (part " + p + ")");
                }
                out[axis] += shapes[p][axis];
                blocks[p] = shapes[p][axis] * inner;
            }
            int row = 0;
            for (int b : blocks) {
                row += b;
            }
            double[] y = new double[outer * row];
            for (int o = 0, offset = 0; o < outer; o++) {
                for (int p = 0; p < in.length; p++) {
                    System.arraycopy(in[p].data(), o * blocks[p], y, offset, blocks[p]);
                    offset += blocks[p];
                }
            }
            return Tensor.wrap(y, out);
        }

        private boolean sameExceptAxis(int[] a, int[] b) {
            if (a.length != b.length) {
                return false;
            }
            for (int i = 0; i < a.length; i++) {
                if (i != axis && a[i] != b[i]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public Tensor[] backward(Tensor dy, boolean[] needed) {
            double[] g = dy.data();
            double[][] parts = new double[shapes.length][];
            for (int p = 0; p < shapes.length; p++) {
                parts[p] = needed[p] ? new double[outer * blocks[p]] : null;
            }
            for (int o = 0, offset = 0; o < outer; o++) {
                for (int p = 0; p < shapes.length; p++) {
                    if (parts[p] != null) {
                        System.arraycopy(g, offset, parts[p], o * blocks[p], blocks[p]);
                    }
                    offset += blocks[p];
                }
            }
            Tensor[] out = new Tensor[shapes.length];
            for (int p = 0; p < shapes.length; p++) {
                out[p] = parts[p] == null ? null : Tensor.wrap(parts[p], shapes[p]);
            }
            return out;
        }

        @Override
        public String name() {
            return "concat(" + axis + ")";
        }
    }
}

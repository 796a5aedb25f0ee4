package org.mlworkbook.autodiff;

import java.util.Arrays;
import org.mlworkbook.tensor.Tensor;
import org.mlworkbook.tensor.TensorOps;

/**
 * The built-in operations, one small {@link Op} each with its forward and backward side by side. They are reached
 * through the methods of {@link Var}; this class only groups them. Element-wise binary ops broadcast as
 * {@link Tensor#add(Tensor)} does (a scalar, or a row vector over the rows of a matrix), and their backward sums
 * the upstream gradient back to each input's shape ({@link #unbroadcast}).
 */
final class Ops {

    /** Both gradients of a binary op, for {@code backward(upstream)}. */

    private Ops() {
    }

    /**
     * Sums a gradient of the broadcast shape back to an input's shape: unchanged if the shapes agree, Σ of all
     * elements for a scalar input, the column sums Σᵢ gᵢⱼ for a row-vector input.
     */
    static Tensor unbroadcast(Tensor g, int[] shape) {
        if (Arrays.equals(g.shape(), shape)) {
            return g;
        }
        if (shape.length == 0) {
            return Tensor.scalar(g.sum());
        }
        return g.sum(0).reshape(shape);
    }

    /**
     * Spreads g (the result of reducing along {@code axis}) back over that axis: out[…, k, …] = g[…] for every k.
     */
    static Tensor expand(Tensor g, int[] shape, int axis) {
        int length = shape[axis];
        int inner = 1;
        for (int a = axis + 1; a < shape.length; a++) {
            inner *= shape[a];
        }
        Tensor out = Tensor.zeros(shape);
        double[] o = out.data();
        double[] in = g.data();
        int outer = in.length / Math.max(inner, 1);
        for (int i = 0; i < outer; i++) {
            for (int k = 0; k < length; k++) {
                System.arraycopy(in, i * inner, o, (i * length + k) * inner, inner);
            }
        }
        return out;
    }

    /** z = x + y. Backward: ∂L/∂x = ∂L/∂z, ∂L/∂y = ∂L/∂z (summed over broadcast rows). */
    static final class Add extends SelectiveOp {
        Add() {
            super(2);
        }

        private int[] xShape;
        private int[] yShape;

        @Override
        public Tensor forward(Tensor... in) {
            xShape = in[0].shape();
            yShape = in[1].shape();
            return in[0].add(in[1]);
        }

        @Override
        public Tensor[] backward(Tensor dz, boolean[] needed) {
            return new Tensor[] {needed[0] ? unbroadcast(dz, xShape) : null,
                needed[1] ? unbroadcast(dz, yShape) : null};
        }
    }

    /** z = x − y. Backward: ∂L/∂x = ∂L/∂z, ∂L/∂y = −∂L/∂z. */
    static final class Sub extends SelectiveOp {
        Sub() {
            super(2);
        }

        private int[] xShape;
        private int[] yShape;

        @Override
        public Tensor forward(Tensor... in) {
            xShape = in[0].shape();
            yShape = in[1].shape();
            return in[0].sub(in[1]);
        }

        @Override
        public Tensor[] backward(Tensor dz, boolean[] needed) {
            return new Tensor[] {needed[0] ? unbroadcast(dz, xShape) : null,
                needed[1] ? unbroadcast(dz.neg(), yShape) : null};
        }
    }

    /** z = x ⊙ y. Backward: ∂L/∂x = ∂L/∂z ⊙ y, ∂L/∂y = ∂L/∂z ⊙ x. */
    static final class Mul extends SelectiveOp {
        Mul() {
            super(2);
        }

        private Tensor x;
        private Tensor y;

        @Override
        public Tensor forward(Tensor... in) {
            x = in[0];
            y = in[1];
            return x.mul(y);
        }

        @Override
        public Tensor[] backward(Tensor dz, boolean[] needed) {
            return new Tensor[] {needed[0] ? unbroadcast(dz.mul(y), x.shape()) : null,
                needed[1] ? unbroadcast(dz.mul(x), y.shape()) : null};
        }
    }

    /** z = x / y. Backward: ∂L/∂x = ∂L/∂z / y, ∂L/∂y = −∂L/∂z ⊙ x / y² = −∂L/∂z ⊙ z / y. */
    static final class Div extends SelectiveOp {
        Div() {
            super(2);
        }

        private Tensor x;
        private Tensor y;
        private Tensor z;

        @Override
        public Tensor forward(Tensor... in) {
            x = in[0];
            y = in[1];
            z = x.div(y);
            return z;
        }

        @Override
        public Tensor[] backward(Tensor dz, boolean[] needed) {
            Tensor dx = dz.div(y);
            return new Tensor[] {needed[0] ? unbroadcast(dx, x.shape()) : null,
                needed[1] ? unbroadcast(dx.mul(z).neg(), y.shape()) : null};
        }
    }

    /** z = −x. Backward: ∂L/∂x = −∂L/∂z. */
    static final class Neg implements Op {
        @Override
        public Tensor forward(Tensor... in) {
            return in[0].neg();
        }

        @Override
        public Tensor[] backward(Tensor dz) {
            return new Tensor[] {dz.neg()};
        }
    }

    /**
     * C = A·B. Backward: ∂L/∂A = ∂L/∂C · Bᵀ, ∂L/∂B = Aᵀ · ∂L/∂C. A 1-D A is treated as a 1×n row and a 1-D B as
     * an n×1 column, as {@link Tensor#matmul} reads them.
     */
    static final class MatMul extends SelectiveOp {
        MatMul() {
            super(2);
        }

        private Tensor a;
        private Tensor b;

        @Override
        public Tensor forward(Tensor... in) {
            a = in[0];
            b = in[1];
            return a.matmul(b);
        }

        /** Computes only the needed products: the first layer's ∂L/∂X (X the data) is never formed. */
        @Override
        public Tensor[] backward(Tensor dz, boolean[] needed) {
            Tensor a2 = a.rank() == 1 ? a.reshape(1, -1) : a;
            Tensor b2 = b.rank() == 1 ? b.reshape(-1, 1) : b;
            Tensor g = dz.reshape(a2.shape()[0], b2.shape()[1]);
            Tensor da = needed[0] ? TensorOps.matmul(g, false, b2, true).reshape(a.shape()) : null;
            Tensor db = needed[1] ? TensorOps.matmul(a2, true, g, false).reshape(b.shape()) : null;
            return new Tensor[] {da, db};
        }

        @Override
        public String name() {
            return "matmul";
        }
    }

    /** s = Σᵢ xᵢ (a scalar tensor). Backward: ∂L/∂xᵢ = ∂L/∂s. */
    static final class Sum implements Op {
        private int[] xShape;

        @Override
        public Tensor forward(Tensor... in) {
            xShape = in[0].shape();
            return Tensor.scalar(in[0].sum());
        }

        @Override
        public Tensor[] backward(Tensor ds) {
            return new Tensor[] {Tensor.full(ds.item(), xShape)};
        }
    }

    /** s = (1/n) Σᵢ xᵢ (a scalar tensor). Backward: ∂L/∂xᵢ = ∂L/∂s / n. */
    static final class Mean implements Op {
        private int[] xShape;
        private int n;

        @Override
        public Tensor forward(Tensor... in) {
            xShape = in[0].shape();
            n = in[0].size();
            return Tensor.scalar(in[0].mean());
        }

        @Override
        public Tensor[] backward(Tensor ds) {
            return new Tensor[] {Tensor.full(ds.item() / n, xShape)};
        }
    }

    /**
     * Sum (or mean) along one axis, removing it: s_{…} = c Σₖ x_{…k…} with c = 1 (sum) or 1/nₖ (mean).
     * Backward: ∂L/∂x_{…k…} = c ∂L/∂s_{…} for every k.
     */
    static final class AxisReduce implements Op {
        private final int axis;
        private final boolean mean;
        private int[] xShape;

        AxisReduce(int axis, boolean mean) {
            this.axis = axis;
            this.mean = mean;
        }

        @Override
        public Tensor forward(Tensor... in) {
            xShape = in[0].shape();
            return mean ? in[0].mean(axis) : in[0].sum(axis);
        }

        @Override
        public Tensor[] backward(Tensor ds) {
            Tensor g = expand(ds, xShape, axis);
            return new Tensor[] {mean ? g.mulInPlace(1.0 / xShape[axis]) : g};
        }

        @Override
        public String name() {
            return (mean ? "mean(" : "sum(") + axis + ")";
        }
    }

    /** z = x seen with another shape (same elements, row-major). Backward: ∂L/∂x = ∂L/∂z reshaped to x's shape. */
    static final class Reshape implements Op {
        private final int[] shape;
        private int[] xShape;

        Reshape(int[] shape) {
            this.shape = shape.clone();
        }

        @Override
        public Tensor forward(Tensor... in) {
            xShape = in[0].shape();
            return in[0].reshape(shape);
        }

        @Override
        public Tensor[] backward(Tensor dz) {
            return new Tensor[] {dz.reshape(xShape)};
        }
    }

    /** Z = Xᵀ (2-D). Backward: ∂L/∂X = (∂L/∂Z)ᵀ. */
    static final class Transpose implements Op {
        @Override
        public Tensor forward(Tensor... in) {
            return in[0].transpose();
        }

        @Override
        public Tensor[] backward(Tensor dz) {
            return new Tensor[] {dz.transpose()};
        }
    }

    /** z = eˣ. Backward: ∂L/∂x = ∂L/∂z ⊙ z. */
    static final class Exp implements Op {
        private Tensor z;

        @Override
        public Tensor forward(Tensor... in) {
            z = in[0].exp();
            return z;
        }

        @Override
        public Tensor[] backward(Tensor dz) {
            return new Tensor[] {dz.mul(z)};
        }
    }

    /** z = ln x. Backward: ∂L/∂x = ∂L/∂z / x. */
    static final class Log implements Op {
        private Tensor x;

        @Override
        public Tensor forward(Tensor... in) {
            x = in[0];
            return x.log();
        }

        @Override
        public Tensor[] backward(Tensor dz) {
            return new Tensor[] {dz.div(x)};
        }
    }

    /** z = xᵖ for a constant p. Backward: ∂L/∂x = ∂L/∂z ⊙ p xᵖ⁻¹. */
    static final class Pow implements Op {
        private final double p;
        private Tensor x;

        Pow(double p) {
            this.p = p;
        }

        @Override
        public Tensor forward(Tensor... in) {
            x = in[0];
            return x.pow(p);
        }

        @Override
        public Tensor[] backward(Tensor dz) {
            return new Tensor[] {dz.mul(x.pow(p - 1).mulInPlace(p))};
        }

        @Override
        public String name() {
            return "pow(" + p + ")";
        }
    }

    /** y = f(x) element-wise for an {@link Activation} f. Backward: ∂L/∂x = ∂L/∂y ⊙ f′(x), f′ from x and y. */
    static final class Activate implements Op {
        private final Activation f;
        private Tensor x;
        private Tensor y;

        Activate(Activation f) {
            this.f = f;
        }

        @Override
        public Tensor forward(Tensor... in) {
            x = in[0];
            y = f.apply(x);
            return y;
        }

        @Override
        public Tensor[] backward(Tensor dy) {
            return new Tensor[] {f.backward(x, y, dy)};
        }

        @Override
        public String name() {
            return f.name();
        }
    }
}

package org.mlworkbook.tensor;

import java.util.Arrays;
import org.ejml.EjmlParameters;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.CommonOps_MT_DDRM;

/**
 * The out-parameter level under {@link Tensor}: the caller owns the result tensor, so an inner loop (a layer's
 * forward pass, a training step) multiplies without allocating. {@link Tensor#matmul} is the friendly level and
 * calls the same kernel.
 */
public final class TensorOps {

    /** Multiply-adds m·n·p from which a product is worth splitting between threads (about 0.2 ms on one core). */
    static final long PARALLEL_WORK = 1L << 20;

    private TensorOps() {
    }

    /**
     * Matrix product written into {@code out}: C = A·B, cᵢⱼ = Σₖ aᵢₖ bₖⱼ, by the vectorised row kernel
     * {@link RowProduct} for wide products and by EJML's {@code CommonOps_DDRM.mult} on zero-copy wraps of the
     * three arrays otherwise (multi-threaded when large). 1-D operands are read as in {@link Tensor#matmul}.
     *
     * @param a   A, m×n (or [n]). Not modified.
     * @param b   B, n×p (or [n]). Not modified.
     * @param out C, of the shape {@code a.matmul(b)} would have, sharing no data with a or b. Modified.
     * @return out
     * @throws IllegalArgumentException if the shapes do not match or out shares its data with a or b
     */
    public static Tensor matmul(Tensor a, Tensor b, Tensor out) {
        Tensor.requireTensor("matmul", "out", out);
        int[] expected = matmulShape("matmul", a, b);
        if (!Arrays.equals(expected, out.shape())) {
            throw new IllegalArgumentException(String.format("matmul: out expected shape %s for %s·%s, got %s",
                    Arrays.toString(expected), a.shapeString(), b.shapeString(), out.shapeString()));
        }
        if (out.data() == a.data() || out.data() == b.data()) {
            throw new IllegalArgumentException("matmul: out expected its own data, got data shared with "
                    + (out.data() == a.data() ? "a" : "b"));
        }
        multiply(a, b, out);
        return out;
    }

    /**
     * The shape of A·B: [m, p] for two matrices, [p] for [n]·[n, p], [m] for [m, n]·[n], [] for [n]·[n].
     *
     * @throws IllegalArgumentException if a rank is not 1 or 2 or the inner dimensions differ; the message
     *                                  names both shapes
     */
    static int[] matmulShape(String method, Tensor a, Tensor b) {
        Tensor.requireTensor(method, "a", a);
        Tensor.requireTensor(method, "b", b);
        if (a.rank() < 1 || a.rank() > 2 || b.rank() < 1 || b.rank() > 2) {
            throw new IllegalArgumentException(String.format("%s: expected 1-D or 2-D tensors, got %s and %s",
                    method, a.shapeString(), b.shapeString()));
        }
        int[] left = dims(a, true);
        int[] right = dims(b, false);
        if (left[1] != right[0]) {
            throw new IllegalArgumentException(String.format("%s: expected a.cols == b.rows, got %s and %s",
                    method, a.shapeString(), b.shapeString()));
        }
        if (a.rank() == 1) {
            return b.rank() == 1 ? new int[0] : new int[] {right[1]};
        }
        return b.rank() == 1 ? new int[] {left[0]} : new int[] {left[0], right[1]};
    }

    /**
     * out ← A·B; the shapes have been checked by {@link #matmulShape}. See the kernels' choice below.
     */
    static void multiply(Tensor a, Tensor b, Tensor out) {
        int[] left = dims(a, true);
        int[] right = dims(b, false);
        multiply(a.data(), false, b.data(), false, out.data(), left[0], left[1], right[1]);
    }

    /**
     * Matrix product with transposed operands read in place: C = op(A)·op(B), op(X) = Xᵀ when asked, as a layer's
     * backward pass needs (∂L/∂W = Xᵀ·G, ∂L/∂X = G·Wᵀ) without transposed copies. Same kernels as
     * {@link #matmul(Tensor, Tensor, Tensor)}.
     *
     * @param a          A, a matrix. Not modified.
     * @param transposeA whether to use Aᵀ
     * @param b          B, a matrix. Not modified.
     * @param transposeB whether to use Bᵀ
     * @return a new matrix op(A)·op(B)
     * @throws IllegalArgumentException if a or b is null or not 2-D, or the inner dimensions differ (both shapes
     *                                  are named)
     */
    public static Tensor matmul(Tensor a, boolean transposeA, Tensor b, boolean transposeB) {
        Tensor.requireTensor("matmul", "a", a);
        Tensor.requireTensor("matmul", "b", b);
        if (a.rank() != 2 || b.rank() != 2) {
            throw new IllegalArgumentException(String.format("matmul: expected two matrices, got %s and %s",
                    a.shapeString(), b.shapeString()));
        }
        int m = transposeA ? a.cols() : a.rows();
        int k = transposeA ? a.rows() : a.cols();
        int kb = transposeB ? b.cols() : b.rows();
        int n = transposeB ? b.rows() : b.cols();
        if (k != kb) {
            throw new IllegalArgumentException(String.format("matmul: expected op(a).cols == op(b).rows, got %s%s and "
                    + "%s%s", a.shapeString(), transposeA ? "ᵀ" : "", b.shapeString(), transposeB ? "ᵀ" : ""));
        }
        Tensor out = Tensor.zeros(m, n);
        multiply(a.data(), transposeA, b.data(), transposeB, out.data(), m, k, n);
        return out;
    }

    /**
     * c ← op(A)·op(B) for an m×k op(A) and a k×n op(B). Wide products (n ≥ {@value RowProduct#MIN_COLUMNS},
     * m ≥ {@value RowProduct#MIN_ROWS}) run on {@link RowProduct}, and so do tall narrow ones (a layer's 10
     * outputs) as Cᵀ = op(B)ᵀ·op(A)ᵀ, the same sums in the same order; the rest on EJML's {@code mult},
     * {@code multTransA}, {@code multTransB} or {@code multTransAB} over zero-copy wraps. Products of at least
     * {@value #PARALLEL_WORK} multiply-adds run on all cores (rows split between threads; each cᵢⱼ is summed in the
     * same order whatever the thread count, so results do not depend on it).
     */
    private static void multiply(double[] a, boolean transposeA, double[] b, boolean transposeB, double[] c, int m,
                                 int k, int n) {
        boolean parallel = (long) m * k * n >= PARALLEL_WORK;
        if (n >= RowProduct.MIN_COLUMNS && m >= RowProduct.MIN_ROWS) {
            RowProduct.multiply(a, transposeA, b, transposeB, c, m, k, n, parallel);
            return;
        }
        if (m >= RowProduct.MIN_COLUMNS && n >= RowProduct.MIN_ROWS) {
            double[] transposed = new double[n * m];
            RowProduct.multiply(b, !transposeB, a, !transposeA, transposed, n, k, m, parallel);
            transposeInto(transposed, n, m, c);
            return;
        }
        DMatrixRMaj ma = transposeA ? DMatrixRMaj.wrap(k, m, a) : DMatrixRMaj.wrap(m, k, a);
        DMatrixRMaj mb = transposeB ? DMatrixRMaj.wrap(n, k, b) : DMatrixRMaj.wrap(k, n, b);
        DMatrixRMaj mc = DMatrixRMaj.wrap(m, n, c);
        if (transposeA && transposeB) {
            CommonOps_DDRM.multTransAB(ma, mb, mc);
        } else if (transposeA) {
            CommonOps_DDRM.multTransA(ma, mb, mc);
        } else if (transposeB) {
            CommonOps_DDRM.multTransB(ma, mb, mc);
        } else if (parallel && m > 1 && n > 1 && k >= EjmlParameters.MULT_COLUMN_SWITCH) {
            CommonOps_MT_DDRM.mult(ma, mb, mc);
        } else {
            CommonOps_DDRM.mult(ma, mb, mc);
        }
    }

    /** {rows, cols} of a tensor read as a matrix: a 1-D tensor is a row on the left, a column on the right. */
    private static int[] dims(Tensor t, boolean left) {
        int[] shape = t.shape();
        if (shape.length == 2) {
            return shape;
        }
        return left ? new int[] {1, shape[0]} : new int[] {shape[0], 1};
    }

    /** out ← xᵀ for a row-major rows×cols array x; out is cols×rows. */
    static void transposeInto(double[] x, int rows, int cols, double[] out) {
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                out[j * rows + i] = x[i * cols + j];
            }
        }
    }
}

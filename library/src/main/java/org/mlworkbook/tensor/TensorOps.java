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
     * out ← A·B; the shapes have been checked by {@link #matmulShape}. Wide products (B with at least
     * {@value RowProduct#MIN_COLUMNS} columns, A with at least {@value RowProduct#MIN_ROWS} rows) use
     * {@link RowProduct}, the others EJML's {@code CommonOps_DDRM.mult} on zero-copy wraps. Products of at least
     * {@value #PARALLEL_WORK} multiply-adds run on all cores (rows split between threads; each cᵢⱼ is summed in the
     * same order whatever the thread count, so results do not depend on it).
     */
    static void multiply(Tensor a, Tensor b, Tensor out) {
        int[] left = dims(a, true);
        int[] right = dims(b, false);
        int m = left[0];
        int k = left[1];
        int n = right[1];
        boolean parallel = (long) m * k * n >= PARALLEL_WORK;
        if (n >= RowProduct.MIN_COLUMNS && m >= RowProduct.MIN_ROWS) {
            RowProduct.multiply(a.data(), b.data(), out.data(), m, k, n, parallel);
            return;
        }
        DMatrixRMaj ma = DMatrixRMaj.wrap(m, k, a.data());
        DMatrixRMaj mb = DMatrixRMaj.wrap(k, n, b.data());
        DMatrixRMaj mc = DMatrixRMaj.wrap(m, n, out.data());
        if (parallel && m > 1 && n > 1 && k >= EjmlParameters.MULT_COLUMN_SWITCH) {
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
}

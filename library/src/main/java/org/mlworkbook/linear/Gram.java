package org.mlworkbook.linear;

import java.util.stream.IntStream;
import org.mlworkbook.tensor.Tensor;

/**
 * The sums the normal equations need, from one pass over the rows: the Gram matrix XᵀX, Xᵀy, the column sums
 * 1ᵀX and Σy. The Gram matrix of the design matrix with the bias column, Z = [1 X], follows without building Z:
 * <pre>
 *   ZᵀZ = ⎡ n     1ᵀX ⎤      Zᵀy = ⎡ Σy  ⎤
 *         ⎣ Xᵀ1   XᵀX ⎦            ⎣ Xᵀy ⎦
 * </pre>
 * Speed: XᵀX is symmetric, so only gₖₗ with l ≥ k is summed (then mirrored); four data rows at a time, so each gₖₗ
 * is loaded and stored once per four rows, and two rows k, k+1 of the sum at a time, so each loaded xᵢₗ serves both. Blocks of rows are summed in parallel and the block sums added in a fixed
 * order, so the result does not depend on the number of threads.
 *
 * @param n          the number of rows
 * @param d          the number of columns of X
 * @param xtx        XᵀX, d×d row-major, symmetric
 * @param xty        Xᵀy, d values
 * @param columnSums 1ᵀX = Σᵢ xᵢⱼ, d values
 * @param sumY       Σᵢ yᵢ
 */
record Gram(int n, int d, double[] xtx, double[] xty, double[] columnSums, double sumY) {

    /** Rows per parallel block, at least: a block's work must outweigh handing it to a thread. */
    private static final int MIN_BLOCK_ROWS = 4096;
    /** At most this many blocks, each with its own d×d partial sum. */
    private static final int MAX_BLOCKS = 16;

    /**
     * @param x n×d, checked by the caller. Not modified.
     * @param y n targets, checked by the caller. Not modified.
     */
    static Gram of(Tensor x, double[] y) {
        int n = x.rows();
        int d = x.cols();
        int blocks = Math.max(1, Math.min(MAX_BLOCKS, n / MIN_BLOCK_ROWS));
        int blockRows = (n + blocks - 1) / blocks;
        double[][] partial = new double[blocks][];
        IntStream.range(0, blocks).parallel().forEach(b ->
                partial[b] = accumulate(x.data(), y, d, b * blockRows, Math.min(n, (b + 1) * blockRows)));
        double[] total = partial[0];
        for (int b = 1; b < blocks; b++) {
            for (int i = 0; i < total.length; i++) {
                total[i] += partial[b][i];
            }
        }
        double[] xtx = new double[d * d];
        for (int k = 0; k < d; k++) {
            for (int l = k; l < d; l++) {
                xtx[k * d + l] = total[k * d + l];
                xtx[l * d + k] = total[k * d + l];
            }
        }
        double[] xty = new double[d];
        double[] columnSums = new double[d];
        System.arraycopy(total, d * d, xty, 0, d);
        System.arraycopy(total, d * d + d, columnSums, 0, d);
        return new Gram(n, d, xtx, xty, columnSums, total[d * d + 2 * d]);
    }

    /**
     * ZᵀZ + α·P and Zᵀy for Z = [1 X] (with the intercept) or Z = X, where P is the identity without its
     * intercept entry: the intercept is never penalised.
     *
     * @return {p×p matrix, p values} with p = d + 1 or d
     */
    double[][] system(double alpha, boolean fitIntercept) {
        int off = fitIntercept ? 1 : 0;
        int p = d + off;
        double[] a = new double[p * p];
        double[] b = new double[p];
        if (fitIntercept) {
            a[0] = n;
            b[0] = sumY;
            for (int k = 0; k < d; k++) {
                a[k + 1] = columnSums[k];
                a[(k + 1) * p] = columnSums[k];
            }
        }
        for (int k = 0; k < d; k++) {
            System.arraycopy(xtx, k * d, a, (k + off) * p + off, d);
            a[(k + off) * p + k + off] += alpha;
            b[k + off] = xty[k];
        }
        return new double[][] {a, b};
    }

    /**
     * Sums over rows from … to−1: the upper triangle of XᵀX (d×d, row-major), then Xᵀy, then 1ᵀX, then Σy.
     */
    private static double[] accumulate(double[] x, double[] y, int d, int from, int to) {
        double[] s = new double[d * d + 2 * d + 1];
        int xty = d * d;
        int sums = xty + d;
        int i = from;
        for (; i + 4 <= to; i += 4) {
            int r0 = i * d;
            int r1 = r0 + d;
            int r2 = r1 + d;
            int r3 = r2 + d;
            double y0 = y[i];
            double y1 = y[i + 1];
            double y2 = y[i + 2];
            double y3 = y[i + 3];
            int k = 0;
            for (; k + 2 <= d; k += 2) {   // two rows of the Gram matrix share every load of x
                double a0 = x[r0 + k];
                double a1 = x[r1 + k];
                double a2 = x[r2 + k];
                double a3 = x[r3 + k];
                double b0 = x[r0 + k + 1];
                double b1 = x[r1 + k + 1];
                double b2 = x[r2 + k + 1];
                double b3 = x[r3 + k + 1];
                int row = k * d;
                int next = row + d;
                for (int l = k; l < d; l++) {   // gₖ₊₁,ₖ is summed too (lower triangle, never read)
                    double x0 = x[r0 + l];
                    double x1 = x[r1 + l];
                    double x2 = x[r2 + l];
                    double x3 = x[r3 + l];
                    s[row + l] += a0 * x0 + a1 * x1 + a2 * x2 + a3 * x3;
                    s[next + l] += b0 * x0 + b1 * x1 + b2 * x2 + b3 * x3;
                }
                s[xty + k] += a0 * y0 + a1 * y1 + a2 * y2 + a3 * y3;
                s[sums + k] += a0 + a1 + a2 + a3;
                s[xty + k + 1] += b0 * y0 + b1 * y1 + b2 * y2 + b3 * y3;
                s[sums + k + 1] += b0 + b1 + b2 + b3;
            }
            for (; k < d; k++) {
                double a0 = x[r0 + k];
                double a1 = x[r1 + k];
                double a2 = x[r2 + k];
                double a3 = x[r3 + k];
                int row = k * d;
                for (int l = k; l < d; l++) {
                    s[row + l] += a0 * x[r0 + l] + a1 * x[r1 + l] + a2 * x[r2 + l] + a3 * x[r3 + l];
                }
                s[xty + k] += a0 * y0 + a1 * y1 + a2 * y2 + a3 * y3;
                s[sums + k] += a0 + a1 + a2 + a3;
            }
            s[sums + d] += y0 + y1 + y2 + y3;
        }
        for (; i < to; i++) {
            int r = i * d;
            for (int k = 0; k < d; k++) {
                double a = x[r + k];
                for (int l = k; l < d; l++) {
                    s[k * d + l] += a * x[r + l];
                }
                s[xty + k] += a * y[i];
                s[sums + k] += a;
            }
            s[sums + d] += y[i];
        }
        return s;
    }
}

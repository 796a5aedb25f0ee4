package org.mlworkbook.linear;

import org.mlworkbook.tensor.Tensor;
import org.mlworkbook.tensor.TensorOps;

/**
 * One gradient evaluation of softmax regression on a batch of m rows, with every buffer allocated once:
 * <pre>
 *   Z = X·Θ + b              (m×K logits; Θ = Wᵀ is d×K, the notes' layout)
 *   Ŷ = softmax(Z) row-wise,  L = (1/m) Σᵢ [log Σₖ e^(zᵢₖ) − zᵢ,yᵢ]
 *   G = (1/m)(Ŷ − Y)          (Y one-hot, never built: 1 is subtracted at the true class)
 *   ∂L/∂Θ = Xᵀ·G,  ∂L/∂b = Σᵢ Gᵢ
 * </pre>
 * The softmax, the loss and G come from one fused pass over Z; the two products are {@link TensorOps#matmul} into
 * preallocated tensors. The L2 term is added by the caller.
 */
final class SoftmaxStep {

    final Tensor x;
    final Tensor xTransposed;
    final int[] y;
    private final Tensor z;
    final Tensor gradTheta;
    final double[] gradBias;

    /**
     * Buffers for a batch of m rows.
     *
     * @param x           the batch's m×d rows: written by the caller before each {@link #evaluate} (or fixed).
     * @param xTransposed its d×m transpose, kept in step with x by the caller
     * @param y           its m labels, kept in step with x by the caller
     */
    SoftmaxStep(Tensor x, Tensor xTransposed, int[] y, int numClasses) {
        this.x = x;
        this.xTransposed = xTransposed;
        this.y = y;
        this.z = Tensor.zeros(x.rows(), numClasses);
        this.gradTheta = Tensor.zeros(x.cols(), numClasses);
        this.gradBias = new double[numClasses];
    }

    /** Buffers for a batch of m rows of d features, filled later by {@link #gather}. */
    static SoftmaxStep forBatches(int m, int d, int numClasses) {
        return new SoftmaxStep(Tensor.zeros(m, d), Tensor.zeros(d, m), new int[m], numClasses);
    }

    /** Copies rows {@code order[from … from + m − 1]} of (x, y) into this step's batch: x, its transpose and y. */
    void gather(Tensor source, int[] labels, int[] order, int from) {
        int m = y.length;
        int d = source.cols();
        double[] src = source.data();
        double[] rows = x.data();
        double[] cols = xTransposed.data();
        for (int r = 0; r < m; r++) {
            int i = order[from + r];
            System.arraycopy(src, i * d, rows, r * d, d);
            for (int j = 0; j < d; j++) {
                cols[j * m + r] = src[i * d + j];
            }
            y[r] = labels[i];
        }
    }

    /**
     * Computes the mean cross-entropy of the current batch at (Θ, b) and leaves ∂L/∂Θ in {@link #gradTheta} and
     * ∂L/∂b in {@link #gradBias}.
     *
     * @param theta d×K. Not modified.
     * @param bias  K. Not modified.
     * @return L = (1/m) Σᵢ −log ŷᵢ,yᵢ
     */
    double evaluate(Tensor theta, double[] bias) {
        TensorOps.matmul(x, theta, z);
        int m = y.length;
        int k = bias.length;
        double[] logits = z.data();
        double inverseM = 1.0 / m;
        java.util.Arrays.fill(gradBias, 0);
        double loss = 0;
        for (int i = 0; i < m; i++) {
            int row = i * k;
            for (int c = 0; c < k; c++) {
                logits[row + c] += bias[c];
            }
            double trueLogit = logits[row + y[i]];
            loss += LogisticFunctions.softmaxInPlace(logits, row, k) - trueLogit;
            logits[row + y[i]] -= 1;
            for (int c = 0; c < k; c++) {
                double g = logits[row + c] * inverseM;
                logits[row + c] = g;
                gradBias[c] += g;
            }
        }
        TensorOps.matmul(xTransposed, z, gradTheta);
        return loss * inverseM;
    }
}

package org.mlworkbook.linear;

import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import org.mlworkbook.tensor.Tensor;

/**
 * The loss and gradient of softmax regression on a set of rows, in one fused pass with every buffer allocated once:
 * for each row i (of the m rows chosen)
 * <pre>
 *   zᵢₖ = wₖ·xᵢ + bₖ                         (K scores; W is K×d, one row per class)
 *   ŷᵢ = softmax(zᵢ),  Lᵢ = log Σₖ e^(zᵢₖ) − zᵢ,yᵢ
 *   gᵢ = (ŷᵢ − eᵧᵢ) / m                       (eᵧ one-hot: 1 is subtracted at the true class)
 *   ∂L/∂wₖ += gᵢₖ xᵢ,   ∂L/∂bₖ += gᵢₖ
 * </pre>
 * which sums to ∂L/∂W = (1/m)(Ŷ − Y)ᵀX, the transpose of the notes' (1/m)Xᵀ(Ŷ − Y). Each row of X is read twice in
 * a row (scores, then gradient) while it sits in the cache, and the rows may come in any order (mini-batches need
 * no copy). For K ≈ 10 classes this beats two matrix products (X·Wᵀ, then Xᵀ·G) whose inner loops run over only K
 * columns: on digits (1347×64, K = 10) it took about half the CPU time of {@code TensorOps.matmul} into
 * preallocated buffers. Above {@value #PARALLEL_WORK} multiply-adds per pass the first half of the rows runs on the
 * calling thread and the second half on the common fork-join pool, each into its own buffers, added in that fixed
 * order: the result does not depend on timing. The L2 term is added by the caller.
 */
final class SoftmaxKernel {

    /** m·d·K above which two threads share a pass (digits: 862 080; iris: 1 800). */
    static final long PARALLEL_WORK = 1L << 18;

    private final Half first;
    private final Half second;
    private final long workPerRow;
    /** ∂L/∂W after {@link #evaluate}, K×d row-major. */
    final double[] gradWeights;
    /** ∂L/∂b after {@link #evaluate}, K. */
    final double[] gradBias;

    /**
     * @param x n×d features, checked by the caller. Not modified (kept, not copied).
     * @param y n labels in 0 … K−1, checked by the caller. Not modified (kept, not copied).
     */
    SoftmaxKernel(Tensor x, int[] y, int numClasses) {
        first = new Half(x.data(), x.cols(), y, numClasses);
        second = new Half(x.data(), x.cols(), y, numClasses);
        workPerRow = (long) x.cols() * numClasses;
        gradWeights = first.gradWeights;
        gradBias = first.gradBias;
    }

    /**
     * Mean cross-entropy of rows {@code rows[from … to − 1]} at (W, b), leaving its gradient in
     * {@link #gradWeights} and {@link #gradBias}.
     *
     * @param weights W, K×d row-major. Not modified.
     * @param bias    b, K. Not modified.
     * @return L = (1/m) Σᵢ −log ŷᵢ,yᵢ over the m = to − from rows
     */
    double evaluate(double[] weights, double[] bias, int[] rows, int from, int to) {
        int m = to - from;
        double inverseM = 1.0 / m;
        if (m * workPerRow <= PARALLEL_WORK) {
            return first.evaluate(weights, bias, rows, from, to, inverseM) * inverseM;
        }
        int middle = from + m / 2;
        ForkJoinTask<Double> other = ForkJoinPool.commonPool()
                .submit(() -> second.evaluate(weights, bias, rows, middle, to, inverseM));
        double loss = first.evaluate(weights, bias, rows, from, middle, inverseM);
        loss += other.join();
        for (int q = 0; q < gradWeights.length; q++) {
            gradWeights[q] += second.gradWeights[q];
        }
        for (int c = 0; c < gradBias.length; c++) {
            gradBias[c] += second.gradBias[c];
        }
        return loss * inverseM;
    }

    /** One thread's share: its own scores and gradient buffers. */
    private static final class Half {
        private final double[] x;
        private final int d;
        private final int[] y;
        private final int numClasses;
        private final double[] scores;
        private final double[] gradWeights;
        private final double[] gradBias;

        Half(double[] x, int d, int[] y, int numClasses) {
            this.x = x;
            this.d = d;
            this.y = y;
            this.numClasses = numClasses;
            this.scores = new double[numClasses];
            this.gradWeights = new double[numClasses * d];
            this.gradBias = new double[numClasses];
        }

        /** Σ of −log ŷᵢ,yᵢ over rows[from … to − 1], the gradient (already divided by m) left in the buffers. */
        double evaluate(double[] weights, double[] bias, int[] rows, int from, int to, double inverseM) {
            Arrays.fill(gradWeights, 0);
            Arrays.fill(gradBias, 0);
            double loss = 0;
            for (int r = from; r < to; r++) {
                int i = rows[r];
                int row = i * d;
                for (int c = 0; c < numClasses; c++) {
                    scores[c] = dot(weights, c * d, row) + bias[c];
                }
                double trueScore = scores[y[i]];
                loss += LogisticFunctions.softmaxInPlace(scores, 0, numClasses) - trueScore;
                scores[y[i]] -= 1;
                accumulateGradient(row, inverseM);
            }
            return loss;
        }

        /** wₖ·xᵢ with four independent partial sums (they keep the multiply-add units busy). */
        private double dot(double[] weights, int w, int row) {
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            int j = 0;
            for (; j + 3 < d; j += 4) {
                s0 += weights[w + j] * x[row + j];
                s1 += weights[w + j + 1] * x[row + j + 1];
                s2 += weights[w + j + 2] * x[row + j + 2];
                s3 += weights[w + j + 3] * x[row + j + 3];
            }
            for (; j < d; j++) {
                s0 += weights[w + j] * x[row + j];
            }
            return (s0 + s1) + (s2 + s3);
        }

        /** With scores = ŷᵢ − eᵧᵢ: ∂L/∂w_c += (scores_c / m)·xᵢ and ∂L/∂b_c += scores_c / m. */
        private void accumulateGradient(int row, double inverseM) {
            for (int c = 0; c < numClasses; c++) {
                double g = scores[c] * inverseM;
                gradBias[c] += g;
                int w = c * d;
                for (int j = 0; j < d; j++) {
                    gradWeights[w + j] += g * x[row + j];
                }
            }
        }
    }
}

package org.mlworkbook.linear;

import org.mlworkbook.math.Logistic;
import org.mlworkbook.tensor.Tensor;

/**
 * The logistic sigmoid, the softmax and their cross-entropies computed from logits, each defined once here for
 * {@link LogisticRegression}, {@link SoftmaxRegression}, the notebooks and later the neural-network layers:
 * <pre>
 *   σ(z) = 1 / (1 + e^(−z))                           squashes a score into a probability of class 1
 *   softmax(z)ₖ = e^(zₖ − m) / Σⱼ e^(zⱼ − m),  m = maxⱼ zⱼ   turns K scores into K probabilities
 *   −log σ(z) = softplus(−z),  −log(1 − σ(z)) = softplus(z),  softplus(t) = log(1 + eᵗ)
 *   −log softmax(z)ᵧ = log Σⱼ e^(zⱼ) − zᵧ
 * </pre>
 * Numerical care: σ uses e^(−|z|) only, so neither branch overflows; softmax subtracts the row maximum m
 * (which cancels in the ratio) so the largest exponent is e⁰ = 1; the losses are taken from the logits, not from
 * probabilities rounded to 0 or 1, so they stay finite and exact where log(p) would give −∞.
 *
 * @see "notebooks/06-logistic-and-softmax-regression.ipynb"
 */
public final class LogisticFunctions {

    private LogisticFunctions() {
    }

    /**
     * σ(z) = 1 / (1 + e^(−z)), evaluated as 1/(1 + e^(−z)) for z ≥ 0 and e^z/(1 + e^z) for z &lt; 0 so that no
     * exponent is positive. σ(0) = ½, σ(−z) = 1 − σ(z), σ′(z) = σ(z)(1 − σ(z)).
     *
     * @param z the score (logit); ±∞ give 0 and 1
     * @return σ(z) in [0, 1]
     */
    public static double sigmoid(double z) {
        return Logistic.sigmoid(z);
    }

    /**
     * σ applied element-wise: σ(z)ᵢ = 1 / (1 + e^(−zᵢ)).
     *
     * @param z any shape. Not modified.
     * @return a new tensor of z's shape
     */
    public static Tensor sigmoid(Tensor z) {
        return z.map(LogisticFunctions::sigmoid);
    }

    /**
     * softplus(t) = log(1 + eᵗ), evaluated as max(t, 0) + log(1 + e^(−|t|)) so that it neither overflows for large
     * t nor loses the small value for very negative t.
     *
     * @param t any real number
     * @return log(1 + eᵗ) ≥ 0
     */
    public static double softplus(double t) {
        return Logistic.softplus(t);
    }

    /**
     * The log loss of one sample from its logit: −[y log σ(z) + (1 − y) log(1 − σ(z))], which is softplus(−z)
     * for y = 1 and softplus(z) for y = 0 (written this way, not as softplus(z) − y·z, so that a tiny loss is not
     * lost to cancellation).
     *
     * @param z the logit w·x + b
     * @param y the true label, 0 or 1
     * @return the loss in nats, ≥ 0
     */
    public static double logLossFromLogit(double z, int y) {
        return softplus(y == 1 ? -z : z);
    }

    /**
     * Softmax of a vector, or of every row of a matrix: softmax(z)ₖ = e^(zₖ − m) / Σⱼ e^(zⱼ − m) with m = maxⱼ zⱼ.
     *
     * @param z a 1-D tensor of K logits, or n×K with one row of logits per sample, finite. Not modified.
     * @return a new tensor of z's shape whose (rows of) entries are positive and sum to 1
     * @throws IllegalArgumentException if z is not 1-D or 2-D, or has no columns
     */
    public static Tensor softmax(Tensor z) {
        if (z.rank() < 1 || z.rank() > 2 || z.size() == 0) {
            throw new IllegalArgumentException("softmax: z expected a non-empty 1-D or 2-D tensor, got "
                    + z.shapeString());
        }
        Tensor out = z.copy();
        int cols = z.rank() == 1 ? z.size() : z.cols();
        double[] data = out.data();
        for (int from = 0; from < data.length; from += cols) {
            softmaxInPlace(data, from, cols);
        }
        return out;
    }

    /**
     * Replaces one row of logits by its softmax and returns the row's log-normaliser, the log-sum-exp
     * log Σⱼ e^(zⱼ) = m + log Σⱼ e^(zⱼ − m). The cross-entropy of the row for the true class y is then
     * {@code logSumExp − z_y} (read z_y before calling). This is the fused kernel of every training loop.
     *
     * @param values holds the row at {@code values[from] … values[from + length − 1]}. Modified (that row only).
     * @param from   index of the row's first element
     * @param length K ≥ 1, the row's length
     * @return log Σⱼ e^(zⱼ) of the original row
     */
    public static double softmaxInPlace(double[] values, int from, int length) {
        int to = from + length;
        double max = Double.NEGATIVE_INFINITY;
        for (int j = from; j < to; j++) {
            max = Math.max(max, values[j]);
        }
        double sum = 0;
        for (int j = from; j < to; j++) {
            double e = Math.exp(values[j] - max);
            values[j] = e;
            sum += e;
        }
        double inverse = 1 / sum;
        for (int j = from; j < to; j++) {
            values[j] *= inverse;
        }
        return max + Math.log(sum);
    }

    /**
     * The categorical cross-entropy of one sample from its logits: −log softmax(z)ᵧ = log Σⱼ e^(zⱼ) − zᵧ.
     *
     * @param z K logits, finite. Not modified.
     * @param y the true class, 0 ≤ y &lt; K
     * @return the loss in nats, ≥ 0
     * @throws IllegalArgumentException if z is not 1-D or y is outside 0 … K−1
     */
    public static double crossEntropyFromLogits(Tensor z, int y) {
        if (z.rank() != 1 || y < 0 || y >= z.size()) {
            throw new IllegalArgumentException(String.format(
                    "crossEntropyFromLogits: expected 1-D logits z and 0 <= y < K, got z %s and y = %d",
                    z.shapeString(), y));
        }
        double[] row = z.toArray();
        return softmaxInPlace(row, 0, row.length) - z.data()[y];
    }
}

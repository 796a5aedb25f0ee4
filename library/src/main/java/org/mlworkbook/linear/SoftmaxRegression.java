package org.mlworkbook.linear;

import java.util.Arrays;
import org.mlworkbook.math.Rng;
import org.mlworkbook.model.Classifier;
import org.mlworkbook.model.ModelInputs;
import org.mlworkbook.tensor.Tensor;

/**
 * Multiclass logistic (softmax) regression trained by gradient descent: one weight vector per class, the rows of
 * W (K×d), and one bias per class. For a sample x the K scores zₖ = wₖ·x + bₖ become probabilities by the softmax,
 * and training minimises the mean categorical cross-entropy plus an optional L2 penalty:
 * <pre>
 *   Ŷ = softmax(X·Wᵀ + b)                                  (n×K, row-wise softmax)
 *   L(W, b) = −(1/n) Σᵢ log ŷᵢ,yᵢ + (λ/2)‖W‖²_F
 *   ∂L/∂Wᵀ = (1/n) Xᵀ(Ŷ − Y) + λWᵀ   (d×K, the notes' form),   ∂L/∂b = (1/n) Σᵢ (ŷᵢ − yᵢ)
 *   W ← W − η ∂L/∂W,  b ← b − η ∂L/∂b
 * </pre>
 * with Y the one-hot labels. Row/column convention: the notes multiply X·W with the classes along W's columns,
 * so their gradient (1/n)Xᵀ(Ŷ − Y) is d×K; here {@link #weights()} has one ROW per class (K×d, as the notes draw
 * W), so ∂L/∂W is the transpose of that formula. W and b start at 0. Full-batch by default; a
 * {@link GradientDescent#miniBatch} setting (or {@link #withMiniBatches}) updates once per shuffled batch. Standardise the features first, or the learning rate that suits one feature
 * makes another diverge.
 *
 * @see LogisticFunctions#softmax(Tensor)
 * @see "notebooks/06-logistic-and-softmax-regression.ipynb"
 */
public final class SoftmaxRegression implements Classifier {

    /** η of {@link #SoftmaxRegression()}. */
    public static final double DEFAULT_LEARNING_RATE = 0.1;
    /** The number of epochs of {@link #SoftmaxRegression()}. */
    public static final int DEFAULT_NUM_EPOCHS = 500;

    private final GradientDescent descent;
    private final double l2;

    private Tensor weights;
    private double[] bias;
    private double[] lossHistory;

    /** Full-batch gradient descent with η = {@value #DEFAULT_LEARNING_RATE}, {@value #DEFAULT_NUM_EPOCHS} epochs, no L2. */
    public SoftmaxRegression() {
        this(DEFAULT_LEARNING_RATE, DEFAULT_NUM_EPOCHS);
    }

    /**
     * Full-batch gradient descent without penalty: {@code GradientDescent.batch(learningRate, numEpochs)}.
     *
     * @param learningRate η &gt; 0
     * @param numEpochs    passes over the training set, ≥ 1
     * @throws IllegalArgumentException if η is not finite and positive or numEpochs &lt; 1
     */
    public SoftmaxRegression(double learningRate, int numEpochs) {
        this(GradientDescent.batch(learningRate, numEpochs));
    }

    /**
     * Gradient descent with the given settings, without penalty: each epoch visits the rows in
     * {@link GradientDescent}'s order (as they are for a full batch, freshly shuffled from {@code new Rng(seed)} for
     * mini-batches) and updates once per batch; the loss history then holds each epoch's mean batch loss.
     *
     * @param descent learning rate, epochs, batch size and seed
     * @throws IllegalArgumentException if descent is null
     */
    public SoftmaxRegression(GradientDescent descent) {
        this(descent, 0);
    }

    private SoftmaxRegression(GradientDescent descent, double l2) {
        if (descent == null) {
            throw new IllegalArgumentException("SoftmaxRegression: descent expected gradient-descent settings, got null");
        }
        ModelInputs.requireNonNegative("SoftmaxRegression", "l2", l2);
        this.descent = descent;
        this.l2 = l2;
    }

    /**
     * The same configuration with the L2 penalty (λ/2)‖W‖²_F (the biases are not penalised).
     *
     * @param lambda λ ≥ 0
     * @return a new, unfitted model
     * @throws IllegalArgumentException if λ is negative or not finite
     */
    public SoftmaxRegression withL2(double lambda) {
        return new SoftmaxRegression(descent, lambda);
    }

    /**
     * The same learning rate and epochs with mini-batch gradient descent:
     * {@code GradientDescent.miniBatch(learningRate, numEpochs, batchSize, seed)}.
     *
     * @param batchSize rows per update, ≥ 1
     * @param seed      the shuffling seed
     * @return a new, unfitted model
     * @throws IllegalArgumentException if batchSize &lt; 1
     */
    public SoftmaxRegression withMiniBatches(int batchSize, long seed) {
        return new SoftmaxRegression(GradientDescent.miniBatch(descent.learningRate(), descent.numEpochs(), batchSize,
                seed), l2);
    }

    /**
     * Runs the epochs of gradient descent from W = 0, b = 0. The number of classes is K = max(y) + 1.
     *
     * @param x n×d features, finite. Not modified.
     * @param y n labels in 0 … K−1, at least two different ones. Not modified.
     * @return this model, fitted
     * @throws IllegalArgumentException on a bad shape, non-finite values, negative labels or a single class
     */
    @Override
    public SoftmaxRegression fit(Tensor x, int[] y) {
        int numClasses = Inputs.requireTwoClasses("fit", x, y);
        int n = x.rows();
        Tensor w = Tensor.zeros(numClasses, x.cols());
        double[] b = new double[numClasses];
        double[] history = new double[descent.numEpochs()];
        SoftmaxKernel kernel = new SoftmaxKernel(x, y.clone(), numClasses);
        int rowsPerStep = Math.min(descent.batchSize(), n);
        Rng rng = new Rng(descent.seed());
        for (int epoch = 0; epoch < history.length; epoch++) {
            int[] order = descent.epochOrder(n, rng);
            double sum = 0;
            int steps = 0;
            for (int from = 0; from < n; from += rowsPerStep) {
                sum += descend(kernel, w, b, order, from, Math.min(n, from + rowsPerStep));
                steps++;
            }
            history[epoch] = sum / steps;
        }
        weights = w;
        bias = b;
        lossHistory = history;
        return this;
    }

    /** One update W ← W − η(∂L/∂W + λW), b ← b − η ∂L/∂b on rows order[from … to − 1]; returns the loss before it. */
    private double descend(SoftmaxKernel kernel, Tensor w, double[] b, int[] order, int from, int to) {
        double[] wData = w.data();
        double loss = kernel.evaluate(wData, b, order, from, to) + penalty(w, l2);
        double[] g = kernel.gradWeights;
        double learningRate = descent.learningRate();
        double shrink = 1 - learningRate * l2;
        for (int i = 0; i < wData.length; i++) {
            wData[i] = shrink * wData[i] - learningRate * g[i];
        }
        for (int c = 0; c < b.length; c++) {
            b[c] -= learningRate * kernel.gradBias[c];
        }
        return loss;
    }

    private static double penalty(Tensor weights, double l2) {
        if (l2 == 0) {
            return 0;
        }
        double sum = 0;
        for (double w : weights.data()) {
            sum += w * w;
        }
        return 0.5 * l2 * sum;
    }

    /**
     * The scores zᵢₖ = wₖ·xᵢ + bₖ (logits) before the softmax.
     *
     * @param x m×d, finite. Not modified.
     * @return a new m×K tensor
     * @throws IllegalStateException    before fit
     * @throws IllegalArgumentException if x does not have d columns or holds NaN or ±∞
     */
    public Tensor decisionFunction(Tensor x) {
        requireFitted("decisionFunction");
        ModelInputs.requireColumns("decisionFunction", x, weights.cols());
        return x.matmul(weights.transpose()).add(Tensor.of(bias));
    }

    /**
     * P(y = k | x) = softmax(z)ₖ for every row.
     *
     * @param x m×d, finite. Not modified.
     * @return a new m×K tensor, rows summing to 1
     * @throws IllegalStateException    before fit
     * @throws IllegalArgumentException if x does not have d columns or holds NaN or ±∞
     */
    @Override
    public Tensor predictProba(Tensor x) {
        requireFitted("predictProba");
        return LogisticFunctions.softmax(decisionFunction(x));
    }

    /**
     * ŷ = argmaxₖ zₖ (the softmax keeps the order, so this is also the most probable class; ties go to the lower k).
     *
     * @param x m×d, finite. Not modified.
     * @return m labels
     * @throws IllegalStateException    before fit
     * @throws IllegalArgumentException if x does not have d columns or holds NaN or ±∞
     */
    @Override
    public int[] predict(Tensor x) {
        requireFitted("predict");
        return decisionFunction(x).argmax(1);
    }

    /**
     * @return W, K×d, row k the weight vector of class k (a copy)
     * @throws IllegalStateException before fit
     */
    public Tensor weights() {
        return requireFitted("weights").copy();
    }

    /**
     * @return b, the K biases (a copy)
     * @throws IllegalStateException before fit
     */
    public Tensor bias() {
        requireFitted("bias");
        return Tensor.of(bias.clone());
    }

    /**
     * @return the loss L(W, b) (cross-entropy plus penalty) at the start of each epoch, before its update; for
     *         mini-batches the mean over the epoch's batches (a copy)
     * @throws IllegalStateException before fit
     */
    public double[] lossHistory() {
        requireFitted("lossHistory");
        return lossHistory.clone();
    }

    /**
     * L(W, b) = −(1/n) Σᵢ log softmax(W·xᵢ + b)ᵧᵢ + (λ/2)‖W‖²_F at any parameters, by the code that trains.
     *
     * @param x       n×d, finite. Not modified.
     * @param y       n labels in 0 … K−1. Not modified.
     * @param weights W, K×d. Not modified.
     * @param bias    b, [K]. Not modified.
     * @param lambda  λ ≥ 0
     * @return the loss in nats
     * @throws IllegalArgumentException on mismatched shapes or labels ≥ K
     */
    public static double loss(Tensor x, int[] y, Tensor weights, Tensor bias, double lambda) {
        SoftmaxKernel kernel = kernelAt("loss", x, y, weights, bias, lambda);
        return kernel.evaluate(weights.data(), bias.data(), allRows(x), 0, x.rows()) + penalty(weights, lambda);
    }

    /**
     * The analytic gradient of {@link #loss}: ∂L/∂W = [(1/n) Xᵀ(Ŷ − Y)]ᵀ + λW (K×d), ∂L/∂b = (1/n) Σᵢ (ŷᵢ − yᵢ).
     *
     * @param x       n×d, finite. Not modified.
     * @param y       n labels in 0 … K−1. Not modified.
     * @param weights W, K×d. Not modified.
     * @param bias    b, [K]. Not modified.
     * @param lambda  λ ≥ 0
     * @return ∂L/∂W (K×d) and ∂L/∂b ([K])
     * @throws IllegalArgumentException on mismatched shapes or labels ≥ K
     */
    public static Gradient gradient(Tensor x, int[] y, Tensor weights, Tensor bias, double lambda) {
        SoftmaxKernel kernel = kernelAt("gradient", x, y, weights, bias, lambda);
        kernel.evaluate(weights.data(), bias.data(), allRows(x), 0, x.rows());
        Tensor gradWeights = Tensor.wrap(kernel.gradWeights, weights.rows(), weights.cols());
        double[] g = gradWeights.data();
        double[] w = weights.data();
        for (int i = 0; i < g.length; i++) {
            g[i] += lambda * w[i];
        }
        return new Gradient(gradWeights, Tensor.of(kernel.gradBias));
    }

    /**
     * The gradient of the softmax-regression loss.
     *
     * @param weights ∂L/∂W, K×d
     * @param bias    ∂L/∂b, [K]
     */
    public record Gradient(Tensor weights, Tensor bias) {
    }

    private static int[] allRows(Tensor x) {
        int[] rows = new int[x.rows()];
        Arrays.setAll(rows, i -> i);
        return rows;
    }

    private static SoftmaxKernel kernelAt(String method, Tensor x, int[] y, Tensor weights, Tensor bias, double lambda) {
        int needed = ModelInputs.requireLabels(method, x, y);
        ModelInputs.requireNonNegative(method, "lambda", lambda);
        if (weights == null || bias == null || weights.rank() != 2 || bias.rank() != 1
                || weights.rows() != bias.size() || weights.cols() != x.cols() || weights.rows() < needed) {
            throw new IllegalArgumentException(String.format(
                    "%s: weights and bias expected shapes [K, %d] and [K] with K >= max(y) + 1 = %d, got %s and %s",
                    method, x.cols(), needed, weights == null ? "null" : weights.shapeString(),
                    bias == null ? "null" : bias.shapeString()));
        }
        return new SoftmaxKernel(x, y.clone(), bias.size());
    }

    private Tensor requireFitted(String method) {
        return ModelInputs.requireFitted(method, weights);
    }

    /** @return e.g. {@code SoftmaxRegression(GradientDescent(learningRate=0.1, numEpochs=500, batchSize=all), l2=0.0)} */
    @Override
    public String toString() {
        return "SoftmaxRegression(" + descent + ", l2=" + l2 + ")";
    }
}

package org.mlworkbook.linear;

import org.mlworkbook.model.Classifier;
import org.mlworkbook.model.ModelInputs;
import org.mlworkbook.tensor.Tensor;
import org.mlworkbook.tensor.TensorOps;

/**
 * Binary logistic regression: one neuron with the logistic activation, trained by full-batch gradient descent on
 * the mean log loss (optionally plus an L2 penalty on the weights):
 * <pre>
 *   p̂ᵢ = σ(w·xᵢ + b),  σ(z) = 1 / (1 + e^(−z))
 *   L(w, b) = −(1/n) Σᵢ [yᵢ log p̂ᵢ + (1 − yᵢ) log(1 − p̂ᵢ)] + (λ/2)‖w‖²
 *   ∂L/∂w = (1/n) Xᵀ(p̂ − y) + λw,   ∂L/∂b = (1/n) Σᵢ (p̂ᵢ − yᵢ)
 *   w ← w − η ∂L/∂w,  b ← b − η ∂L/∂b
 * </pre>
 * w and b start at 0. The boundary p̂ = ½ is the hyperplane w·x + b = 0. Pitfall: on linearly separable data
 * without L2 the weights grow without bound as the epochs go on (the loss keeps falling towards 0); λ &gt; 0
 * keeps them finite. For more than two classes use {@link SoftmaxRegression}.
 *
 * @see LogisticFunctions#sigmoid(double)
 * @see "notebooks/06-logistic-and-softmax-regression.ipynb"
 */
public final class LogisticRegression implements Classifier {

    /** η of {@link #LogisticRegression()}. */
    public static final double DEFAULT_LEARNING_RATE = 0.1;
    /** The number of epochs of {@link #LogisticRegression()}. */
    public static final int DEFAULT_NUM_EPOCHS = 500;

    private final double learningRate;
    private final int numEpochs;
    private final double l2;

    private Tensor weights;
    private double bias;
    private double[] lossHistory;

    /** Gradient descent with η = {@value #DEFAULT_LEARNING_RATE}, {@value #DEFAULT_NUM_EPOCHS} epochs, no L2. */
    public LogisticRegression() {
        this(DEFAULT_LEARNING_RATE, DEFAULT_NUM_EPOCHS);
    }

    /**
     * Gradient descent without penalty.
     *
     * @param learningRate η &gt; 0
     * @param numEpochs    full-batch updates, ≥ 1
     * @throws IllegalArgumentException if η is not finite and positive or numEpochs &lt; 1
     */
    public LogisticRegression(double learningRate, int numEpochs) {
        this(learningRate, numEpochs, 0);
    }

    private LogisticRegression(double learningRate, int numEpochs, double l2) {
        ModelInputs.requirePositive("LogisticRegression", "learningRate", learningRate);
        ModelInputs.requireAtLeastOne("LogisticRegression", "numEpochs", numEpochs);
        ModelInputs.requireNonNegative("LogisticRegression", "l2", l2);
        this.learningRate = learningRate;
        this.numEpochs = numEpochs;
        this.l2 = l2;
    }

    /**
     * The same configuration with the L2 penalty (λ/2)‖w‖² (the bias is not penalised).
     *
     * @param lambda λ ≥ 0
     * @return a new, unfitted model
     * @throws IllegalArgumentException if λ is negative or not finite
     */
    public LogisticRegression withL2(double lambda) {
        return new LogisticRegression(learningRate, numEpochs, lambda);
    }

    /**
     * Runs the epochs of gradient descent from w = 0, b = 0, recording the loss before each update.
     *
     * @param x n×d features, finite. Not modified.
     * @param y n labels, each 0 or 1, both classes present. Not modified.
     * @return this model, fitted
     * @throws IllegalArgumentException on a bad shape, non-finite values, a label other than 0/1, or a training
     *                                  set with a single class (nothing separates it from the other)
     */
    @Override
    public LogisticRegression fit(Tensor x, int[] y) {
        Inputs.requireBinaryLabels("fit", x, y);
        int n = x.rows();
        int d = x.cols();
        Tensor w = Tensor.zeros(d);
        Tensor z = Tensor.zeros(n);
        Tensor gradW = Tensor.zeros(d);
        double[] wData = w.data();
        double[] zData = z.data();
        double[] gData = gradW.data();
        double b = 0;
        double[] history = new double[numEpochs];
        for (int epoch = 0; epoch < numEpochs; epoch++) {
            TensorOps.matmul(x, w, z);
            double loss = 0;
            double gradB = 0;
            for (int i = 0; i < n; i++) {
                double zi = zData[i] + b;
                loss += LogisticFunctions.logLossFromLogit(zi, y[i]);
                double g = (LogisticFunctions.sigmoid(zi) - y[i]) / n;
                zData[i] = g;
                gradB += g;
            }
            TensorOps.matmul(z, x, gradW);
            double squaredNorm = 0;
            for (int j = 0; j < d; j++) {
                squaredNorm += wData[j] * wData[j];
                wData[j] -= learningRate * (gData[j] + l2 * wData[j]);
            }
            history[epoch] = loss / n + 0.5 * l2 * squaredNorm;
            b -= learningRate * gradB;
        }
        weights = w;
        bias = b;
        lossHistory = history;
        return this;
    }

    /**
     * The scores zᵢ = w·xᵢ + b (log-odds, logits); z &gt; 0 means class 1 is more likely.
     *
     * @param x m×d, finite. Not modified.
     * @return a new 1-D tensor of m scores
     * @throws IllegalStateException    before fit
     * @throws IllegalArgumentException if x does not have d columns or holds NaN or ±∞
     */
    public Tensor decisionFunction(Tensor x) {
        ModelInputs.requireColumns("decisionFunction", x, requireFitted("decisionFunction").size());
        return x.matmul(weights).add(bias);
    }

    /**
     * [1 − σ(zᵢ), σ(zᵢ)] for every row: column 0 is P(y = 0 | x), column 1 is P(y = 1 | x).
     *
     * @param x m×d, finite. Not modified.
     * @return a new m×2 tensor, rows summing to 1
     * @throws IllegalStateException    before fit
     * @throws IllegalArgumentException if x does not have d columns or holds NaN or ±∞
     */
    @Override
    public Tensor predictProba(Tensor x) {
        requireFitted("predictProba");
        double[] z = decisionFunction(x).data();
        double[] p = new double[2 * z.length];
        for (int i = 0; i < z.length; i++) {
            p[2 * i + 1] = LogisticFunctions.sigmoid(z[i]);
            p[2 * i] = LogisticFunctions.sigmoid(-z[i]);
        }
        return Tensor.wrap(p, z.length, 2);
    }

    /**
     * ŷ = 1 if σ(w·x + b) ≥ ½, i.e. w·x + b ≥ 0, else 0.
     *
     * @param x m×d, finite. Not modified.
     * @return m labels, 0 or 1
     * @throws IllegalStateException    before fit
     * @throws IllegalArgumentException if x does not have d columns or holds NaN or ±∞
     */
    @Override
    public int[] predict(Tensor x) {
        requireFitted("predict");
        double[] z = decisionFunction(x).data();
        int[] labels = new int[z.length];
        for (int i = 0; i < z.length; i++) {
            labels[i] = z[i] >= 0 ? 1 : 0;
        }
        return labels;
    }

    /**
     * @return w, the d weights (a copy)
     * @throws IllegalStateException before fit
     */
    public Tensor weights() {
        return requireFitted("weights").copy();
    }

    /**
     * @return b, the bias
     * @throws IllegalStateException before fit
     */
    public double bias() {
        requireFitted("bias");
        return bias;
    }

    /**
     * @return the loss L(w, b) (log loss plus penalty) before each epoch's update (a copy)
     * @throws IllegalStateException before fit
     */
    public double[] lossHistory() {
        requireFitted("lossHistory");
        return lossHistory.clone();
    }

    private Tensor requireFitted(String method) {
        return ModelInputs.requireFitted(method, weights);
    }

    /** @return e.g. {@code LogisticRegression(learningRate=0.1, numEpochs=500, l2=0.0)} */
    @Override
    public String toString() {
        return String.format("LogisticRegression(learningRate=%s, numEpochs=%d, l2=%s)", learningRate, numEpochs, l2);
    }
}

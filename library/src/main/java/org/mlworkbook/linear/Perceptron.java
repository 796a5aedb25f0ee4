package org.mlworkbook.linear;

import java.util.Arrays;
import org.mlworkbook.math.Rng;
import org.mlworkbook.model.Classifier;
import org.mlworkbook.model.ModelInputs;
import org.mlworkbook.tensor.Tensor;

/**
 * Rosenblatt's perceptron (1958) for two classes 0/1: a neuron with the binary-step activation, trained one sample
 * at a time by the classic rule
 * <pre>
 *   ŷ = [w·x + b ≥ 0]
 *   w ← w + η (y − ŷ) x,   b ← b + η (y − ŷ)
 * </pre>
 * so nothing changes on a correct answer and a mistake moves the boundary towards the misclassified point. Each
 * epoch visits the rows in a fresh order drawn from {@link Rng}(seed); training stops early after an epoch without
 * mistakes. If the classes are linearly separable this happens after finitely many updates (Novikoff's
 * theorem); if not, the weights keep jumping and the last epoch's w is what you get.
 *
 * <p>Design choice: a perceptron gives a hard 0/1 answer, not a probability, so {@link #predictProba} throws
 * {@link UnsupportedOperationException} (use {@link #decisionFunction} for a score, or {@link LogisticRegression}
 * — the same neuron with σ instead of the step — for probabilities). Only binary labels are accepted; for more
 * classes use {@link SoftmaxRegression}.
 *
 * @see "notebooks/06-logistic-and-softmax-regression.ipynb"
 */
public final class Perceptron implements Classifier {

    /** η of {@link #Perceptron()}. */
    public static final double DEFAULT_LEARNING_RATE = 1.0;
    /** The largest number of epochs of {@link #Perceptron()}. */
    public static final int DEFAULT_NUM_EPOCHS = 100;

    private final double learningRate;
    private final int numEpochs;
    private final long seed;

    private double[] weights;
    private double bias;
    private int[] mistakesPerEpoch;

    /** η = {@value #DEFAULT_LEARNING_RATE}, at most {@value #DEFAULT_NUM_EPOCHS} epochs, seed {@link Rng#DEFAULT_SEED}. */
    public Perceptron() {
        this(DEFAULT_LEARNING_RATE, DEFAULT_NUM_EPOCHS, Rng.DEFAULT_SEED);
    }

    /**
     * @param learningRate η &gt; 0 (with w = b = 0 at the start, η only scales w and b, so it does not change the
     *                     predictions; it matters once the start is not 0)
     * @param numEpochs    the largest number of passes, ≥ 1
     * @param seed         the seed of the per-epoch shuffling
     * @throws IllegalArgumentException if η is not finite and positive or numEpochs &lt; 1
     */
    public Perceptron(double learningRate, int numEpochs, long seed) {
        ModelInputs.requirePositive("Perceptron", "learningRate", learningRate);
        ModelInputs.requireAtLeastOne("Perceptron", "numEpochs", numEpochs);
        this.learningRate = learningRate;
        this.numEpochs = numEpochs;
        this.seed = seed;
    }

    /**
     * Runs the perceptron rule from w = 0, b = 0 until an epoch makes no mistake or numEpochs have run.
     *
     * @param x n×d features, finite. Not modified.
     * @param y n labels, each 0 or 1, both present. Not modified.
     * @return this model, fitted
     * @throws IllegalArgumentException on a bad shape, non-finite values, a label other than 0/1 or a single class
     */
    @Override
    public Perceptron fit(Tensor x, int[] y) {
        Inputs.requireBinaryLabels("fit", x, y);
        int n = x.rows();
        int d = x.cols();
        double[] data = x.data();
        double[] w = new double[d];
        double b = 0;
        Rng rng = new Rng(seed);
        int[] order = new int[n];
        Arrays.setAll(order, i -> i);
        int[] mistakes = new int[numEpochs];
        int epochsRun = 0;
        while (epochsRun < numEpochs) {
            rng.shuffle(order);
            int wrong = 0;
            for (int i : order) {
                double z = b;
                for (int j = 0; j < d; j++) {
                    z += w[j] * data[i * d + j];
                }
                int error = y[i] - (z >= 0 ? 1 : 0);
                if (error != 0) {
                    wrong++;
                    double step = learningRate * error;
                    for (int j = 0; j < d; j++) {
                        w[j] += step * data[i * d + j];
                    }
                    b += step;
                }
            }
            mistakes[epochsRun++] = wrong;
            if (wrong == 0) {
                break;
            }
        }
        weights = w;
        bias = b;
        mistakesPerEpoch = Arrays.copyOf(mistakes, epochsRun);
        return this;
    }

    /**
     * The scores zᵢ = w·xᵢ + b; the sign decides the class, the size is the distance to the boundary times ‖w‖.
     *
     * @param x m×d, finite. Not modified.
     * @return a new 1-D tensor of m scores
     * @throws IllegalStateException    before fit
     * @throws IllegalArgumentException if x does not have d columns or holds NaN or ±∞
     */
    public Tensor decisionFunction(Tensor x) {
        ModelInputs.requireColumns("decisionFunction", x, requireFitted("decisionFunction").length);
        return x.matmul(Tensor.of(weights)).add(bias);
    }

    /**
     * ŷ = [w·x + b ≥ 0], the binary step of the score.
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
     * Not available: the perceptron's step activation gives 0 or 1, never a probability.
     *
     * @throws UnsupportedOperationException always, with a message pointing to {@link #decisionFunction} and
     *                                       {@link LogisticRegression}
     */
    @Override
    public Tensor predictProba(Tensor x) {
        throw new UnsupportedOperationException("predictProba: a perceptron has a step activation, so it outputs "
                + "0 or 1, not probabilities; use decisionFunction(x) for scores, or LogisticRegression (the same "
                + "neuron with the sigmoid σ instead of the step) for P(y = 1 | x)");
    }

    /**
     * @return w, the d weights (a copy)
     * @throws IllegalStateException before fit
     */
    public Tensor weights() {
        return Tensor.of(requireFitted("weights").clone());
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
     * @return the number of updates (misclassified samples) in each epoch that ran; a final 0 means the training
     *         set is separated (a copy)
     * @throws IllegalStateException before fit
     */
    public int[] mistakesPerEpoch() {
        requireFitted("mistakesPerEpoch");
        return mistakesPerEpoch.clone();
    }

    private double[] requireFitted(String method) {
        return ModelInputs.requireFitted(method, weights);
    }

    /** @return e.g. {@code Perceptron(learningRate=1.0, numEpochs=100, seed=42)} */
    @Override
    public String toString() {
        return String.format("Perceptron(learningRate=%s, numEpochs=%d, seed=%d)", learningRate, numEpochs, seed);
    }
}

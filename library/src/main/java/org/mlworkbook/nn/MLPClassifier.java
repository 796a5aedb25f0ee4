package org.mlworkbook.nn;

import java.util.stream.IntStream;
import org.mlworkbook.autodiff.Losses;
import org.mlworkbook.autodiff.Var;
import org.mlworkbook.data.OneHotEncoder;
import org.mlworkbook.model.Classifier;
import org.mlworkbook.model.ModelInputs;
import org.mlworkbook.tensor.Tensor;

/**
 * A multilayer perceptron classifier, as scikit-learn's {@code MLPClassifier}: hidden layers with an activation,
 * then k output units read through the softmax,
 * <pre>
 *   P(y = c | x) = softmax(z(x))_c,   loss = −(1/|B|) Σᵢ log softmax(zᵢ)_{yᵢ}   (softmax cross-entropy, one-hot yᵢ)
 * </pre>
 * trained by mini-batches with Adam (see {@link MultilayerPerceptron} for the settings and defaults). Two classes
 * also use two softmax outputs (scikit-learn uses one logistic output there; the model is the same family). Labels
 * are 0 … k−1 with k = max(y) + 1.
 *
 * <pre>{@code
 * MLPClassifier mlp = new MLPClassifier().hiddenLayerSizes(5, 2).activation(Activation.SIGMOID).seed(0);
 * mlp.fit(xTrain, yTrain);
 * int[] predicted = mlp.predict(xTest);
 * }</pre>
 *
 * @see "notebooks/11-training-neural-networks.ipynb"
 */
public final class MLPClassifier extends MultilayerPerceptron<MLPClassifier> implements Classifier {

    private int classes;

    /** hiddenLayerSizes(100), ReLU, Adam, α 1e-4, batches of min(200, n), κ 1e-3, 200 epochs, no early stopping. */
    public MLPClassifier() {
    }

    /**
     * Builds a fresh network (d inputs, k = max(y) + 1 outputs) and trains it.
     *
     * @param x n×d features, finite. Not modified.
     * @param y n labels in 0 … k−1, at least two different ones. Not modified.
     * @return this classifier, fitted
     * @throws IllegalArgumentException on a bad shape, non-finite values, negative labels, a single class, or a
     *                                  validation part that would be empty
     */
    @Override
    public MLPClassifier fit(Tensor x, int[] y) {
        int k = ModelInputs.requireLabels("fit", x, y);
        boolean twoClasses = false;
        for (int label : y) {
            twoClasses |= label != y[0];
        }
        if (!twoClasses) {
            throw new IllegalArgumentException("fit: y expected at least two classes, got only label " + y[0]);
        }
        train(dataset(x, y, null, k), k, Losses::softmaxCrossEntropy, part -> oneHot(part.labels(), k), true);
        classes = k;
        return this;
    }

    /**
     * P(y = c | x) = softmax(z)_c of the network's output z.
     *
     * @param x m×d, finite. Not modified.
     * @return a new m×k tensor, rows summing to 1
     * @throws IllegalStateException    before fit
     * @throws IllegalArgumentException if x does not have d columns or holds NaN or ±∞
     */
    @Override
    public Tensor predictProba(Tensor x) {
        Tensor logits = output("predictProba", x);
        try (Var.NoGrad scope = Var.noGrad()) {
            return Var.constant(logits).softmax().value();
        }
    }

    /**
     * ŷ = argmax_c z_c (the most probable class; ties go to the lower c).
     *
     * @param x m×d, finite. Not modified.
     * @return m labels
     * @throws IllegalStateException    before fit
     * @throws IllegalArgumentException if x does not have d columns or holds NaN or ±∞
     */
    @Override
    public int[] predict(Tensor x) {
        return output("predict", x).argmax(1);
    }

    /**
     * @return k, the number of classes (outputs)
     * @throws IllegalStateException before fit
     */
    public int numClasses() {
        network();
        return classes;
    }

    /** Row i has a 1 in column yᵢ, for every class 0 … k − 1 (even one absent from a validation part). */
    private static Tensor oneHot(int[] labels, int k) {
        return new OneHotEncoder().fit(IntStream.range(0, k).toArray()).transform(labels);
    }
}

package org.mlworkbook.nn;

import org.mlworkbook.autodiff.Losses;
import org.mlworkbook.model.ModelInputs;
import org.mlworkbook.model.Regressor;
import org.mlworkbook.tensor.Tensor;

/**
 * A multilayer perceptron regressor, as scikit-learn's {@code MLPRegressor}: hidden layers with an activation, then
 * one linear output unit ŷ = z(x), trained on the mean squared error
 * <pre>
 *   loss = (1/|B|) Σᵢ (ŷᵢ − yᵢ)²
 * </pre>
 * by mini-batches with Adam (see {@link MultilayerPerceptron} for the settings and defaults). scikit-learn
 * minimises half of this, (1/2|B|) Σ (ŷᵢ − yᵢ)²: the same minimum, and with Adam nearly the same steps (Adam divides
 * the factor 2 out). Standardise x (and, for large targets, y) first.
 *
 * @see "notebooks/11-training-neural-networks.ipynb"
 */
public final class MLPRegressor extends MultilayerPerceptron<MLPRegressor> implements Regressor {

    /** hiddenLayerSizes(100), ReLU, Adam, α 1e-4, batches of min(200, n), κ 1e-3, 200 epochs, no early stopping. */
    public MLPRegressor() {
    }

    /**
     * Builds a fresh network (d inputs, 1 output) and trains it.
     *
     * @param x n×d features, finite. Not modified.
     * @param y n finite targets. Not modified.
     * @return this regressor, fitted
     * @throws IllegalArgumentException on a bad shape or non-finite values, or a validation part that would be empty
     * @throws IllegalStateException    if the loss becomes NaN or infinite (lower the learning rate)
     */
    @Override
    public MLPRegressor fit(Tensor x, double[] y) {
        ModelInputs.requireTargets("fit", x, y);
        train(dataset(x, null, y, 0), 1, Losses::mse, part -> Tensor.wrap(part.targets(), part.size(), 1), false);
        return this;
    }

    /**
     * ŷ = z(x), the network's output.
     *
     * @param x m×d, finite. Not modified.
     * @return m predictions
     * @throws IllegalStateException    before fit
     * @throws IllegalArgumentException if x does not have d columns or holds NaN or ±∞
     */
    @Override
    public double[] predict(Tensor x) {
        return output("predict", x).toArray();
    }
}

package org.mlworkbook.ensemble;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mlworkbook.model.ModelInputs;
import org.mlworkbook.model.Regressor;
import org.mlworkbook.tensor.Tensor;
import org.mlworkbook.tree.DecisionTreeRegressor;

/**
 * Gradient boosting for regression with the squared error (lecture notes 000, "Gradient Boosting"; scikit-learn's
 * GradientBoostingRegressor with loss="squared_error", subsample 1): small trees in sequence, each fitted to what
 * the ones before still get wrong.
 * <pre>
 *   F₀(x) = ȳ
 *   stage t:  rᵢ = yᵢ − F_{t−1}(xᵢ)         (the negative gradient of ½(y − F)²)
 *             h_t = regression tree of depth ≤ D fitted to (xᵢ, rᵢ)
 *             F_t(x) = F_{t−1}(x) + η h_t(x)
 *   L_t = (1/n) Σᵢ (yᵢ − F_t(xᵢ))²
 * </pre>
 * With 0 &lt; η ≤ 1 the training loss never rises: each leaf moves its rows by η times their mean residual. A
 * small η needs more stages but generalises better (shrinkage). Defaults: 100 stages, η = 0.1, depth 3.
 * Deterministic; the stages depend on each other and run on one thread.
 *
 * @see GradientBoostingClassifier
 * @see "notebooks/08-ensembles.ipynb"
 */
public final class GradientBoostingRegressor implements Regressor {

    private final int numEstimators;
    private final double learningRate;
    private final int maxDepth;

    private double initial;
    private List<DecisionTreeRegressor> trees;
    private double[] trainLoss;
    private int numFeatures;

    /** 100 stages, η = 0.1, depth 3. */
    public GradientBoostingRegressor() {
        this(100, 0.1, 3);
    }

    /**
     * @param numEstimators the number of stages T ≥ 1
     * @param learningRate  η &gt; 0
     * @param maxDepth      the depth of every tree, ≥ 1
     * @throws IllegalArgumentException if numEstimators &lt; 1, η is not finite and positive, or maxDepth &lt; 1
     */
    public GradientBoostingRegressor(int numEstimators, double learningRate, int maxDepth) {
        this.numEstimators = ModelInputs.requireAtLeastOne("GradientBoostingRegressor", "numEstimators", numEstimators);
        this.learningRate = ModelInputs.requirePositive("GradientBoostingRegressor", "learningRate", learningRate);
        this.maxDepth = ModelInputs.requireAtLeastOne("GradientBoostingRegressor", "maxDepth", maxDepth);
    }

    /**
     * Runs the T stages of the class comment.
     *
     * @param x n×d features, finite. Not modified.
     * @param y n finite targets. Not modified.
     * @return this regressor, fitted
     * @throws IllegalArgumentException on bad shapes or non-finite values
     */
    @Override
    public GradientBoostingRegressor fit(Tensor x, double[] y) {
        ModelInputs.requireTargets("fit", x, y);
        int n = y.length;
        double mean = 0;
        for (double v : y) {
            mean += v / n;
        }
        double[] f = new double[n];
        Arrays.fill(f, mean);
        double[] loss = new double[numEstimators + 1];
        loss[0] = squaredError(y, f);
        double[] residual = new double[n];
        DecisionTreeRegressor base = new DecisionTreeRegressor().maxDepth(maxDepth);
        List<DecisionTreeRegressor> fitted = new ArrayList<>();
        for (int t = 0; t < numEstimators; t++) {
            for (int i = 0; i < n; i++) {
                residual[i] = y[i] - f[i];
            }
            DecisionTreeRegressor tree = base.seed(t).fit(x, residual);
            double[] h = tree.predict(x);
            for (int i = 0; i < n; i++) {
                f[i] += learningRate * h[i];
            }
            loss[t + 1] = squaredError(y, f);
            fitted.add(tree);
        }
        initial = mean;
        trees = List.copyOf(fitted);
        trainLoss = loss;
        numFeatures = x.cols();
        return this;
    }

    /**
     * F_T(x) = ȳ + η Σ_t h_t(x).
     *
     * @param x m×d features. Not modified.
     * @return m predictions
     * @throws IllegalStateException    before fit
     * @throws IllegalArgumentException if x does not have d columns or holds NaN or ±∞
     */
    @Override
    public double[] predict(Tensor x) {
        double[][] staged = staged("predict", x);
        return staged[staged.length - 1];
    }

    /**
     * The predictions after every stage: row t is F_{t+1}(x).
     *
     * @param x m×d features. Not modified.
     * @return a new T×m array
     * @throws IllegalStateException    before fit
     * @throws IllegalArgumentException if x does not have d columns or holds NaN or ±∞
     */
    public double[][] stagedPredict(Tensor x) {
        return staged("stagedPredict", x);
    }

    /**
     * The mean squared error on the training rows: entry 0 for F₀ = ȳ, entry t after stage t.
     *
     * @return T + 1 losses, non-increasing for η ≤ 1 (a copy)
     * @throws IllegalStateException before fit
     */
    public double[] trainLoss() {
        return ModelInputs.requireFitted("trainLoss", trainLoss).clone();
    }

    /**
     * @return F₀ = ȳ, the prediction before any tree
     * @throws IllegalStateException before fit
     */
    public double initialPrediction() {
        ModelInputs.requireFitted("initialPrediction", trees);
        return initial;
    }

    /**
     * @return the fitted trees h_t, in order
     * @throws IllegalStateException before fit
     */
    public List<DecisionTreeRegressor> trees() {
        return ModelInputs.requireFitted("trees", trees);
    }

    /** @return e.g. {@code GradientBoostingRegressor(numEstimators=100, learningRate=0.1, maxDepth=3)} */
    @Override
    public String toString() {
        return "GradientBoostingRegressor(numEstimators=" + numEstimators + ", learningRate=" + learningRate
                + ", maxDepth=" + maxDepth + ")";
    }

    private double[][] staged(String method, Tensor x) {
        ModelInputs.requireFitted(method, trees);
        ModelInputs.requireColumns(method, x, numFeatures);
        double[][] staged = new double[trees.size()][];
        double[] f = new double[x.rows()];
        Arrays.fill(f, initial);
        for (int t = 0; t < trees.size(); t++) {
            double[] h = trees.get(t).predict(x);
            for (int i = 0; i < f.length; i++) {
                f[i] += learningRate * h[i];
            }
            staged[t] = f.clone();
        }
        return staged;
    }

    private static double squaredError(double[] y, double[] f) {
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            sum += (y[i] - f[i]) * (y[i] - f[i]);
        }
        return sum / y.length;
    }
}

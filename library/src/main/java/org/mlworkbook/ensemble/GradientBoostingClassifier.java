package org.mlworkbook.ensemble;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mlworkbook.linear.LogisticFunctions;
import org.mlworkbook.model.Classifier;
import org.mlworkbook.model.ModelInputs;
import org.mlworkbook.tensor.Tensor;
import org.mlworkbook.tree.DecisionTreeRegressor;

/**
 * Binary gradient boosting with the log loss (scikit-learn's GradientBoostingClassifier, loss="log_loss",
 * subsample 1): regression trees in sequence on the log-odds scale F, p = σ(F).
 * <pre>
 *   F₀ = ln(p̄ / (1 − p̄)),  p̄ = (1/n) Σ yᵢ                           (the log-odds of the class-1 share)
 *   stage t:  pᵢ = σ(F_{t−1}(xᵢ)),  rᵢ = yᵢ − pᵢ                       (the negative gradient of the log loss)
 *             h_t = regression tree of depth ≤ D fitted to (xᵢ, rᵢ)
 *             leaf ℓ gets γ_ℓ = Σ_{i∈ℓ} rᵢ / Σ_{i∈ℓ} pᵢ(1 − pᵢ)        (one Newton step for the leaf, as scikit-learn)
 *             F_t(x) = F_{t−1}(x) + η γ_{leaf_t(x)}
 *   L_t = −(1/n) Σᵢ [yᵢ ln σ(F_t(xᵢ)) + (1 − yᵢ) ln(1 − σ(F_t(xᵢ)))]
 * </pre>
 * The tree's own leaf values (mean residuals) only choose the splits; the Newton step replaces them, since a
 * residual of 0.1 means little where p ≈ ½ and much where p ≈ 0. ŷ = 1 when F &gt; 0 (p &gt; ½). Defaults: 100
 * stages, η = 0.1, depth 3. Deterministic; the stages run on one thread.
 *
 * @see GradientBoostingRegressor
 * @see "notebooks/08-ensembles.ipynb"
 */
public final class GradientBoostingClassifier implements Classifier {

    private final int numEstimators;
    private final double learningRate;
    private final int maxDepth;

    private double initial;
    private List<DecisionTreeRegressor> trees;
    private List<double[]> leafValues;
    private double[] trainLoss;
    private int numFeatures;

    /** 100 stages, η = 0.1, depth 3. */
    public GradientBoostingClassifier() {
        this(100, 0.1, 3);
    }

    /**
     * @param numEstimators the number of stages T ≥ 1
     * @param learningRate  η &gt; 0
     * @param maxDepth      the depth of every tree, ≥ 1
     * @throws IllegalArgumentException if numEstimators &lt; 1, η is not finite and positive, or maxDepth &lt; 1
     */
    public GradientBoostingClassifier(int numEstimators, double learningRate, int maxDepth) {
        this.numEstimators = ModelInputs.requireAtLeastOne("GradientBoostingClassifier", "numEstimators", numEstimators);
        this.learningRate = ModelInputs.requirePositive("GradientBoostingClassifier", "learningRate", learningRate);
        this.maxDepth = ModelInputs.requireAtLeastOne("GradientBoostingClassifier", "maxDepth", maxDepth);
    }

    /**
     * Runs the T stages of the class comment.
     *
     * @param x n×d features, finite. Not modified.
     * @param y n labels, each 0 or 1, both present. Not modified.
     * @return this classifier, fitted
     * @throws IllegalArgumentException on bad shapes, non-finite values, a label other than 0/1 or a single class
     */
    @Override
    public GradientBoostingClassifier fit(Tensor x, int[] y) {
        int k = ModelInputs.requireLabels("fit", x, y);
        int n = y.length;
        int ones = 0;
        for (int label : y) {
            ones += label;
        }
        if (k != 2 || ones == 0 || ones == n) {
            throw new IllegalArgumentException(String.format(
                    "fit: y expected binary labels 0 and 1, both present, got %d classes (%d ones in %d labels)",
                    k, ones, n));
        }
        double share = (double) ones / n;
        double f0 = Math.log(share / (1 - share));
        double[] f = new double[n];
        Arrays.fill(f, f0);
        double[] loss = new double[numEstimators + 1];
        loss[0] = logLoss(y, f);
        double[] residual = new double[n];
        double[] hessian = new double[n];
        DecisionTreeRegressor base = new DecisionTreeRegressor().maxDepth(maxDepth);
        List<DecisionTreeRegressor> fitted = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        for (int t = 0; t < numEstimators; t++) {
            for (int i = 0; i < n; i++) {
                double p = LogisticFunctions.sigmoid(f[i]);
                residual[i] = y[i] - p;
                hessian[i] = p * (1 - p);
            }
            DecisionTreeRegressor tree = base.seed(t).fit(x, residual);
            int[] leaves = tree.tree().apply(x);
            double[] gamma = newtonSteps(leaves, residual, hessian, tree.tree().nodeCount());
            for (int i = 0; i < n; i++) {
                f[i] += learningRate * gamma[leaves[i]];
            }
            loss[t + 1] = logLoss(y, f);
            fitted.add(tree);
            values.add(gamma);
        }
        initial = f0;
        trees = List.copyOf(fitted);
        leafValues = List.copyOf(values);
        trainLoss = loss;
        numFeatures = x.cols();
        return this;
    }

    /**
     * The log-odds F_T(x) = F₀ + η Σ_t γ_{leaf_t(x)}.
     *
     * @param x m×d features. Not modified.
     * @return m scores; F &gt; 0 means class 1 is more likely
     * @throws IllegalStateException    before fit
     * @throws IllegalArgumentException if x does not have d columns or holds NaN or ±∞
     */
    public double[] decisionFunction(Tensor x) {
        return finalScores("decisionFunction", x);
    }

    /**
     * The log-odds after every stage: row t is F_{t+1}(x).
     *
     * @param x m×d features. Not modified.
     * @return a new T×m array
     * @throws IllegalStateException    before fit
     * @throws IllegalArgumentException if x does not have d columns or holds NaN or ±∞
     */
    public double[][] stagedDecisionFunction(Tensor x) {
        return staged("stagedDecisionFunction", x);
    }

    /**
     * The accuracy after every stage, of ŷ = [F_t(x) &gt; 0] for t = 1 … T.
     *
     * @param x m×d features. Not modified.
     * @param y m true labels. Not modified.
     * @return T accuracies
     * @throws IllegalStateException    before fit
     * @throws IllegalArgumentException on bad shapes
     */
    public double[] stagedScores(Tensor x, int[] y) {
        ModelInputs.requireLabels("stagedScores", x, y);
        double[][] staged = staged("stagedScores", x);
        double[] scores = new double[staged.length];
        for (int t = 0; t < staged.length; t++) {
            int correct = 0;
            for (int i = 0; i < y.length; i++) {
                correct += (staged[t][i] > 0 ? 1 : 0) == y[i] ? 1 : 0;
            }
            scores[t] = (double) correct / y.length;
        }
        return scores;
    }

    /**
     * [1 − σ(F), σ(F)] for every row.
     *
     * @param x m×d features. Not modified.
     * @return a new m×2 tensor, rows summing to 1
     * @throws IllegalStateException    before fit
     * @throws IllegalArgumentException if x does not have d columns or holds NaN or ±∞
     */
    @Override
    public Tensor predictProba(Tensor x) {
        double[] f = finalScores("predictProba", x);
        double[] p = new double[2 * f.length];
        for (int i = 0; i < f.length; i++) {
            p[2 * i + 1] = LogisticFunctions.sigmoid(f[i]);
            p[2 * i] = LogisticFunctions.sigmoid(-f[i]);
        }
        return Tensor.wrap(p, f.length, 2);
    }

    /**
     * ŷ = 1 if F(x) &gt; 0 (σ(F) &gt; ½), else 0.
     *
     * @param x m×d features. Not modified.
     * @return m labels
     * @throws IllegalStateException    before fit
     * @throws IllegalArgumentException if x does not have d columns or holds NaN or ±∞
     */
    @Override
    public int[] predict(Tensor x) {
        double[] f = finalScores("predict", x);
        int[] labels = new int[f.length];
        for (int i = 0; i < f.length; i++) {
            labels[i] = f[i] > 0 ? 1 : 0;
        }
        return labels;
    }

    /**
     * The mean log loss on the training rows: entry 0 for F₀, entry t after stage t.
     *
     * @return T + 1 losses (a copy)
     * @throws IllegalStateException before fit
     */
    public double[] trainLoss() {
        return ModelInputs.requireFitted("trainLoss", trainLoss).clone();
    }

    /**
     * @return F₀ = ln(p̄ / (1 − p̄)), the log-odds before any tree
     * @throws IllegalStateException before fit
     */
    public double initialLogOdds() {
        ModelInputs.requireFitted("initialLogOdds", trees);
        return initial;
    }

    /**
     * @return the fitted trees h_t, in order (their own leaf values are the mean residuals, not the γ used here)
     * @throws IllegalStateException before fit
     */
    public List<DecisionTreeRegressor> trees() {
        return ModelInputs.requireFitted("trees", trees);
    }

    /** @return e.g. {@code GradientBoostingClassifier(numEstimators=100, learningRate=0.1, maxDepth=3)} */
    @Override
    public String toString() {
        return "GradientBoostingClassifier(numEstimators=" + numEstimators + ", learningRate=" + learningRate
                + ", maxDepth=" + maxDepth + ")";
    }

    /** γ per node: Σ r / Σ p(1 − p) over the rows in that leaf (0 if the denominator is below 1e-150, as sklearn). */
    private static double[] newtonSteps(int[] leaves, double[] residual, double[] hessian, int nodes) {
        double[] numerator = new double[nodes];
        double[] denominator = new double[nodes];
        for (int i = 0; i < leaves.length; i++) {
            numerator[leaves[i]] += residual[i];
            denominator[leaves[i]] += hessian[i];
        }
        double[] gamma = new double[nodes];
        for (int node = 0; node < nodes; node++) {
            gamma[node] = Math.abs(denominator[node]) < 1e-150 ? 0 : numerator[node] / denominator[node];
        }
        return gamma;
    }

    private double[] finalScores(String method, Tensor x) {
        double[][] staged = staged(method, x);
        return staged[staged.length - 1];
    }

    private double[][] staged(String method, Tensor x) {
        ModelInputs.requireFitted(method, trees);
        ModelInputs.requireColumns(method, x, numFeatures);
        double[][] staged = new double[trees.size()][];
        double[] f = new double[x.rows()];
        Arrays.fill(f, initial);
        for (int t = 0; t < trees.size(); t++) {
            int[] leaves = trees.get(t).tree().apply(x);
            double[] gamma = leafValues.get(t);
            for (int i = 0; i < f.length; i++) {
                f[i] += learningRate * gamma[leaves[i]];
            }
            staged[t] = f.clone();
        }
        return staged;
    }

    private static double logLoss(int[] y, double[] f) {
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            sum += LogisticFunctions.logLossFromLogit(f[i], y[i]);
        }
        return sum / y.length;
    }
}

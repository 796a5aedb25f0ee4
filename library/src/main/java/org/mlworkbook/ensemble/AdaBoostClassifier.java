package org.mlworkbook.ensemble;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mlworkbook.model.Classifier;
import org.mlworkbook.model.ModelInputs;
import org.mlworkbook.tensor.Tensor;
import org.mlworkbook.tree.DecisionTreeClassifier;

/**
 * AdaBoost with the SAMME rule for K classes (lecture notes 000, "Adaptive Boosting"; scikit-learn's
 * {@code AdaBoostClassifier(algorithm="SAMME")}): weak learners in sequence, each trained on the rows re-weighted
 * towards the mistakes of the ones before.
 * <pre>
 *   w⁽¹⁾ᵢ = 1/n
 *   round t:  h_t = tree fitted with sample weights w⁽ᵗ⁾
 *             err_t = Σᵢ w⁽ᵗ⁾ᵢ [h_t(xᵢ) ≠ yᵢ] / Σᵢ w⁽ᵗ⁾ᵢ
 *             α_t = η (ln((1 − err_t)/err_t) + ln(K − 1))
 *             w⁽ᵗ⁺¹⁾ᵢ = w⁽ᵗ⁾ᵢ · e^(α_t [h_t(xᵢ) ≠ yᵢ]) / Z_t     (Z_t makes the weights sum to 1)
 *   ŷ(x) = argmax_c Σ_t α_t [h_t(x) = c]
 * </pre>
 * Only the misclassified rows gain weight, by the factor e^α. The notes resample rows by their weights; here the
 * tree takes the weights directly, which is the same in expectation and has no sampling noise. A learner with
 * err ≥ 1 − 1/K is no better than chance: the first one is an error, a later one ends the boosting without being
 * added. A perfect learner (err = 0) gets α = 1 and ends the boosting. The weak learner is a depth-1 tree (a
 * stump) unless {@link #maxDepth} says otherwise. Nothing here is random: the rounds depend on each other and
 * run on one thread.
 *
 * @see "notebooks/08-ensembles.ipynb"
 */
public final class AdaBoostClassifier implements Classifier {

    /** The number of rounds by default. */
    public static final int DEFAULT_NUM_ESTIMATORS = 50;

    private final int numEstimators;
    private final double learningRate;
    private final int maxDepth;

    private List<DecisionTreeClassifier> learners;
    private double[] alphas;
    private double[] errors;
    private double[][] weightHistory;
    private int numClasses;
    private int numFeatures;

    /** 50 stumps, η = 1. */
    public AdaBoostClassifier() {
        this(DEFAULT_NUM_ESTIMATORS, 1, 1);
    }

    /**
     * Stumps with η = 1.
     *
     * @param numEstimators the most rounds T ≥ 1
     * @throws IllegalArgumentException if numEstimators &lt; 1
     */
    public AdaBoostClassifier(int numEstimators) {
        this(numEstimators, 1, 1);
    }

    private AdaBoostClassifier(int numEstimators, double learningRate, int maxDepth) {
        this.numEstimators = ModelInputs.requireAtLeastOne("AdaBoostClassifier", "numEstimators", numEstimators);
        this.learningRate = ModelInputs.requirePositive("learningRate", "learningRate", learningRate);
        this.maxDepth = ModelInputs.requireAtLeastOne("maxDepth", "maxDepth", maxDepth);
    }

    /**
     * @param learningRate η &gt; 0, the factor on every α_t (1 by default)
     * @return a new, unfitted classifier with these settings but that η
     * @throws IllegalArgumentException if learningRate is not finite and positive
     */
    public AdaBoostClassifier learningRate(double learningRate) {
        return new AdaBoostClassifier(numEstimators, learningRate, maxDepth);
    }

    /**
     * @param maxDepth the depth of every weak learner, ≥ 1 (1 = stumps, the default)
     * @return a new, unfitted classifier with these settings but that depth
     * @throws IllegalArgumentException if maxDepth &lt; 1
     */
    public AdaBoostClassifier maxDepth(int maxDepth) {
        return new AdaBoostClassifier(numEstimators, learningRate, maxDepth);
    }

    /**
     * Runs the boosting rounds of the class comment.
     *
     * @param x n×d features, finite. Not modified.
     * @param y n labels ≥ 0, at least two classes. Not modified.
     * @return this classifier, fitted
     * @throws IllegalArgumentException on bad input, a single class, or a first learner no better than chance
     */
    @Override
    public AdaBoostClassifier fit(Tensor x, int[] y) {
        int k = ModelInputs.requireLabels("fit", x, y);
        if (k < 2) {
            throw new IllegalArgumentException("fit: y expected at least two classes, got only class 0");
        }
        int n = x.rows();
        double[] w = new double[n];
        Arrays.fill(w, 1.0 / n);
        DecisionTreeClassifier base = new DecisionTreeClassifier().maxDepth(maxDepth);
        List<DecisionTreeClassifier> fitted = new ArrayList<>();
        List<double[]> history = new ArrayList<>();
        double[] alpha = new double[numEstimators];
        double[] error = new double[numEstimators];
        for (int t = 0; t < numEstimators; t++) {
            DecisionTreeClassifier learner = base.seed(t).fit(x, y, w, k);
            int[] predicted = learner.predict(x);
            double wrong = 0;
            double total = 0;
            for (int i = 0; i < n; i++) {
                total += w[i];
                wrong += predicted[i] != y[i] ? w[i] : 0;
            }
            double err = wrong / total;
            if (err >= 1 - 1.0 / k) {
                if (t == 0) {
                    throw new IllegalArgumentException(String.format(
                            "fit: the first weak learner expected an error below 1 - 1/K = %s, got %s", 1 - 1.0 / k, err));
                }
                break;
            }
            history.add(w.clone());
            fitted.add(learner);
            error[t] = err;
            if (err <= 0) {
                alpha[t] = 1;
                break;
            }
            alpha[t] = learningRate * (Math.log((1 - err) / err) + Math.log(k - 1));
            double sum = 0;
            for (int i = 0; i < n; i++) {
                if (predicted[i] != y[i]) {
                    w[i] *= Math.exp(alpha[t]);
                }
                sum += w[i];
            }
            for (int i = 0; i < n; i++) {
                w[i] /= sum;
            }
        }
        learners = List.copyOf(fitted);
        alphas = Arrays.copyOf(alpha, fitted.size());
        errors = Arrays.copyOf(error, fitted.size());
        weightHistory = history.toArray(new double[0][]);
        numClasses = k;
        numFeatures = x.cols();
        return this;
    }

    /**
     * The weighted vote shares P̂(c | x) = Σ_t α_t [h_t(x) = c] / Σ_t α_t.
     *
     * @param x m×d features. Not modified.
     * @return a new m×K tensor, rows summing to 1
     * @throws IllegalStateException    before fit
     * @throws IllegalArgumentException if x does not have d columns or holds NaN or ±∞
     */
    @Override
    public Tensor predictProba(Tensor x) {
        ModelInputs.requireFitted("predictProba", learners);
        double[] votes = votes("predictProba", x, learners.size());
        double total = MemberWeights.sum(alphas);
        for (int i = 0; i < votes.length; i++) {
            votes[i] /= total;
        }
        return Tensor.wrap(votes, x.rows(), numClasses);
    }

    /**
     * ŷ = argmax_c Σ_t α_t [h_t(x) = c], ties to the lowest class.
     *
     * @param x m×d features. Not modified.
     * @return m labels
     * @throws IllegalStateException    before fit
     * @throws IllegalArgumentException if x does not have d columns or holds NaN or ±∞
     */
    @Override
    public int[] predict(Tensor x) {
        ModelInputs.requireFitted("predict", learners);
        return Members.argmaxRows(votes("predict", x, learners.size()), numClasses);
    }

    /**
     * The accuracy after each round: of argmax_c Σ_{s ≤ t} α_s [h_s(x) = c] for t = 1 … T.
     *
     * @param x m×d features. Not modified.
     * @param y m true labels. Not modified.
     * @return T accuracies (T = the rounds actually run)
     * @throws IllegalStateException    before fit
     * @throws IllegalArgumentException on bad shapes
     */
    public double[] stagedScores(Tensor x, int[] y) {
        ModelInputs.requireFitted("stagedScores", learners);
        ModelInputs.requireLabels("stagedScores", x, y);
        ModelInputs.requireColumns("stagedScores", x, numFeatures);
        double[] votes = new double[x.rows() * numClasses];
        double[] scores = new double[learners.size()];
        for (int t = 0; t < learners.size(); t++) {
            addVotes(votes, t, x);
            int[] labels = Members.argmaxRows(votes, numClasses);
            int correct = 0;
            for (int i = 0; i < labels.length; i++) {
                correct += labels[i] == y[i] ? 1 : 0;
            }
            scores[t] = (double) correct / labels.length;
        }
        return scores;
    }

    /**
     * @return α_t of every round run (a copy)
     * @throws IllegalStateException before fit
     */
    public double[] estimatorWeights() {
        return ModelInputs.requireFitted("estimatorWeights", alphas).clone();
    }

    /**
     * @return err_t of every round run (a copy)
     * @throws IllegalStateException before fit
     */
    public double[] estimatorErrors() {
        return ModelInputs.requireFitted("estimatorErrors", errors).clone();
    }

    /**
     * The sample weights each round trained with: row t is w⁽ᵗ⁺¹⁾ (row 0 is 1/n everywhere), each summing to 1.
     *
     * @return a new T×n array
     * @throws IllegalStateException before fit
     */
    public double[][] sampleWeightHistory() {
        double[][] history = ModelInputs.requireFitted("sampleWeightHistory", weightHistory);
        double[][] copy = new double[history.length][];
        for (int t = 0; t < history.length; t++) {
            copy[t] = history[t].clone();
        }
        return copy;
    }

    /**
     * @return the fitted weak learners h_t, in order
     * @throws IllegalStateException before fit
     */
    public List<DecisionTreeClassifier> learners() {
        return ModelInputs.requireFitted("learners", learners);
    }

    /** @return e.g. {@code AdaBoostClassifier(numEstimators=50, learningRate=1.0, maxDepth=1)} */
    @Override
    public String toString() {
        return "AdaBoostClassifier(numEstimators=" + numEstimators + ", learningRate=" + learningRate
                + ", maxDepth=" + maxDepth + ")";
    }

    private double[] votes(String method, Tensor x, int rounds) {
        ModelInputs.requireColumns(method, x, numFeatures);
        double[] votes = new double[x.rows() * numClasses];
        for (int t = 0; t < rounds; t++) {
            addVotes(votes, t, x);
        }
        return votes;
    }

    private void addVotes(double[] votes, int t, Tensor x) {
        int[] labels = learners.get(t).predict(x);
        for (int i = 0; i < labels.length; i++) {
            votes[i * numClasses + labels[i]] += alphas[t];
        }
    }
}

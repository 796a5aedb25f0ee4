package org.mlworkbook.ensemble;

import java.util.List;
import java.util.function.Supplier;
import org.mlworkbook.model.Classifier;
import org.mlworkbook.model.ModelInputs;
import org.mlworkbook.tensor.Tensor;

/**
 * Voting: M different classifiers trained on the same data, combined by a vote (lecture notes 000, "Voting"):
 * <pre>
 *   hard:  P̂(c | x) = Σⱼ wⱼ [ŷⱼ(x) = c] / Σⱼ wⱼ          (the weighted share of votes)
 *   soft:  P̂(c | x) = Σⱼ wⱼ pⱼ(c | x) / Σⱼ wⱼ             (the weighted mean probability)
 *   ŷ(x) = argmax_c P̂(c | x), ties to the lowest class
 * </pre>
 * with wⱼ = 1 unless {@link #weights} says otherwise. The members come as factories ({@code LogisticRegression::new},
 * {@code () -> new KNeighborsClassifier(5)}), so every fit starts from fresh models; they train in parallel
 * ({@link #threads}), each on its own, so the result does not depend on the thread count.
 *
 * @see "notebooks/08-ensembles.ipynb"
 */
public final class VotingClassifier implements Classifier {

    private final List<Supplier<? extends Classifier>> factories;
    private final Voting voting;
    private double[] weights;
    private int threads;

    private List<Classifier> members;
    private int numClasses;
    private int numFeatures;

    /**
     * @param members one factory per member, at least one
     * @param voting  {@link Voting#HARD} or {@link Voting#SOFT}
     * @throws IllegalArgumentException if members is null or empty, holds null, or voting is null
     */
    public VotingClassifier(List<Supplier<? extends Classifier>> members, Voting voting) {
        this.factories = Members.requireFactories("VotingClassifier", members);
        this.voting = ModelInputs.requireNonNull("VotingClassifier", "voting", voting);
        this.weights = MemberWeights.uniform(factories.size());
    }

    /**
     * Sets the member weights wⱼ for the next fit.
     *
     * @param weights M finite weights ≥ 0 with a positive sum, one per member. Not modified (copied).
     * @return this classifier
     * @throws IllegalArgumentException on another length than M, a negative or non-finite weight or a zero sum
     */
    public VotingClassifier weights(double... weights) {
        this.weights = MemberWeights.require("weights", weights, factories.size());
        return this;
    }

    /**
     * Sets the number of threads that train the members.
     *
     * @param threads ≥ 1, or 0 for every core (the default)
     * @return this classifier
     * @throws IllegalArgumentException if threads &lt; 0
     */
    public VotingClassifier threads(int threads) {
        this.threads = Parallel.requireThreads("threads", threads);
        return this;
    }

    /**
     * Fits a fresh model from every factory on (x, y).
     *
     * @param x n×d features, finite. Not modified.
     * @param y n labels ≥ 0. Not modified.
     * @return this classifier, fitted
     * @throws IllegalArgumentException on bad shapes, non-finite values or negative labels
     */
    @Override
    public VotingClassifier fit(Tensor x, int[] y) {
        int k = ModelInputs.requireLabels("fit", x, y);
        members = Parallel.map(factories.size(), threads, j -> Members.create(factories.get(j), "member").fit(x, y));
        numClasses = k;
        numFeatures = x.cols();
        return this;
    }

    /**
     * The vote shares (hard) or mean probabilities (soft), as in the class comment.
     *
     * @param x m×d features. Not modified.
     * @return a new m×K tensor, rows summing to 1
     * @throws IllegalStateException    before fit
     * @throws IllegalArgumentException if x does not have d columns or holds NaN or ±∞
     */
    @Override
    public Tensor predictProba(Tensor x) {
        ModelInputs.requireFitted("predictProba", members);
        ModelInputs.requireColumns("predictProba", x, numFeatures);
        int m = x.rows();
        double[] combined = new double[m * numClasses];
        double total = MemberWeights.sum(weights);
        for (int j = 0; j < members.size(); j++) {
            double w = weights[j] / total;
            if (voting == Voting.HARD) {
                int[] votes = members.get(j).predict(x);
                for (int i = 0; i < m; i++) {
                    combined[i * numClasses + votes[i]] += w;
                }
            } else {
                double[] p = Members.probabilities(members.get(j), x, numClasses);
                for (int t = 0; t < p.length; t++) {
                    combined[t] += w * p[t];
                }
            }
        }
        return Tensor.wrap(combined, m, numClasses);
    }

    /**
     * ŷ = argmax_c P̂(c | x), ties to the lowest class.
     *
     * @param x m×d features. Not modified.
     * @return m labels
     * @throws IllegalStateException    before fit
     * @throws IllegalArgumentException if x does not have d columns or holds NaN or ±∞
     */
    @Override
    public int[] predict(Tensor x) {
        ModelInputs.requireFitted("predict", members);
        return Members.argmaxRows(predictProba(x).data(), numClasses);
    }

    /**
     * @return the fitted members in the order of the factories
     * @throws IllegalStateException before fit
     */
    public List<Classifier> members() {
        return ModelInputs.requireFitted("members", members);
    }

    /** @return e.g. {@code VotingClassifier(3 members, SOFT)} */
    @Override
    public String toString() {
        return "VotingClassifier(" + factories.size() + " members, " + voting + ")";
    }
}

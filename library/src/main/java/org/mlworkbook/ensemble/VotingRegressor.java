package org.mlworkbook.ensemble;

import java.util.List;
import java.util.function.Supplier;
import org.mlworkbook.model.ModelInputs;
import org.mlworkbook.model.Regressor;
import org.mlworkbook.tensor.Tensor;

/**
 * Voting for regression: M different regressors trained on the same data, their predictions averaged (lecture
 * notes 000, "Voting"):
 * <pre>
 *   ŷ(x) = Σⱼ wⱼ ŷⱼ(x) / Σⱼ wⱼ
 * </pre>
 * with wⱼ = 1 unless {@link #weights} says otherwise. Members come as factories and train in parallel
 * ({@link #threads}) with the same result as on one thread.
 *
 * @see "notebooks/08-ensembles.ipynb"
 */
public final class VotingRegressor implements Regressor {

    private final List<Supplier<? extends Regressor>> factories;
    private double[] weights;
    private int threads;

    private List<Regressor> members;
    private int numFeatures;

    /**
     * @param members one factory per member, at least one
     * @throws IllegalArgumentException if members is null or empty or holds null
     */
    public VotingRegressor(List<Supplier<? extends Regressor>> members) {
        this.factories = Members.requireFactories("VotingRegressor", members);
        this.weights = MemberWeights.uniform(factories.size());
    }

    /**
     * Sets the member weights wⱼ for the next fit.
     *
     * @param weights M finite weights ≥ 0 with a positive sum. Not modified (copied).
     * @return this regressor
     * @throws IllegalArgumentException on another length than M, a negative or non-finite weight or a zero sum
     */
    public VotingRegressor weights(double... weights) {
        this.weights = MemberWeights.require("weights", weights, factories.size());
        return this;
    }

    /**
     * Sets the number of threads that train the members.
     *
     * @param threads ≥ 1, or 0 for every core (the default)
     * @return this regressor
     * @throws IllegalArgumentException if threads &lt; 0
     */
    public VotingRegressor threads(int threads) {
        this.threads = Parallel.requireThreads("threads", threads);
        return this;
    }

    /**
     * Fits a fresh model from every factory on (x, y).
     *
     * @param x n×d features, finite. Not modified.
     * @param y n finite targets. Not modified.
     * @return this regressor, fitted
     * @throws IllegalArgumentException on bad shapes or non-finite values
     */
    @Override
    public VotingRegressor fit(Tensor x, double[] y) {
        ModelInputs.requireTargets("fit", x, y);
        members = Parallel.map(factories.size(), threads, j -> Members.create(factories.get(j), "member").fit(x, y));
        numFeatures = x.cols();
        return this;
    }

    /**
     * ŷ = Σⱼ wⱼ ŷⱼ(x) / Σⱼ wⱼ.
     *
     * @param x m×d features. Not modified.
     * @return m predictions
     * @throws IllegalStateException    before fit
     * @throws IllegalArgumentException if x does not have d columns or holds NaN or ±∞
     */
    @Override
    public double[] predict(Tensor x) {
        ModelInputs.requireFitted("predict", members);
        ModelInputs.requireColumns("predict", x, numFeatures);
        double[] sum = new double[x.rows()];
        double total = MemberWeights.sum(weights);
        for (int j = 0; j < members.size(); j++) {
            double[] p = members.get(j).predict(x);
            for (int i = 0; i < sum.length; i++) {
                sum[i] += weights[j] / total * p[i];
            }
        }
        return sum;
    }

    /**
     * @return the fitted members in the order of the factories
     * @throws IllegalStateException before fit
     */
    public List<Regressor> members() {
        return ModelInputs.requireFitted("members", members);
    }

    /** @return e.g. {@code VotingRegressor(3 members)} */
    @Override
    public String toString() {
        return "VotingRegressor(" + factories.size() + " members)";
    }
}

package org.mlworkbook.ensemble;

import java.util.List;
import org.mlworkbook.math.Rng;
import org.mlworkbook.metrics.Regression;
import org.mlworkbook.model.ModelInputs;
import org.mlworkbook.model.Regressor;
import org.mlworkbook.tensor.Tensor;

/**
 * The fitted state of a bagged regressor (bagging and random forests): M members, each trained on its own
 * bootstrap sample, their predictions averaged, ŷ(x) = (1/M) Σⱼ ŷⱼ(x), plus the out-of-bag estimate.
 */
final class RegressorBag {

    /** How one member learns from its bootstrap sample. */
    interface MemberFit {
        /**
         * @param x      all n training rows. Not modified.
         * @param y      all n targets. Not modified.
         * @param counts cᵢ, how often row i is in the sample (0 = out of bag). Not modified.
         * @param seed   the member's own seed, for any randomness inside it
         * @return the fitted member
         */
        Regressor fit(Tensor x, double[] y, double[] counts, long seed);
    }

    private record Result(Regressor member, int[] outOfBag, double[] predictions) {
    }

    final List<Regressor> members;
    final int numFeatures;
    final double oobScore;

    private RegressorBag(List<Regressor> members, int numFeatures, double oobScore) {
        this.members = members;
        this.numFeatures = numFeatures;
        this.oobScore = oobScore;
    }

    /**
     * Trains M members in parallel, seeds as in {@link ClassifierBag#fit}. The out-of-bag score is R² of the
     * mean out-of-bag prediction over the rows that are out of bag for at least one member (NaN if none).
     */
    static RegressorBag fit(Tensor x, double[] y, int numEstimators, long seed, int threads, MemberFit fit) {
        ModelInputs.requireTargets("fit", x, y);
        int n = x.rows();
        long[] seeds = Parallel.seeds(seed, numEstimators);
        List<Result> results = Parallel.map(numEstimators, threads, j -> {
            Rng rng = new Rng(seeds[j]);
            double[] counts = Bootstrap.counts(n, rng);
            Regressor member = fit.fit(x, y, counts, rng.nextLong());
            int[] outOfBag = Bootstrap.outOfBag(counts);
            double[] p = outOfBag.length == 0 ? new double[0] : member.predict(x.rows(outOfBag));
            return new Result(member, outOfBag, p);
        });
        double[] sums = new double[n];
        int[] votes = new int[n];
        for (Result result : results) {
            for (int r = 0; r < result.outOfBag.length; r++) {
                sums[result.outOfBag[r]] += result.predictions[r];
                votes[result.outOfBag[r]]++;
            }
        }
        int counted = 0;
        for (int v : votes) {
            counted += v > 0 ? 1 : 0;
        }
        double[] truth = new double[counted];
        double[] predicted = new double[counted];
        for (int i = 0, next = 0; i < n; i++) {
            if (votes[i] > 0) {
                truth[next] = y[i];
                predicted[next++] = sums[i] / votes[i];
            }
        }
        List<Regressor> members = results.stream().map(Result::member).toList();
        return new RegressorBag(members, x.cols(), counted < 2 ? Double.NaN : Regression.r2(truth, predicted));
    }

    /** @return ŷ of the first t members, (1/t) Σ_{j<t} ŷⱼ(x) */
    double[] predict(String method, Tensor x, int t) {
        ModelInputs.requireColumns(method, x, numFeatures);
        double[] mean = new double[x.rows()];
        for (int j = 0; j < t; j++) {
            double[] p = members.get(j).predict(x);
            for (int i = 0; i < mean.length; i++) {
                mean[i] += p[i] / t;
            }
        }
        return mean;
    }

    /** @return R² of the first t members' average for t = 1 … M */
    double[] stagedScores(Tensor x, double[] y) {
        ModelInputs.requireTargets("stagedScores", x, y);
        ModelInputs.requireColumns("stagedScores", x, numFeatures);
        double[] sums = new double[x.rows()];
        double[] mean = new double[x.rows()];
        double[] scores = new double[members.size()];
        for (int j = 0; j < members.size(); j++) {
            double[] p = members.get(j).predict(x);
            for (int i = 0; i < sums.length; i++) {
                sums[i] += p[i];
                mean[i] = sums[i] / (j + 1);
            }
            scores[j] = Regression.r2(y, mean);
        }
        return scores;
    }
}

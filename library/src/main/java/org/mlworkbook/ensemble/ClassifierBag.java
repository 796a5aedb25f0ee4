package org.mlworkbook.ensemble;

import java.util.List;
import org.mlworkbook.math.Rng;
import org.mlworkbook.model.Classifier;
import org.mlworkbook.model.ModelInputs;
import org.mlworkbook.tensor.Tensor;

/**
 * The fitted state of a bagged classifier (bagging and random forests): M members, each trained on its own
 * bootstrap sample, their probabilities averaged, P̂(c | x) = (1/M) Σⱼ pⱼ(c | x), plus the out-of-bag estimate.
 */
final class ClassifierBag {

    /** How one member learns from its bootstrap sample. */
    interface MemberFit {
        /**
         * @param x          all n training rows. Not modified.
         * @param y          all n labels. Not modified.
         * @param counts     cᵢ, how often row i is in the sample (0 = out of bag). Not modified.
         * @param seed       the member's own seed, for any randomness inside it
         * @param numClasses K, the number of classes of the whole training set
         * @return the fitted member
         */
        Classifier fit(Tensor x, int[] y, double[] counts, long seed, int numClasses);
    }

    private record Result(Classifier member, int[] outOfBag, double[] probabilities) {
    }

    final List<Classifier> members;
    final int numClasses;
    final int numFeatures;
    final double oobScore;

    private ClassifierBag(List<Classifier> members, int numClasses, int numFeatures, double oobScore) {
        this.members = members;
        this.numClasses = numClasses;
        this.numFeatures = numFeatures;
        this.oobScore = oobScore;
    }

    /**
     * Trains M members in parallel: member j draws its sample and its own seed from Rng(seedⱼ), seedⱼ the j-th
     * number of Rng(seed), so the result does not depend on the thread count. The out-of-bag score is the
     * accuracy of argmax_c Σ_{j: cⱼᵢ = 0} pⱼ(c | xᵢ) over the rows that are out of bag for at least one member
     * (NaN if there is none).
     */
    static ClassifierBag fit(Tensor x, int[] y, int numEstimators, long seed, int threads, MemberFit fit) {
        int k = ModelInputs.requireLabels("fit", x, y);
        int n = x.rows();
        long[] seeds = Parallel.seeds(seed, numEstimators);
        List<Result> results = Parallel.map(numEstimators, threads, j -> {
            Rng rng = new Rng(seeds[j]);
            double[] counts = Bootstrap.counts(n, rng);
            Classifier member = fit.fit(x, y, counts, rng.nextLong(), k);
            int[] outOfBag = Bootstrap.outOfBag(counts);
            double[] p = outOfBag.length == 0 ? new double[0] : Members.probabilities(member, x.rows(outOfBag), k);
            return new Result(member, outOfBag, p);
        });
        double[] sums = new double[n * k];
        boolean[] seen = new boolean[n];
        for (Result result : results) {
            for (int r = 0; r < result.outOfBag.length; r++) {
                int i = result.outOfBag[r];
                seen[i] = true;
                for (int c = 0; c < k; c++) {
                    sums[i * k + c] += result.probabilities[r * k + c];
                }
            }
        }
        int[] votes = Members.argmaxRows(sums, k);
        int counted = 0;
        int correct = 0;
        for (int i = 0; i < n; i++) {
            if (seen[i]) {
                counted++;
                correct += votes[i] == y[i] ? 1 : 0;
            }
        }
        List<Classifier> members = results.stream().map(Result::member).toList();
        return new ClassifierBag(members, k, x.cols(), counted == 0 ? Double.NaN : (double) correct / counted);
    }

    /** @return P̂(c | x) of the first t members, (1/t) Σ_{j<t} pⱼ(c | x), as a new m×K tensor */
    Tensor predictProba(String method, Tensor x, int t) {
        ModelInputs.requireColumns(method, x, numFeatures);
        int m = x.rows();
        double[] mean = new double[m * numClasses];
        for (int j = 0; j < t; j++) {
            double[] p = Members.probabilities(members.get(j), x, numClasses);
            for (int i = 0; i < p.length; i++) {
                mean[i] += p[i] / t;
            }
        }
        return Tensor.wrap(mean, m, numClasses);
    }

    /** @return ŷ = argmax_c P̂(c | x) of all M members, ties to the lowest class */
    int[] predict(String method, Tensor x) {
        return Members.argmaxRows(predictProba(method, x, members.size()).data(), numClasses);
    }

    /** @return the accuracy of the first t members' average for t = 1 … M */
    double[] stagedScores(Tensor x, int[] y) {
        ModelInputs.requireColumns("stagedScores", x, numFeatures);
        if (y == null || y.length != x.rows()) {
            throw new IllegalArgumentException(String.format(
                    "stagedScores: x and y expected the same number of rows, got x %s and y %s",
                    x.shapeString(), y == null ? "null" : "[" + y.length + "]"));
        }
        int m = x.rows();
        double[] sums = new double[m * numClasses];
        double[] scores = new double[members.size()];
        for (int j = 0; j < members.size(); j++) {
            double[] p = Members.probabilities(members.get(j), x, numClasses);
            for (int i = 0; i < p.length; i++) {
                sums[i] += p[i];
            }
            int[] labels = Members.argmaxRows(sums, numClasses);
            int correct = 0;
            for (int i = 0; i < m; i++) {
                correct += labels[i] == y[i] ? 1 : 0;
            }
            scores[j] = (double) correct / m;
        }
        return scores;
    }
}

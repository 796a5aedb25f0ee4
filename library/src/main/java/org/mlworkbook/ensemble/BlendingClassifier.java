package org.mlworkbook.ensemble;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.mlworkbook.math.Rng;
import org.mlworkbook.model.Classifier;
import org.mlworkbook.model.ModelInputs;
import org.mlworkbook.tensor.Tensor;

/**
 * Blending (lecture notes 000, "Blending"): train different models, then a meta-model on their predictions. The
 * training rows are split once, stratified by class: the members learn from the first part, and their class
 * probabilities on the held-out part are the meta-features the meta-model learns from:
 * <pre>
 *   zᵢ = [p₁(·| xᵢ), …, p_M(·| xᵢ)]   (M·K values, member j in columns j·K … j·K + K − 1),  i in the hold-out
 *   ŷ(x) = meta(z(x))
 * </pre>
 * The members are not refitted on all rows: the meta-model must see them as they answer new data. Compare
 * {@link StackingClassifier}, which uses every row for the meta-features by cross-validation.
 *
 * @see "notebooks/08-ensembles.ipynb"
 */
public final class BlendingClassifier implements Classifier {

    /** The share of the training rows held out for the meta-model by default. */
    public static final double DEFAULT_HOLDOUT = 0.25;

    private final List<Supplier<? extends Classifier>> factories;
    private final Supplier<? extends Classifier> metaFactory;
    private double holdout = DEFAULT_HOLDOUT;
    private long seed;
    private int threads;

    private MetaModel fitted;

    /**
     * @param members one factory per member, at least one
     * @param meta    the factory of the meta-model, which learns from M·K probability columns
     * @throws IllegalArgumentException if an argument is null, members is empty or holds null
     */
    public BlendingClassifier(List<Supplier<? extends Classifier>> members, Supplier<? extends Classifier> meta) {
        this.factories = Members.requireFactories("BlendingClassifier", members);
        this.metaFactory = ModelInputs.requireNonNull("BlendingClassifier", "meta", meta);
    }

    /**
     * Sets the share of rows held out for the meta-model (rounded per class).
     *
     * @param fraction in (0, 1); {@value #DEFAULT_HOLDOUT} by default
     * @return this classifier
     * @throws IllegalArgumentException if fraction is outside (0, 1)
     */
    public BlendingClassifier holdout(double fraction) {
        this.holdout = ModelInputs.requireFraction("holdout", "fraction", fraction);
        return this;
    }

    /**
     * @param seed the seed of the hold-out split (0 by default)
     * @return this classifier
     */
    public BlendingClassifier seed(long seed) {
        this.seed = seed;
        return this;
    }

    /**
     * @param threads ≥ 1, or 0 for every core (the default)
     * @return this classifier
     * @throws IllegalArgumentException if threads &lt; 0
     */
    public BlendingClassifier threads(int threads) {
        this.threads = Parallel.requireThreads("threads", threads);
        return this;
    }

    /**
     * Splits off the hold-out rows, fits the members on the rest, then the meta-model on the members'
     * probabilities for the hold-out rows.
     *
     * @param x n×d features, finite. Not modified.
     * @param y n labels ≥ 0. Not modified.
     * @return this classifier, fitted
     * @throws IllegalArgumentException on bad input, or if a part of the split would be empty
     */
    @Override
    public BlendingClassifier fit(Tensor x, int[] y) {
        int k = ModelInputs.requireLabels("fit", x, y);
        int[][] parts = holdoutSplit(y, k);
        Tensor xTrain = x.rows(parts[0]);
        int[] yTrain = Members.gather(y, parts[0]);
        List<Classifier> members = Parallel.map(factories.size(), threads,
                j -> Members.create(factories.get(j), "member").fit(xTrain, yTrain));
        Tensor z = Members.stackedProbabilities(members, x.rows(parts[1]), k);
        Classifier meta = Members.create(metaFactory, "meta").fit(z, Members.gather(y, parts[1]));
        fitted = new MetaModel(members, meta, k, x.cols());
        return this;
    }

    /**
     * The members' probabilities side by side, the input of the meta-model.
     *
     * @param x m×d features. Not modified.
     * @return a new m×(M·K) tensor
     * @throws IllegalStateException    before fit
     * @throws IllegalArgumentException if x does not have d columns or holds NaN or ±∞
     */
    public Tensor metaFeatures(Tensor x) {
        return ModelInputs.requireFitted("metaFeatures", fitted).features("metaFeatures", x);
    }

    /**
     * The meta-model's probabilities for the meta-features of x.
     *
     * @param x m×d features. Not modified.
     * @return the meta-model's m×K probabilities
     * @throws IllegalStateException    before fit
     * @throws IllegalArgumentException if x does not have d columns or holds NaN or ±∞
     */
    @Override
    public Tensor predictProba(Tensor x) {
        return ModelInputs.requireFitted("predictProba", fitted).predictProba(x);
    }

    /**
     * The meta-model's labels for the meta-features of x.
     *
     * @param x m×d features. Not modified.
     * @return m labels
     * @throws IllegalStateException    before fit
     * @throws IllegalArgumentException if x does not have d columns or holds NaN or ±∞
     */
    @Override
    public int[] predict(Tensor x) {
        return ModelInputs.requireFitted("predict", fitted).predict(x);
    }

    /**
     * @return the fitted members (trained without the hold-out rows)
     * @throws IllegalStateException before fit
     */
    public List<Classifier> members() {
        return ModelInputs.requireFitted("members", fitted).members();
    }

    /**
     * @return the fitted meta-model
     * @throws IllegalStateException before fit
     */
    public Classifier meta() {
        return ModelInputs.requireFitted("meta", fitted).meta();
    }

    /** @return e.g. {@code BlendingClassifier(3 members, holdout=0.25, seed=0)} */
    @Override
    public String toString() {
        return "BlendingClassifier(" + factories.size() + " members, holdout=" + holdout + ", seed=" + seed + ")";
    }

    /**
     * Shuffles the rows with the seed; of each class's m_c rows the first round(fraction·m_c) are held out.
     *
     * @return {training rows, hold-out rows}
     */
    private int[][] holdoutSplit(int[] y, int numClasses) {
        int[] order = new Rng(seed).permutation(y.length);
        int[] classSize = new int[numClasses];
        for (int label : y) {
            classSize[label]++;
        }
        int[] taken = new int[numClasses];
        List<Integer> train = new ArrayList<>();
        List<Integer> held = new ArrayList<>();
        for (int i : order) {
            int c = y[i];
            if (taken[c] < Math.round(holdout * classSize[c])) {
                taken[c]++;
                held.add(i);
            } else {
                train.add(i);
            }
        }
        if (train.isEmpty() || held.isEmpty()) {
            throw new IllegalArgumentException(String.format(
                    "fit: x expected enough rows for a hold-out of %s, got %d rows (%d train, %d hold-out)",
                    holdout, y.length, train.size(), held.size()));
        }
        return new int[][] {train.stream().mapToInt(Integer::intValue).toArray(),
                held.stream().mapToInt(Integer::intValue).toArray()};
    }

}

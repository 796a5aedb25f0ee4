package org.mlworkbook.ensemble;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.mlworkbook.data.Fold;
import org.mlworkbook.data.StratifiedKFold;
import org.mlworkbook.model.Classifier;
import org.mlworkbook.model.ModelInputs;
import org.mlworkbook.tensor.Tensor;

/**
 * Stacking (lecture notes 000, "Stacking"): a meta-model learns from the members' predictions, and every training
 * row gets a prediction made by members that did not see it. With K folds of {@link StratifiedKFold}:
 * <pre>
 *   zᵢ = [p₁⁽⁻ᶠ⁽ⁱ⁾⁾(·| xᵢ), …, p_M⁽⁻ᶠ⁽ⁱ⁾⁾(·| xᵢ)]   (member j fitted without row i's fold f(i); M·K_c columns)
 *   meta ← fit(z, y);   members ← fit(X, y) on all rows;   ŷ(x) = meta(z(x))
 * </pre>
 * Compared with {@link BlendingClassifier} no row is lost to a hold-out, at the price of M·(K + 1) fits, which run
 * in parallel ({@link #threads}) with the same result as on one thread.
 *
 * @see "notebooks/08-ensembles.ipynb"
 */
public final class StackingClassifier implements Classifier {

    /** The number of folds by default. */
    public static final int DEFAULT_FOLDS = 5;

    private final List<Supplier<? extends Classifier>> factories;
    private final Supplier<? extends Classifier> metaFactory;
    private int folds = DEFAULT_FOLDS;
    private long seed;
    private int threads;

    private MetaModel fitted;
    private Tensor outOfFold;

    /**
     * @param members one factory per member, at least one
     * @param meta    the factory of the meta-model, which learns from M·K probability columns
     * @throws IllegalArgumentException if an argument is null, members is empty or holds null
     */
    public StackingClassifier(List<Supplier<? extends Classifier>> members, Supplier<? extends Classifier> meta) {
        this.factories = Members.requireFactories("StackingClassifier", members);
        this.metaFactory = ModelInputs.requireNonNull("StackingClassifier", "meta", meta);
    }

    /**
     * @param folds the number of folds K ≥ 2 ({@value #DEFAULT_FOLDS} by default)
     * @return this classifier
     * @throws IllegalArgumentException if folds &lt; 2
     */
    public StackingClassifier folds(int folds) {
        if (folds < 2) {
            throw new IllegalArgumentException("folds: folds expected >= 2, got " + folds);
        }
        this.folds = folds;
        return this;
    }

    /**
     * @param seed the seed of the folds' shuffle (0 by default)
     * @return this classifier
     */
    public StackingClassifier seed(long seed) {
        this.seed = seed;
        return this;
    }

    /**
     * @param threads ≥ 1, or 0 for every core (the default)
     * @return this classifier
     * @throws IllegalArgumentException if threads &lt; 0
     */
    public StackingClassifier threads(int threads) {
        this.threads = Parallel.requireThreads("threads", threads);
        return this;
    }

    /**
     * Builds the out-of-fold meta-features, fits the meta-model on them and refits every member on all rows.
     *
     * @param x n×d features, finite. Not modified.
     * @param y n labels ≥ 0, at least K rows. Not modified.
     * @return this classifier, fitted
     * @throws IllegalArgumentException on bad input or fewer rows than folds
     */
    @Override
    public StackingClassifier fit(Tensor x, int[] y) {
        int k = ModelInputs.requireLabels("fit", x, y);
        List<Fold> split = new StratifiedKFold(folds, seed).split(y);
        int perMember = folds + 1;
        List<Object> results = Parallel.map(factories.size() * perMember, threads, t -> {
            Classifier model = Members.create(factories.get(t / perMember), "member");
            int f = t % perMember;
            if (f == folds) {
                return model.fit(x, y);
            }
            Fold fold = split.get(f);
            model.fit(x.rows(fold.trainIndices()), Members.gather(y, fold.trainIndices()));
            return Members.probabilities(model, x.rows(fold.testIndices()), k);
        });
        List<double[]> blocks = new ArrayList<>();
        List<Classifier> members = new ArrayList<>();
        for (int j = 0; j < factories.size(); j++) {
            double[] block = new double[y.length * k];
            for (int f = 0; f < folds; f++) {
                double[] p = (double[]) results.get(j * perMember + f);
                int[] rows = split.get(f).testIndices();
                for (int r = 0; r < rows.length; r++) {
                    System.arraycopy(p, r * k, block, rows[r] * k, k);
                }
            }
            blocks.add(block);
            members.add((Classifier) results.get(j * perMember + folds));
        }
        Tensor z = Members.sideBySide(blocks, y.length, k);
        Classifier meta = Members.create(metaFactory, "meta").fit(z, y);
        fitted = new MetaModel(List.copyOf(members), meta, k, x.cols());
        outOfFold = z;
        return this;
    }

    /**
     * The members' probabilities side by side (members fitted on all rows), the input of the meta-model.
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
     * @return the n×(M·K) out-of-fold meta-features the meta-model was trained on (a copy)
     * @throws IllegalStateException before fit
     */
    public Tensor outOfFoldFeatures() {
        return ModelInputs.requireFitted("outOfFoldFeatures", outOfFold).copy();
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
     * @return the members fitted on all training rows
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

    /** @return e.g. {@code StackingClassifier(3 members, folds=5, seed=0)} */
    @Override
    public String toString() {
        return "StackingClassifier(" + factories.size() + " members, folds=" + folds + ", seed=" + seed + ")";
    }
}

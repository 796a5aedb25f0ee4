package org.mlworkbook.model;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToDoubleBiFunction;
import org.mlworkbook.data.Dataset;
import org.mlworkbook.data.Fold;
import org.mlworkbook.data.KFold;
import org.mlworkbook.data.StratifiedKFold;
import org.mlworkbook.math.Rng;
import org.mlworkbook.tensor.Tensor;

/**
 * K-fold cross-validation of a model: for every fold f, a fresh model is fitted on the other K − 1 folds only
 * and scored on fold f, so each row is a validation row exactly once. Classifiers get stratified folds
 * ({@link StratifiedKFold}), regressors shuffled ones ({@link KFold}), both seeded with
 * {@link Rng#DEFAULT_SEED} unless folds are given. In a notebook cell:
 * <pre>{@code
 * FoldScores s = CrossValidation.scoreClassifier(() -> new KNeighborsClassifier(5), train, 5, Classification::accuracy);
 * s.mean(); s.std();
 * }</pre>
 * The metric is a score, higher is better: pass a loss negated, e.g. {@code (y, p) -> -Regression.mse(y, p)}.
 * Pitfall: a scaler fitted on all rows before cross-validation has seen the validation folds; fit it inside.
 *
 * @see GridSearch
 * @see "notebooks/03-k-nearest-neighbours.ipynb"
 */
public final class CrossValidation {

    private CrossValidation() {
    }

    /**
     * Cross-validates a classifier on stratified folds (seed {@link Rng#DEFAULT_SEED}).
     *
     * @param model  makes a fresh, unfitted classifier; called once per fold
     * @param data   a classification data set with at least {@code folds} rows. Not modified.
     * @param folds  the number of folds K, ≥ 2
     * @param metric metric(yTrue, yPred), higher is better, e.g. {@code Classification::accuracy}
     * @return the K training and validation scores
     * @throws IllegalArgumentException if an argument is null, data is not a classification set, K &lt; 2 or
     *                                  K &gt; n
     */
    public static FoldScores scoreClassifier(Supplier<? extends Classifier> model, Dataset data, int folds,
            ToDoubleBiFunction<int[], int[]> metric) {
        requireData("scoreClassifier", data, true);
        return scoreClassifier(model, data, new StratifiedKFold(folds, Rng.DEFAULT_SEED).split(data.labels()), metric);
    }

    /**
     * Cross-validates a regressor on shuffled folds (seed {@link Rng#DEFAULT_SEED}).
     *
     * @param model  makes a fresh, unfitted regressor; called once per fold
     * @param data   a regression data set with at least {@code folds} rows. Not modified.
     * @param folds  the number of folds K, ≥ 2
     * @param metric metric(yTrue, yPred), higher is better, e.g. {@code Regression::r2}
     * @return the K training and validation scores
     * @throws IllegalArgumentException if an argument is null, data is not a regression set, K &lt; 2 or K &gt; n
     */
    public static FoldScores scoreRegressor(Supplier<? extends Regressor> model, Dataset data, int folds,
            ToDoubleBiFunction<double[], double[]> metric) {
        requireData("scoreRegressor", data, false);
        return scoreRegressor(model, data, new KFold(folds, true, Rng.DEFAULT_SEED).split(data.size()), metric);
    }

    /**
     * Cross-validates a classifier on the given folds (e.g. the same folds for every candidate of a search).
     *
     * @param model  makes a fresh, unfitted classifier; called once per fold
     * @param data   a classification data set. Not modified.
     * @param folds  the folds, indices into data's rows
     * @param metric metric(yTrue, yPred), higher is better
     * @return one training and one validation score per fold
     * @throws IllegalArgumentException if an argument is null, data is not a classification set or folds is empty
     */
    public static FoldScores scoreClassifier(Supplier<? extends Classifier> model, Dataset data, List<Fold> folds,
            ToDoubleBiFunction<int[], int[]> metric) {
        requireData("scoreClassifier", data, true);
        requireArguments("scoreClassifier", model, folds, metric);
        return crossValidate(data, folds, Dataset::labels, (x, y) -> model.get().fit(x, y)::predict, metric);
    }

    /**
     * Cross-validates a regressor on the given folds.
     *
     * @param model  makes a fresh, unfitted regressor; called once per fold
     * @param data   a regression data set. Not modified.
     * @param folds  the folds, indices into data's rows
     * @param metric metric(yTrue, yPred), higher is better
     * @return one training and one validation score per fold
     * @throws IllegalArgumentException if an argument is null, data is not a regression set or folds is empty
     */
    public static FoldScores scoreRegressor(Supplier<? extends Regressor> model, Dataset data, List<Fold> folds,
            ToDoubleBiFunction<double[], double[]> metric) {
        requireData("scoreRegressor", data, false);
        requireArguments("scoreRegressor", model, folds, metric);
        return crossValidate(data, folds, Dataset::targets, (x, y) -> model.get().fit(x, y)::predict, metric);
    }

    /** Fits a fresh model on (x, y) and returns its predict. */
    @FunctionalInterface
    private interface Fitter<Y> {
        Function<Tensor, Y> fit(Tensor x, Y y);
    }

    /** For every fold: fit on the training rows only, score on them and on the fold's rows. */
    private static <Y> FoldScores crossValidate(Dataset data, List<Fold> folds, Function<Dataset, Y> target,
            Fitter<Y> fitter, ToDoubleBiFunction<Y, Y> metric) {
        double[] train = new double[folds.size()];
        double[] validation = new double[folds.size()];
        for (int f = 0; f < folds.size(); f++) {
            Dataset fit = data.rows(folds.get(f).trainIndices());
            Dataset held = data.rows(folds.get(f).testIndices());
            Function<Tensor, Y> predict = fitter.fit(fit.features(), target.apply(fit));
            train[f] = metric.applyAsDouble(target.apply(fit), predict.apply(fit.features()));
            validation[f] = metric.applyAsDouble(target.apply(held), predict.apply(held.features()));
        }
        return new FoldScores(train, validation);
    }

    /** @throws IllegalArgumentException if data is null or not of the expected kind */
    static void requireData(String method, Dataset data, boolean classification) {
        if (data == null || data.isClassification() != classification) {
            throw new IllegalArgumentException(String.format("%s: data expected a %s data set (%s), got %s", method,
                    classification ? "classification" : "regression", classification ? "labels" : "targets",
                    data == null ? "null" : data.isClassification() ? "one with labels" : "one with targets"));
        }
    }

    private static void requireArguments(String method, Object model, List<Fold> folds, Object metric) {
        if (model == null || metric == null) {
            throw new IllegalArgumentException(method + ": model and metric expected non-null, got "
                    + (model == null ? "model null" : "metric null"));
        }
        if (folds == null || folds.isEmpty()) {
            throw new IllegalArgumentException(method + ": folds expected at least one fold, got "
                    + (folds == null ? "null" : "none"));
        }
    }
}

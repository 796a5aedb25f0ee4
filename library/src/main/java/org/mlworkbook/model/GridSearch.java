package org.mlworkbook.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleBiFunction;
import org.mlworkbook.data.Dataset;
import org.mlworkbook.data.Fold;
import org.mlworkbook.data.KFold;
import org.mlworkbook.data.StratifiedKFold;
import org.mlworkbook.math.Rng;

/**
 * Exhaustive search over a grid of hyperparameters: every combination of the listed values is cross-validated
 * on the same K folds ({@link CrossValidation}) and the one with the largest mean validation score wins (the
 * first in grid order on a tie). The model is made from a map of parameter name → value, so a cell reads:
 * <pre>{@code
 * GridSearchResult result = GridSearch.classifier(p -> new KNeighborsClassifier((int) p.get("k"), (Distance) p.get("distance")))
 *         .param("k", 1, 3, 5, 7)
 *         .param("distance", Distance.EUCLIDEAN, Distance.MANHATTAN)
 *         .fit(train, 5, Classification::accuracy);
 * result.table()        // one row per combination, mean ± std, rank
 * result.bestParams()   // {k=3, distance=euclidean}
 * }</pre>
 * The grid has ∏ (number of values) combinations, each fitted K times: keep it small. Score the winner once more
 * on a test set the search never saw; its mean validation score is optimistically biased by the choice.
 *
 * @param <Y> the targets: {@code int[]} labels for classifiers, {@code double[]} for regressors
 * @see "notebooks/03-k-nearest-neighbours.ipynb"
 */
public final class GridSearch<Y> {

    /** Cross-validates the model of one combination on the given folds. */
    @FunctionalInterface
    private interface Evaluation<Y> {
        FoldScores run(Map<String, Object> params, Dataset data, List<Fold> folds, ToDoubleBiFunction<Y, Y> metric);
    }

    private final boolean classification;
    private final Evaluation<Y> evaluation;
    private final Map<String, List<Object>> grid = new LinkedHashMap<>();

    private GridSearch(boolean classification, Evaluation<Y> evaluation) {
        this.classification = classification;
        this.evaluation = evaluation;
    }

    /**
     * A search over classifiers.
     *
     * @param model makes a fresh classifier from one combination of parameters (name → value)
     * @return an empty grid; add parameters with {@link #param}
     * @throws IllegalArgumentException if model is null
     */
    public static GridSearch<int[]> classifier(Function<Map<String, Object>, ? extends Classifier> model) {
        requireModel(model);
        return new GridSearch<>(true, (params, data, folds, metric) ->
                CrossValidation.scoreClassifier(() -> model.apply(params), data, folds, metric));
    }

    /**
     * A search over regressors.
     *
     * @param model makes a fresh regressor from one combination of parameters (name → value)
     * @return an empty grid; add parameters with {@link #param}
     * @throws IllegalArgumentException if model is null
     */
    public static GridSearch<double[]> regressor(Function<Map<String, Object>, ? extends Regressor> model) {
        requireModel(model);
        return new GridSearch<>(false, (params, data, folds, metric) ->
                CrossValidation.scoreRegressor(() -> model.apply(params), data, folds, metric));
    }

    /**
     * Adds a parameter and the values to try (in this order). Numbers may be given bare: {@code param("k", 1, 3, 5)}
     * puts Integers 1, 3, 5 in the map, read back with {@code (int) p.get("k")}.
     *
     * @param name   the parameter's name, new to this grid
     * @param values at least one value, none null
     * @return this search
     * @throws IllegalArgumentException if the name is blank or taken, or there are no values or a null one
     */
    public GridSearch<Y> param(String name, Object... values) {
        if (name == null || name.isBlank() || grid.containsKey(name)) {
            throw new IllegalArgumentException("param: name expected a new, non-blank name, got "
                    + (name == null ? "null" : "\"" + name + "\"" + (grid.containsKey(name) ? " (already in the grid)" : "")));
        }
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException("param: values expected at least one value for " + name + ", got none");
        }
        for (Object value : values) {
            if (value == null) {
                throw new IllegalArgumentException("param: values expected non-null values for " + name + ", got null");
            }
        }
        grid.put(name, List.of(values));
        return this;
    }

    /**
     * Cross-validates every combination on the same K folds (stratified for classifiers, shuffled for regressors,
     * seed {@link Rng#DEFAULT_SEED}); combinations run in grid order, the last parameter changing fastest.
     *
     * @param data   the training data (keep a test set apart). Not modified.
     * @param folds  the number of folds K, 2 … n
     * @param metric metric(yTrue, yPred), higher is better, e.g. {@code Classification::accuracy}
     * @return the scores of every combination and the best one
     * @throws IllegalArgumentException if the grid is empty, data is of the other kind or null, metric is null,
     *                                  or K is not in 2 … n
     */
    public GridSearchResult fit(Dataset data, int folds, ToDoubleBiFunction<Y, Y> metric) {
        if (grid.isEmpty()) {
            throw new IllegalArgumentException("fit: grid expected at least one parameter (call param first), got none");
        }
        CrossValidation.requireData("fit", data, classification);
        if (metric == null) {
            throw new IllegalArgumentException("fit: metric expected e.g. Classification::accuracy, got null");
        }
        List<Fold> split = classification ? new StratifiedKFold(folds, Rng.DEFAULT_SEED).split(data.labels())
                : new KFold(folds, true, Rng.DEFAULT_SEED).split(data.size());
        List<Map<String, Object>> combinations = combinations();
        List<FoldScores> scores = new ArrayList<>();
        for (Map<String, Object> params : combinations) {
            scores.add(evaluation.run(params, data, split, metric));
        }
        return new GridSearchResult(combinations, scores);
    }

    /** All combinations in grid order (odometer: the last parameter changes fastest). */
    private List<Map<String, Object>> combinations() {
        List<Map<String, Object>> result = new ArrayList<>();
        result.add(Map.of());
        for (Map.Entry<String, List<Object>> entry : grid.entrySet()) {
            List<Map<String, Object>> next = new ArrayList<>();
            for (Map<String, Object> partial : result) {
                for (Object value : entry.getValue()) {
                    Map<String, Object> params = new LinkedHashMap<>(partial);
                    params.put(entry.getKey(), value);
                    next.add(params);
                }
            }
            result = next;
        }
        return result;
    }

    private static void requireModel(Object model) {
        if (model == null) {
            throw new IllegalArgumentException("GridSearch: model expected a function of the parameters, got null");
        }
    }

    /** @return e.g. {@code GridSearch(classifier, k=[1, 3, 5], distance=[euclidean, manhattan])} */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("GridSearch(").append(classification ? "classifier" : "regressor");
        grid.forEach((name, values) -> text.append(", ").append(name).append('=').append(values));
        return text.append(')').toString();
    }
}

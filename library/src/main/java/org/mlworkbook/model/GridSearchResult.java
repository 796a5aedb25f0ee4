package org.mlworkbook.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * What a {@link GridSearch} found: the cross-validation scores of every combination of parameters, in grid
 * order. The best combination has the largest mean validation score (the first in grid order on a tie).
 *
 * @param params one map name → value per combination, in grid order
 * @param scores the fold scores of each combination, in the same order
 */
public record GridSearchResult(List<Map<String, Object>> params, List<FoldScores> scores) {

    /**
     * Copies the lists (and the maps, keeping their order).
     *
     * @throws IllegalArgumentException if a list is null or empty or the sizes differ
     */
    public GridSearchResult {
        if (params == null || scores == null || params.isEmpty() || params.size() != scores.size()) {
            throw new IllegalArgumentException(String.format(
                    "GridSearchResult: params and scores expected the same number (>= 1) of entries, got %s and %s",
                    params == null ? "null" : params.size(), scores == null ? "null" : scores.size()));
        }
        List<Map<String, Object>> copies = new ArrayList<>();
        for (Map<String, Object> map : params) {
            copies.add(Collections.unmodifiableMap(new LinkedHashMap<>(map)));
        }
        params = List.copyOf(copies);
        scores = List.copyOf(scores);
    }

    /** @return the index (in grid order) of the combination with the largest mean validation score */
    public int bestIndex() {
        int best = 0;
        for (int i = 1; i < scores.size(); i++) {
            if (scores.get(i).mean() > scores.get(best).mean()) {
                best = i;
            }
        }
        return best;
    }

    /** @return the winning parameters, name → value */
    public Map<String, Object> bestParams() {
        return params.get(bestIndex());
    }

    /** @return the winner's mean validation score */
    public double bestScore() {
        return scores.get(bestIndex()).mean();
    }

    /** @return the mean validation score of each combination, in grid order */
    public double[] validationMeans() {
        return scores.stream().mapToDouble(FoldScores::mean).toArray();
    }

    /** @return the standard deviation of the validation scores of each combination, in grid order */
    public double[] validationStds() {
        return scores.stream().mapToDouble(FoldScores::std).toArray();
    }

    /** @return the mean training score of each combination, in grid order */
    public double[] trainMeans() {
        return scores.stream().mapToDouble(FoldScores::trainMean).toArray();
    }

    /** @return the standard deviation of the training scores of each combination, in grid order */
    public double[] trainStds() {
        return scores.stream().mapToDouble(FoldScores::trainStd).toArray();
    }

    /**
     * One row per combination in grid order: a column per parameter (numbers as numbers, anything else as its
     * {@code toString()}), then "validation mean", "validation std", "train mean", "train std" and "rank"
     * (1 = the best; equal means share the grid order).
     *
     * @return a new table
     */
    public Table table() {
        Table table = Table.create("grid search");
        for (String name : params.get(0).keySet()) {
            table.addColumns(parameterColumn(name));
        }
        int[] rank = new int[scores.size()];
        double[] means = validationMeans();
        for (int i = 0; i < rank.length; i++) {
            rank[i] = 1;
            for (int j = 0; j < rank.length; j++) {
                if (means[j] > means[i] || (means[j] == means[i] && j < i)) {
                    rank[i]++;
                }
            }
        }
        return table.addColumns(DoubleColumn.create("validation mean", means),
                DoubleColumn.create("validation std", validationStds()), DoubleColumn.create("train mean", trainMeans()),
                DoubleColumn.create("train std", trainStds()), IntColumn.create("rank", rank));
    }

    private Column<?> parameterColumn(String name) {
        List<Object> values = params.stream().map(p -> p.get(name)).toList();
        if (values.stream().allMatch(v -> v instanceof Integer)) {
            return IntColumn.create(name, values.stream().mapToInt(v -> (Integer) v).toArray());
        }
        if (values.stream().allMatch(v -> v instanceof Number)) {
            return DoubleColumn.create(name, values.stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray());
        }
        return StringColumn.create(name, values.stream().map(String::valueOf).toList());
    }

    /** @return e.g. {@code GridSearchResult(8 combinations, best {k=3} with 0.9770)} */
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "GridSearchResult(%d combinations, best %s with %.4f)",
                params.size(), bestParams(), bestScore());
    }
}

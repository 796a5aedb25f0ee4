package org.mlworkbook.plot;

import static org.mlworkbook.plot.Arguments.requireTitle;
import static org.mlworkbook.plot.Arguments.requireValues;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.knowm.xchart.CategoryChart;

/**
 * Feature importances as a bar chart, most important first: for trees and forests the normalised impurity decrease
 * per feature (Σ_j Imp(j) = 1), for any model any non-negative score per feature.
 */
public final class FeatureImportances {

    private FeatureImportances() {
    }

    /**
     * The k largest importances as bars, sorted from the largest (ties: the lower feature index first), with the
     * y axis titled "importance"; names that would overlap are turned as in {@link Bars#bar}.
     *
     * @param title        the chart title; empty for none
     * @param importances  one finite value ≥ 0 per feature. Not modified.
     * @param featureNames as many distinct names, or null for x[0], x[1], … Not modified.
     * @param k            how many bars, ≥ 1 (all features if k ≥ d)
     * @return a {@value Plots#WIDTH}×{@value Plots#HEIGHT} bar chart
     * @throws IllegalArgumentException if importances is null or empty or holds a negative or non-finite value,
     *                                  featureNames has another size, or k &lt; 1
     */
    public static CategoryChart top(String title, double[] importances, List<String> featureNames, int k) {
        requireTitle("top", title);
        requireValues("top", "importances", importances);
        for (int j = 0; j < importances.length; j++) {
            if (importances[j] < 0) {
                throw new IllegalArgumentException(String.format("top: importances expected values >= 0, got %s at index %d",
                        importances[j], j));
            }
        }
        if (featureNames != null && featureNames.size() != importances.length) {
            throw new IllegalArgumentException(String.format("top: featureNames expected %d names (one per importance), got %d",
                    importances.length, featureNames.size()));
        }
        if (k < 1) {
            throw new IllegalArgumentException("top: k expected >= 1, got " + k);
        }
        Integer[] order = new Integer[importances.length];
        Arrays.setAll(order, j -> j);
        Arrays.sort(order, Comparator.<Integer>comparingDouble(j -> -importances[j]).thenComparingInt(j -> j));
        int shown = Math.min(k, importances.length);
        String[] names = new String[shown];
        double[] values = new double[shown];
        for (int i = 0; i < shown; i++) {
            int j = order[i];
            names[i] = featureNames == null ? "x[" + j + "]" : featureNames.get(j);
            values[i] = importances[j];
        }
        CategoryChart chart = Bars.bar(title, names, values);
        chart.setYAxisTitle("importance");
        return chart;
    }
}

package org.mlworkbook.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.mlworkbook.math.Rng;
import org.mlworkbook.tensor.Tensor;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A data set: an n×d feature matrix X (row i is example xᵢ) and, per row, either a class label yᵢ ∈ {0, …, K−1}
 * (classification) or a real target yᵢ (regression). Exactly one of {@code labels} and {@code targets} is
 * non-null. Class k is called {@code classNames.get(k)}; a regression set has no class names.
 *
 * <p>The record copies the label and target arrays in and out, so changing an array you passed or got does not
 * change the data set. Pitfall: the features Tensor is shared, not copied; use {@code features().copy()} before
 * changing it in place.
 *
 * @param features     n×d, n ≥ 1, finite values
 * @param labels       n class indices in [0, classNames.size()), or null for regression
 * @param targets      n finite real targets, or null for classification
 * @param featureNames d names, one per feature column
 * @param classNames   K names for classification; empty (or null) for regression
 * @see "notebooks/02-learning-and-data.ipynb"
 */
public record Dataset(Tensor features, int[] labels, double[] targets, List<String> featureNames,
                      List<String> classNames) {

    /**
     * Checks and copies the components.
     *
     * @throws IllegalArgumentException if features is not 2-D with at least one row, holds NaN or ±∞, if not
     *                                  exactly one of labels and targets is given, if their length is not n, if
     *                                  a label is outside [0, K), a target is not finite, or the number of
     *                                  feature names is not d
     */
    public Dataset {
        if (features == null) {
            throw new IllegalArgumentException("Dataset: features expected a 2-D tensor, got null");
        }
        if (features.rank() != 2 || features.rows() == 0) {
            throw new IllegalArgumentException("Dataset: features expected a 2-D tensor with at least one row, got "
                    + features.shapeString());
        }
        Validation.requireFinite("Dataset", "features", features);
        if ((labels == null) == (targets == null)) {
            throw new IllegalArgumentException("Dataset: expected exactly one of labels and targets, got "
                    + (labels == null ? "neither" : "both"));
        }
        int n = features.rows();
        if (featureNames == null || featureNames.size() != features.cols()) {
            throw new IllegalArgumentException(String.format("Dataset: featureNames expected %d names, got %s",
                    features.cols(), featureNames == null ? "null" : featureNames.size() + ": " + featureNames));
        }
        featureNames = List.copyOf(featureNames);
        classNames = classNames == null ? List.of() : List.copyOf(classNames);
        if (labels != null) {
            Validation.requireLength("Dataset", "labels", labels.length, n);
            if (classNames.isEmpty()) {
                throw new IllegalArgumentException("Dataset: classNames expected at least one name for labels, got []");
            }
            for (int i = 0; i < n; i++) {
                if (labels[i] < 0 || labels[i] >= classNames.size()) {
                    throw new IllegalArgumentException(String.format(
                            "Dataset: labels expected values in [0, %d) (one per class name), got %d at row %d",
                            classNames.size(), labels[i], i));
                }
            }
            labels = labels.clone();
        } else {
            Validation.requireLength("Dataset", "targets", targets.length, n);
            if (!classNames.isEmpty()) {
                throw new IllegalArgumentException("Dataset: classNames expected none for regression targets, got "
                        + classNames);
            }
            Validation.requireFinite("Dataset", "targets", targets);
            targets = targets.clone();
        }
    }

    /** @return a copy of the labels (yᵢ ∈ {0, …, K−1}), or null for a regression data set */
    @Override
    public int[] labels() {
        return labels == null ? null : labels.clone();
    }

    /** @return a copy of the regression targets, or null for a classification data set */
    @Override
    public double[] targets() {
        return targets == null ? null : targets.clone();
    }

    /** @return n, the number of rows (examples) */
    public int size() {
        return features.rows();
    }

    /** @return d, the number of feature columns */
    public int numFeatures() {
        return features.cols();
    }

    /** @return true when rows carry class labels, false when they carry real targets */
    public boolean isClassification() {
        return labels != null;
    }

    /** @return K, the number of classes (0 for regression) */
    public int numClasses() {
        return classNames.size();
    }

    /**
     * Examples per class: cₖ = |{i : yᵢ = k}|.
     *
     * @return K counts, index k for class k
     * @throws IllegalStateException for a regression data set
     */
    public int[] classCounts() {
        if (!isClassification()) {
            throw new IllegalStateException("classCounts: expected a classification data set, got regression targets");
        }
        int[] counts = new int[numClasses()];
        for (int label : labels) {
            counts[label]++;
        }
        return counts;
    }

    /**
     * The rows at the given indices, in that order (an index may repeat).
     *
     * @param indices row indices in [0, n), at least one. Not modified.
     * @return a new data set with the same feature and class names
     * @throws IllegalArgumentException if indices is empty or an index is out of range
     */
    public Dataset rows(int[] indices) {
        if (indices == null || indices.length == 0) {
            throw new IllegalArgumentException("rows: indices expected at least one index, got none");
        }
        for (int index : indices) {
            if (index < 0 || index >= size()) {
                throw new IllegalArgumentException(String.format(
                        "rows: indices expected values in [0, %d), got %d", size(), index));
            }
        }
        int[] pickedLabels = null;
        double[] pickedTargets = null;
        if (isClassification()) {
            pickedLabels = new int[indices.length];
            for (int i = 0; i < indices.length; i++) {
                pickedLabels[i] = labels[indices[i]];
            }
        } else {
            pickedTargets = new double[indices.length];
            for (int i = 0; i < indices.length; i++) {
                pickedTargets[i] = targets[indices[i]];
            }
        }
        return new Dataset(features.rows(indices), pickedLabels, pickedTargets, featureNames, classNames);
    }

    /**
     * The rows in a random order: {@code rows(new Rng(seed).permutation(n))}. Same seed, same order.
     *
     * @param seed the seed of the {@link Rng}
     * @return a new, shuffled data set
     */
    public Dataset shuffled(long seed) {
        return rows(new Rng(seed).permutation(size()));
    }

    /**
     * The data set as a Tablesaw table: one DOUBLE column per feature (named by {@code featureNames}), then a
     * {@code target} column, INTEGER labels for classification (class indices; the names are in
     * {@link #classNames()}) or DOUBLE targets for regression.
     *
     * @return a new table of n rows and d + 1 columns
     */
    public Table toTable() {
        List<Column<?>> columns = new ArrayList<>();
        for (int j = 0; j < numFeatures(); j++) {
            columns.add(DoubleColumn.create(featureNames.get(j), features.column(j).data()));
        }
        columns.add(isClassification() ? IntColumn.create("target", labels) : DoubleColumn.create("target", targets));
        return Table.create("dataset", columns);
    }

    /** Equal when features, labels or targets, and both name lists are equal (arrays compared by content). */
    @Override
    public boolean equals(Object other) {
        return other instanceof Dataset that && features.equals(that.features) && Arrays.equals(labels, that.labels)
                && Arrays.equals(targets, that.targets) && featureNames.equals(that.featureNames)
                && classNames.equals(that.classNames);
    }

    /** @return a hash of the same components {@link #equals} compares */
    @Override
    public int hashCode() {
        return Objects.hash(features, Arrays.hashCode(labels), Arrays.hashCode(targets), featureNames, classNames);
    }

    /** @return e.g. {@code Dataset(150 rows, 4 features, 3 classes [setosa, versicolor, virginica])} */
    @Override
    public String toString() {
        String kind = isClassification() ? numClasses() + " classes " + classNames : "regression target";
        return String.format("Dataset(%d rows, %d features, %s)", size(), numFeatures(), kind);
    }
}

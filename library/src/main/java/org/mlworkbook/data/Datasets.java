package org.mlworkbook.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import org.mlworkbook.tensor.Tensor;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * The course's data sets: the five bundled CSV files of {@code datasets/} (they ship inside the library jar, so
 * they load from any working directory), any Tablesaw table or CSV file, and seeded synthetic generators.
 *
 * <p>The bundled files are read with explicit column types (DOUBLE features; an INTEGER target for the four
 * classification sets, a DOUBLE target for diabetes), never with type guessing. Class names follow
 * {@code datasets/README.md}. Every synthetic generator takes a seed: the same seed gives the same numbers.
 * Pitfall: the synthetic classification sets come grouped by class; shuffle before taking the first rows.
 *
 * @see "notebooks/02-learning-and-data.ipynb"
 */
public final class Datasets {

    private static final String TARGET = "target";

    private Datasets() {
    }

    /**
     * Fisher's iris (1936): 150 flowers, 4 features in cm (sepal_length, sepal_width, petal_length, petal_width),
     * 3 classes of 50: 0 setosa, 1 versicolor, 2 virginica.
     *
     * @return a new classification data set
     */
    public static Dataset iris() {
        return bundled("iris.csv", 4, List.of("setosa", "versicolor", "virginica"));
    }

    /**
     * Wine recognition (Forina et al.): 178 wines, 13 chemical features, 3 cultivars class_0 (59), class_1 (71),
     * class_2 (48).
     *
     * @return a new classification data set
     */
    public static Dataset wine() {
        return bundled("wine.csv", 13, List.of("class_0", "class_1", "class_2"));
    }

    /**
     * Breast Cancer Wisconsin (Diagnostic): 569 tumours, 30 features of cell nuclei, 0 malignant (212) and
     * 1 benign (357). Note that label 1 means benign.
     *
     * @return a new classification data set
     */
    public static Dataset breastCancer() {
        return bundled("breast_cancer.csv", 30, List.of("malignant", "benign"));
    }

    /**
     * Handwritten digits (Alpaydin and Kaynak, 1998): 1797 images of 8×8 pixels with values 0–16, row-major as
     * features pixel_0_0 … pixel_7_7, classes "0" … "9".
     *
     * @return a new classification data set
     */
    public static Dataset digits() {
        List<String> names = new ArrayList<>();
        for (int digit = 0; digit <= 9; digit++) {
            names.add(Integer.toString(digit));
        }
        return bundled("digits.csv", 64, names);
    }

    /**
     * Diabetes (Efron et al., 2004): 442 patients, 10 <em>raw</em> features (age in years, sex coded 1 or 2,
     * bmi, bp, s1–s6) and a regression target, disease progression after one year (25–346). Scale the features
     * before a distance- or gradient-based model sees them.
     *
     * @return a new regression data set
     */
    public static Dataset diabetes() {
        return bundled("diabetes.csv", 10, null);
    }

    /**
     * A data set from a table: every column except {@code target} becomes a feature, in table order. An
     * INTEGER, LONG or SHORT target (or a STRING one) gives class labels: the distinct values, sorted, are the
     * classes, named by their text, and yᵢ is the index of row i's value among them. A DOUBLE or FLOAT target
     * gives regression targets.
     *
     * @param table  at least one row, numeric feature columns without missing values. Not modified.
     * @param target the name of the target column
     * @return a new data set
     * @throws IllegalArgumentException if the table is empty, the target column is missing, a feature column is
     *                                  not numeric or has missing values, or the target column has another type
     */
    public static Dataset fromTable(Table table, String target) {
        if (table == null || table.rowCount() == 0) {
            throw new IllegalArgumentException("fromTable: table expected at least one row, got "
                    + (table == null ? "null" : "0 rows"));
        }
        if (!table.containsColumn(target)) {
            throw new IllegalArgumentException(String.format("fromTable: target expected one of the columns %s, got '%s'",
                    table.columnNames(), target));
        }
        List<Column<?>> featureColumns = new ArrayList<>(table.columns());
        featureColumns.removeIf(c -> c.name().equals(target));
        if (featureColumns.isEmpty()) {
            throw new IllegalArgumentException("fromTable: table expected at least one feature column besides '"
                    + target + "', got none");
        }
        int n = table.rowCount();
        int d = featureColumns.size();
        double[] x = new double[n * d];
        List<String> featureNames = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            double[] values = numericValues(featureColumns.get(j), "feature column");
            for (int i = 0; i < n; i++) {
                x[i * d + j] = values[i];
            }
            featureNames.add(featureColumns.get(j).name());
        }
        Tensor features = Tensor.wrap(x, n, d);
        Column<?> targetColumn = table.column(target);
        ColumnType type = targetColumn.type();
        if (type == ColumnType.DOUBLE || type == ColumnType.FLOAT) {
            return new Dataset(features, null, numericValues(targetColumn, "target column"), featureNames, null);
        }
        if (type == ColumnType.INTEGER || type == ColumnType.LONG || type == ColumnType.SHORT
                || type == ColumnType.STRING) {
            return classification(features, featureNames, targetColumn);
        }
        throw new IllegalArgumentException(String.format("fromTable: target column '%s' expected an INTEGER, LONG, "
                + "SHORT, STRING, DOUBLE or FLOAT column, got %s", target, type));
    }

    /**
     * A data set from a CSV file with a header row, read by Tablesaw with inferred column types, then
     * {@link #fromTable}. Pitfall: a target of whole numbers is inferred as INTEGER and so becomes class labels;
     * for regression on such a file read the table with explicit column types and call {@link #fromTable}.
     *
     * @param file   a CSV file
     * @param target the name of the target column
     * @return a new data set
     * @throws IllegalArgumentException if the file does not exist or cannot be read, or as {@link #fromTable}
     */
    public static Dataset fromCsv(Path file, String target) {
        if (file == null || !Files.isRegularFile(file)) {
            throw new IllegalArgumentException("fromCsv: file expected an existing CSV file, got "
                    + (file == null ? "null" : file.toAbsolutePath()));
        }
        Table table;
        try {
            table = Table.read().csv(CsvReadOptions.builder(file.toFile()).build());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("fromCsv: file expected a readable CSV file, got " + file + ": "
                    + e.getMessage(), e);
        }
        return fromTable(table, target);
    }

    /**
     * Blobs: {@code centers} centres cₖ drawn uniformly from the box [−10, 10]², then n points split as evenly
     * as possible between them (the first n mod K centres get one more), xᵢ = c_{yᵢ} + std·ε, ε ~ N(0, I).
     * As scikit-learn's {@code make_blobs}, without its shuffle: rows come grouped by class.
     *
     * @param n       number of points, ≥ centers
     * @param centers number of classes K, ≥ 1
     * @param std     standard deviation of each blob, ≥ 0
     * @param seed    the seed
     * @return a classification data set with features x1, x2 and classes "0" … "K−1"
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static Dataset blobs(int n, int centers, double std, long seed) {
        return Synthetic.blobs(n, centers, std, seed);
    }

    /**
     * Two interleaving half circles, as scikit-learn's {@code make_moons}: ⌊n/2⌋ points (cos t, sin t) with
     * t evenly spaced over [0, π] (class 0) and the rest (1 − cos t, ½ − sin t) (class 1), each plus noise·ε,
     * ε ~ N(0, I). Rows come grouped by class.
     *
     * @param n     number of points, ≥ 2
     * @param noise standard deviation of the Gaussian noise, ≥ 0
     * @param seed  the seed
     * @return a classification data set with features x1, x2 and classes "0", "1"
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static Dataset moons(int n, double noise, long seed) {
        return Synthetic.moons(n, noise, seed);
    }

    /**
     * Two concentric circles, as scikit-learn's {@code make_circles}: ⌊n/2⌋ points (cos t, sin t) (class 0)
     * and the rest factor·(cos t, sin t) (class 1), t evenly spaced over [0, 2π) without the end point, each plus
     * noise·ε, ε ~ N(0, I). Rows come grouped by class.
     *
     * @param n      number of points, ≥ 2
     * @param noise  standard deviation of the Gaussian noise, ≥ 0
     * @param factor radius of the inner circle relative to the outer one, in (0, 1)
     * @param seed   the seed
     * @return a classification data set with features x1, x2 and classes "0", "1"
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static Dataset circles(int n, double noise, double factor, long seed) {
        return Synthetic.circles(n, noise, factor, seed);
    }

    /**
     * XOR: four Gaussian blobs at the quadrant centres (±1, ±1), xᵢ = c + noise·ε, ε ~ N(0, I); class 0 where the
     * two coordinates of the centre have the same sign ((1, 1) and (−1, −1)), class 1 where they differ. n is
     * split as evenly as possible between the quadrants, in the order (1, 1), (−1, −1), (1, −1), (−1, 1).
     *
     * @param n     number of points, ≥ 4
     * @param noise standard deviation of each blob, ≥ 0
     * @param seed  the seed
     * @return a classification data set with features x1, x2 and classes "0", "1"
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static Dataset xor(int n, double noise, long seed) {
        return Synthetic.xor(n, noise, seed);
    }

    /**
     * Linear regression data: X ~ N(0, 1) (n×d, drawn first, row-major), ε ~ N(0, 1) (n, drawn next),
     * y = Xw + b + noise·ε. With seed 0, w_j = (−1)ʲ(j+1)/d, b = 2 and noise 0.1 this is the benchmark's
     * {@code linreg_synth} data.
     *
     * @param n       number of rows, ≥ 1
     * @param weights w, one per feature (d ≥ 1). Not modified.
     * @param bias    b
     * @param noise   noise standard deviation, ≥ 0
     * @param seed    the seed
     * @return a regression data set with features x1 … xd
     * @throws IllegalArgumentException if an argument is out of range or not finite
     */
    public static Dataset linear(int n, double[] weights, double bias, double noise, long seed) {
        return Synthetic.linear(n, weights, bias, noise, seed);
    }

    /**
     * Polynomial regression data: x ~ U(−1, 1), y = Σₖ cₖ xᵏ + noise·ε, ε ~ N(0, 1), k = 0 … m−1.
     *
     * @param n            number of rows, ≥ 1
     * @param coefficients c₀, c₁, …, at least one. Not modified.
     * @param noise        noise standard deviation, ≥ 0
     * @param seed         the seed
     * @return a regression data set with the one feature x
     * @throws IllegalArgumentException if an argument is out of range or not finite
     */
    public static Dataset polynomial(int n, double[] coefficients, double noise, long seed) {
        return Synthetic.polynomial(n, coefficients, noise, seed);
    }

    /**
     * Sine regression data: x ~ U(0, 1), y = sin(2πx) + noise·ε, ε ~ N(0, 1).
     *
     * @param n     number of rows, ≥ 1
     * @param noise noise standard deviation, ≥ 0
     * @param seed  the seed
     * @return a regression data set with the one feature x
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static Dataset sine(int n, double noise, long seed) {
        return Synthetic.sine(n, noise, seed);
    }

    /** Reads a bundled CSV: {@code features} DOUBLE columns, then the target (INTEGER with class names, else DOUBLE). */
    private static Dataset bundled(String file, int features, List<String> classNames) {
        ColumnType[] types = new ColumnType[features + 1];
        Arrays.fill(types, ColumnType.DOUBLE);
        types[features] = classNames == null ? ColumnType.DOUBLE : ColumnType.INTEGER;
        String resource = "datasets/" + file;
        try (InputStream in = Datasets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled data set " + resource + " is missing from the class path");
            }
            Table table = Table.read().csv(CsvReadOptions.builder(in).columnTypes(types).build());
            Dataset data = fromTable(table, TARGET);
            return classNames == null ? data
                    : new Dataset(data.features(), data.labels(), null, data.featureNames(), classNames);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + resource, e);
        }
    }

    /** Class labels from an integer or string column: yᵢ = index of the row's value among the sorted distinct values. */
    private static Dataset classification(Tensor features, List<String> featureNames, Column<?> target) {
        if (target.countMissing() > 0) {
            throw new IllegalArgumentException(String.format("fromTable: target column '%s' expected no missing "
                    + "values, got %d", target.name(), target.countMissing()));
        }
        int n = target.size();
        int[] labels = new int[n];
        List<String> classNames = new ArrayList<>();
        if (target instanceof StringColumn strings) {
            classNames.addAll(new TreeSet<>(strings.asList()));
            for (int i = 0; i < n; i++) {
                labels[i] = Collections.binarySearch(classNames, strings.get(i));
            }
        } else {
            double[] values = ((NumericColumn<?>) target).asDoubleArray();
            double[] distinct = Arrays.stream(values).distinct().sorted().toArray();
            for (double value : distinct) {
                classNames.add(Long.toString((long) value));
            }
            for (int i = 0; i < n; i++) {
                labels[i] = Arrays.binarySearch(distinct, values[i]);
            }
        }
        return new Dataset(features, labels, null, featureNames, classNames);
    }

    /** The values of a numeric column without missing values, as doubles. */
    private static double[] numericValues(Column<?> column, String what) {
        if (!(column instanceof NumericColumn<?> numeric)) {
            throw new IllegalArgumentException(String.format("fromTable: %s '%s' expected a numeric column, got %s",
                    what, column.name(), column.type()));
        }
        if (numeric.countMissing() > 0) {
            throw new IllegalArgumentException(String.format("fromTable: %s '%s' expected no missing values, got %d",
                    what, column.name(), numeric.countMissing()));
        }
        return numeric.asDoubleArray();
    }
}

package org.mlworkbook.metrics;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Counts of (true class, predicted class) pairs: {@code counts()[i][j]} is the number of samples of true class i
 * predicted as class j, so the diagonal holds the correct predictions. For class c, one-vs-rest:
 * TP = C[c][c], FP = Σᵢ C[i][c] − TP (column), FN = Σⱼ C[c][j] − TP (row), TN = n − TP − FP − FN.
 * Pitfall: sklearn and this class put the truth in rows; some textbooks put it in columns.
 *
 * @param counts K×K counts, rows = true class, columns = predicted class (copied)
 * @see "notebooks/04-metrics-and-losses.ipynb"
 */
public record ConfusionMatrix(int[][] counts) {

    /**
     * @throws IllegalArgumentException if counts is empty, not square or holds a negative count
     */
    public ConfusionMatrix {
        if (counts.length == 0) {
            throw new IllegalArgumentException("ConfusionMatrix: counts expected at least 1×1, got 0 rows");
        }
        int[][] copy = new int[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            if (counts[i].length != counts.length) {
                throw new IllegalArgumentException(String.format("ConfusionMatrix: counts expected %d×%d, got row %d of length %d",
                        counts.length, counts.length, i, counts[i].length));
            }
            for (int j = 0; j < counts.length; j++) {
                if (counts[i][j] < 0) {
                    throw new IllegalArgumentException(String.format("ConfusionMatrix: counts expected >= 0, got %d at [%d][%d]",
                            counts[i][j], i, j));
                }
            }
            copy[i] = counts[i].clone();
        }
        counts = copy;
    }

    /**
     * The confusion matrix of labels 0..K−1 with K = max(yTrue ∪ yPred) + 1.
     *
     * @param yTrue true labels, ≥ 0. Not modified.
     * @param yPred predicted labels, ≥ 0, same length. Not modified.
     * @throws IllegalArgumentException on empty or mismatched arrays or a negative label
     */
    public static ConfusionMatrix of(int[] yTrue, int[] yPred) {
        MetricInputs.requireSameLength("ConfusionMatrix.of", "yTrue", yTrue.length, "yPred", yPred.length);
        int numClasses = Math.max(MetricInputs.maxLabel("ConfusionMatrix.of", "yTrue", yTrue),
                MetricInputs.maxLabel("ConfusionMatrix.of", "yPred", yPred)) + 1;
        return count(yTrue, yPred, numClasses);
    }

    /**
     * The confusion matrix of labels 0..numClasses−1, also for classes that occur in neither array.
     *
     * @param yTrue      true labels in 0..numClasses−1. Not modified.
     * @param yPred      predicted labels in 0..numClasses−1, same length. Not modified.
     * @param numClasses K ≥ 1
     * @throws IllegalArgumentException on empty or mismatched arrays or a label outside 0..K−1
     */
    public static ConfusionMatrix of(int[] yTrue, int[] yPred, int numClasses) {
        MetricInputs.requireSameLength("ConfusionMatrix.of", "yTrue", yTrue.length, "yPred", yPred.length);
        if (numClasses < 1) {
            throw new IllegalArgumentException("ConfusionMatrix.of: numClasses expected >= 1, got " + numClasses);
        }
        MetricInputs.requireLabelsBelow("ConfusionMatrix.of", "yTrue", yTrue, numClasses);
        MetricInputs.requireLabelsBelow("ConfusionMatrix.of", "yPred", yPred, numClasses);
        return count(yTrue, yPred, numClasses);
    }

    private static ConfusionMatrix count(int[] yTrue, int[] yPred, int numClasses) {
        int[] flat = new int[numClasses * numClasses];
        for (int i = 0; i < yTrue.length; i++) flat[yTrue[i] * numClasses + yPred[i]]++;
        int[][] counts = new int[numClasses][];
        for (int i = 0; i < numClasses; i++) {
            counts[i] = Arrays.copyOfRange(flat, i * numClasses, (i + 1) * numClasses);
        }
        return new ConfusionMatrix(counts);
    }

    /** The counts, rows = true class, columns = predicted class (a copy). */
    @Override
    public int[][] counts() {
        int[][] copy = new int[counts.length][];
        for (int i = 0; i < counts.length; i++) copy[i] = counts[i].clone();
        return copy;
    }

    /** Equal when the counts are equal, entry by entry. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ConfusionMatrix matrix && Arrays.deepEquals(counts, matrix.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(counts);
    }

    /** The counts row by row, e.g. {@code ConfusionMatrix[[3, 1], [0, 2]]}. */
    @Override
    public String toString() {
        return "ConfusionMatrix" + Arrays.deepToString(counts);
    }

    /** K, the number of rows (and columns). */
    public int numClasses() {
        return counts.length;
    }

    /** n = Σᵢⱼ C[i][j], the number of samples. */
    public int total() {
        int total = 0;
        for (int[] row : counts) for (int count : row) total += count;
        return total;
    }

    /** TP of class c = C[c][c]: samples of class c predicted as c. */
    public int truePositives(int c) {
        requireClass("truePositives", c);
        return counts[c][c];
    }

    /** FP of class c = Σᵢ C[i][c] − C[c][c]: samples of other classes predicted as c. */
    public int falsePositives(int c) {
        requireClass("falsePositives", c);
        int column = 0;
        for (int[] row : counts) column += row[c];
        return column - counts[c][c];
    }

    /** FN of class c = Σⱼ C[c][j] − C[c][c]: samples of class c predicted as another class. */
    public int falseNegatives(int c) {
        requireClass("falseNegatives", c);
        int row = 0;
        for (int count : counts[c]) row += count;
        return row - counts[c][c];
    }

    /** TN of class c = n − TP − FP − FN: samples of other classes predicted as another class. */
    public int trueNegatives(int c) {
        requireClass("trueNegatives", c);
        return total() - truePositives(c) - falsePositives(c) - falseNegatives(c);
    }

    /** Support of class c = Σⱼ C[c][j] = TP + FN, the number of true labels c. */
    public int support(int c) {
        return truePositives(c) + falseNegatives(c);
    }

    /**
     * The matrix as a table: a first column "true \ predicted" with the class names, then one integer column per
     * predicted class.
     *
     * @param classNames K distinct names, class k first. Not modified.
     * @throws IllegalArgumentException if the number of names is not K or two names are equal
     */
    public Table toTable(List<String> classNames) {
        requireClassNames("toTable", classNames, numClasses());
        Table table = Table.create("confusion matrix (rows = true, columns = predicted)",
                StringColumn.create("true \\ predicted", classNames));
        for (int j = 0; j < counts.length; j++) {
            IntColumn column = IntColumn.create(classNames.get(j));
            for (int[] row : counts) column.append(row[j]);
            table.addColumns(column);
        }
        return table;
    }

    /** Checks K distinct, non-null class names. */
    static void requireClassNames(String method, List<String> classNames, int numClasses) {
        if (classNames.size() != numClasses) {
            throw new IllegalArgumentException(String.format("%s: classNames expected %d names, got %d %s",
                    method, numClasses, classNames.size(), classNames));
        }
        if (new HashSet<>(classNames).size() != classNames.size()) {
            throw new IllegalArgumentException(String.format("%s: classNames expected distinct names, got %s", method, classNames));
        }
    }

    private void requireClass(String method, int c) {
        if (c < 0 || c >= counts.length) {
            throw new IllegalArgumentException(String.format("%s: c expected a class in 0..%d, got %d", method, counts.length - 1, c));
        }
    }
}

package org.mlworkbook.metrics;

import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A table like sklearn's {@code classification_report}: precision, recall, F₁ and support (the number of true
 * samples) of every class, then the accuracy (in the F₁ column, precision and recall left empty), the macro
 * average and the support-weighted average. Averages use the classes present in yTrue ∪ yPred, like
 * {@link Classification}; a class never predicted gets precision 0.
 *
 * @see "notebooks/04-metrics-and-losses.ipynb"
 */
public final class ClassificationReport {

    private ClassificationReport() {
    }

    /**
     * The report of {@code yPred} against {@code yTrue}, one row per class name.
     *
     * @param yTrue      true labels in 0..K−1. Not modified.
     * @param yPred      predicted labels in 0..K−1, same length. Not modified.
     * @param classNames K distinct names, class 0 first. Not modified.
     * @return columns "class", "precision", "recall", "f1-score", "support"; K + 3 rows
     * @throws IllegalArgumentException on empty or mismatched arrays, a label outside 0..K−1, or repeated names
     */
    public static Table of(int[] yTrue, int[] yPred, List<String> classNames) {
        ConfusionMatrix.requireClassNames("ClassificationReport.of", classNames, classNames.size());
        if (classNames.isEmpty()) {
            throw new IllegalArgumentException("ClassificationReport.of: classNames expected at least one name, got []");
        }
        MetricInputs.requireSameLength("ClassificationReport.of", "yTrue", yTrue.length, "yPred", yPred.length);
        MetricInputs.requireLabelsBelow("ClassificationReport.of", "yTrue", yTrue, classNames.size());
        MetricInputs.requireLabelsBelow("ClassificationReport.of", "yPred", yPred, classNames.size());
        ConfusionMatrix matrix = ConfusionMatrix.of(yTrue, yPred, classNames.size());
        double[] precision = Classification.perClass(matrix, Classification.PRECISION);
        double[] recall = Classification.perClass(matrix, Classification.RECALL);
        double[] f1 = Classification.perClass(matrix, Classification.F1);
        StringColumn name = StringColumn.create("class");
        DoubleColumn precisionColumn = DoubleColumn.create("precision");
        DoubleColumn recallColumn = DoubleColumn.create("recall");
        DoubleColumn f1Column = DoubleColumn.create("f1-score");
        IntColumn support = IntColumn.create("support");
        for (int c = 0; c < classNames.size(); c++) {
            name.append(classNames.get(c));
            precisionColumn.append(precision[c]);
            recallColumn.append(recall[c]);
            f1Column.append(f1[c]);
            support.append(matrix.support(c));
        }
        name.append("accuracy");
        precisionColumn.appendMissing();
        recallColumn.appendMissing();
        f1Column.append(Classification.accuracy(yTrue, yPred));
        support.append(yTrue.length);
        for (Average average : new Average[] {Average.MACRO, Average.WEIGHTED}) {
            name.append(average == Average.MACRO ? "macro avg" : "weighted avg");
            precisionColumn.append(Classification.average(matrix, Classification.PRECISION, average));
            recallColumn.append(Classification.average(matrix, Classification.RECALL, average));
            f1Column.append(Classification.average(matrix, Classification.F1, average));
            support.append(yTrue.length);
        }
        return Table.create("classification report", name, precisionColumn, recallColumn, f1Column, support);
    }
}

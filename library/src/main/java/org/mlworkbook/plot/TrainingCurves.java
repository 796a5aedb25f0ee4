package org.mlworkbook.plot;

import java.util.LinkedHashMap;
import java.util.Map;
import org.knowm.xchart.XYChart;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Training curves from a training history (the table {@code nn.Trainer.fit} returns, one row per epoch): the loss
 * or the accuracy on the training set and on the validation set against the epoch. The columns read are
 * {@value #EPOCH}, {@value #TRAIN_LOSS}, {@value #VALIDATION_LOSS}, {@value #TRAIN_ACCURACY} and
 * {@value #VALIDATION_ACCURACY}; whichever of the two curves is present is drawn, and without an epoch column the
 * rows are epochs 1, 2, 3, …
 *
 * <p>Reading them: both curves falling together is learning; the validation loss turning up while the training
 * loss keeps falling is overfitting (early stopping keeps the weights from the validation minimum).
 *
 * @see "notebooks/11-training-neural-networks.ipynb"
 */
public final class TrainingCurves {

    /** The column of epoch numbers. */
    public static final String EPOCH = "epoch";
    /** The column of training losses. */
    public static final String TRAIN_LOSS = "train_loss";
    /** The column of validation losses. */
    public static final String VALIDATION_LOSS = "validation_loss";
    /** The column of training accuracies. */
    public static final String TRAIN_ACCURACY = "train_accuracy";
    /** The column of validation accuracies. */
    public static final String VALIDATION_ACCURACY = "validation_accuracy";

    private TrainingCurves() {
    }

    /**
     * Training and validation loss against the epoch: the lines "train" (column {@value #TRAIN_LOSS}) and
     * "validation" ({@value #VALIDATION_LOSS}), whichever are present.
     *
     * @param history one row per epoch, with a numeric column {@value #TRAIN_LOSS} or {@value #VALIDATION_LOSS}
     *                (or both), finite, and optionally {@value #EPOCH}. Not modified.
     * @return a {@value Plots#WIDTH}×{@value Plots#HEIGHT} chart titled "loss", axes "epoch" and "loss"
     * @throws IllegalArgumentException if history is null or empty, has neither loss column, or a drawn column is
     *                                  not numeric or holds a missing or non-finite value
     */
    public static XYChart loss(Table history) {
        return curves("loss", history, TRAIN_LOSS, VALIDATION_LOSS);
    }

    /**
     * Training and validation accuracy against the epoch: the lines "train" (column {@value #TRAIN_ACCURACY}) and
     * "validation" ({@value #VALIDATION_ACCURACY}), whichever are present.
     *
     * @param history one row per epoch, with a numeric column {@value #TRAIN_ACCURACY} or
     *                {@value #VALIDATION_ACCURACY} (or both), finite, and optionally {@value #EPOCH}. Not modified.
     * @return a {@value Plots#WIDTH}×{@value Plots#HEIGHT} chart titled "accuracy", axes "epoch" and "accuracy"
     * @throws IllegalArgumentException as {@link #loss(Table)}, for the accuracy columns
     */
    public static XYChart accuracy(Table history) {
        return curves("accuracy", history, TRAIN_ACCURACY, VALIDATION_ACCURACY);
    }

    private static XYChart curves(String method, Table history, String train, String validation) {
        if (history == null || history.rowCount() == 0) {
            throw new IllegalArgumentException(String.format("%s: history expected a table with one row per epoch, got %s",
                    method, history == null ? "null" : "an empty table"));
        }
        Map<String, double[]> series = new LinkedHashMap<>();
        if (history.containsColumn(train)) {
            series.put("train", column(method, history, train));
        }
        if (history.containsColumn(validation)) {
            series.put("validation", column(method, history, validation));
        }
        if (series.isEmpty()) {
            throw new IllegalArgumentException(String.format("%s: history expected a column %s or %s, got columns %s",
                    method, train, validation, history.columnNames()));
        }
        double[] epochs;
        if (history.containsColumn(EPOCH)) {
            epochs = column(method, history, EPOCH);
        } else {
            epochs = new double[history.rowCount()];
            for (int e = 0; e < epochs.length; e++) {
                epochs[e] = e + 1;
            }
        }
        XYChart chart = Plots.axes(Plots.line(method, epochs, series), "epoch", method);
        if (epochs.length > 1) {
            ChartStyle.roundTicks(chart, epochs.length, epochs[0], epochs[1] - epochs[0]);
        }
        return chart;
    }

    /** The values of a numeric column, each present and finite. */
    private static double[] column(String method, Table history, String name) {
        Column<?> column = history.column(name);
        if (!(column instanceof NumericColumn<?> numbers)) {
            throw new IllegalArgumentException(String.format("%s: column %s expected numbers, got %s",
                    method, name, column.type()));
        }
        double[] values = numbers.asDoubleArray();
        for (int row = 0; row < values.length; row++) {
            if (numbers.isMissing(row) || !Double.isFinite(values[row])) {
                throw new IllegalArgumentException(String.format("%s: column %s expected finite values, got %s at row %d",
                        method, name, numbers.isMissing(row) ? "a missing value" : values[row], row));
            }
        }
        return values;
    }
}

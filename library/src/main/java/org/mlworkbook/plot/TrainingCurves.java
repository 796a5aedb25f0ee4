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

    /**
     * One column of several training histories against the epoch, one line per run (e.g. the validation loss of
     * five optimisers), in the map's order (use a {@link LinkedHashMap}); runs may have different lengths.
     *
     * @param title     the chart title
     * @param histories run name → history table, at least one, each with the numeric column (finite values) and
     *                  optionally {@value #EPOCH}. Not modified.
     * @param column    the column to draw, e.g. {@value #VALIDATION_LOSS} or {@code "learning_rate"}
     * @param logY      a logarithmic y axis (every value must then be &gt; 0)
     * @return a {@value Plots#WIDTH}×{@value Plots#HEIGHT} chart, axes "epoch" and the column's name
     * @throws IllegalArgumentException if an argument is null or empty, a table lacks the column or holds a missing
     *                                  or non-finite value, or logY is set and a value is ≤ 0
     */
    public static XYChart compare(String title, Map<String, Table> histories, String column, boolean logY) {
        if (title == null || column == null || histories == null || histories.isEmpty()) {
            throw new IllegalArgumentException("compare: title, column and histories expected a title, a column "
                    + "name and at least one run, got " + (histories == null || histories.isEmpty() ? "no runs"
                    : title == null ? "title null" : "column null"));
        }
        XYChart chart = ChartStyle.xyChart(title);
        int index = 0;
        double[] longest = new double[0];
        for (Map.Entry<String, Table> run : histories.entrySet()) {
            Table history = run.getValue();
            if (history == null || history.rowCount() == 0 || !history.containsColumn(column)) {
                throw new IllegalArgumentException(String.format("compare: run \"%s\" expected a history with a "
                        + "column %s, got %s", run.getKey(), column, history == null ? "null"
                        : history.rowCount() == 0 ? "an empty table" : "columns " + history.columnNames()));
            }
            double[] values = column("compare", history, column);
            for (int e = 0; logY && e < values.length; e++) {
                if (values[e] <= 0) {
                    throw new IllegalArgumentException(String.format("compare: run \"%s\" expected %s > 0 for a "
                            + "logarithmic y axis, got %s at row %d", run.getKey(), column, values[e], e));
                }
            }
            double[] epochs = epochs("compare", history);
            ChartStyle.addLine(chart, run.getKey(), epochs, values, ChartStyle.color(index++));
            longest = epochs.length > longest.length ? epochs : longest;
        }
        roundTicks(chart, longest);
        chart.getStyler().setYAxisLogarithmic(logY);
        return Plots.axes(chart, "epoch", column.replace('_', ' ') + (logY ? " (log scale)" : ""));
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
        double[] epochs = epochs(method, history);
        XYChart chart = Plots.axes(Plots.line(method, epochs, series), "epoch", method);
        roundTicks(chart, epochs);
        return chart;
    }

    /** The epoch column, or 1, 2, 3, … when the table has none. */
    private static double[] epochs(String method, Table history) {
        if (history.containsColumn(EPOCH)) {
            return column(method, history, EPOCH);
        }
        double[] epochs = new double[history.rowCount()];
        for (int e = 0; e < epochs.length; e++) {
            epochs[e] = e + 1;
        }
        return epochs;
    }

    /** Round x ticks when there are many equally spaced epochs (see {@link ChartStyle#roundTicks}). */
    private static void roundTicks(XYChart chart, double[] epochs) {
        if (epochs.length > 1) {
            ChartStyle.roundTicks(chart, epochs.length, epochs[0], epochs[1] - epochs[0]);
        }
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

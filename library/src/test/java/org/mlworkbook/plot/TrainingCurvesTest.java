package org.mlworkbook.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class TrainingCurvesTest {

    private static Table history() {
        return Table.create("history",
                IntColumn.create("epoch", 1, 2, 3),
                DoubleColumn.create("train_loss", 0.9, 0.5, 0.3),
                DoubleColumn.create("validation_loss", 1.0, 0.6, 0.7),
                DoubleColumn.create("train_accuracy", 0.6, 0.8, 0.9),
                DoubleColumn.create("validation_accuracy", 0.5, 0.75, 0.7),
                DoubleColumn.create("learning_rate", 0.1, 0.1, 0.1));
    }

    @Test
    void lossDrawsTrainAndValidationAgainstTheEpochColumn() {
        XYChart chart = TrainingCurves.loss(history());
        assertEquals(List.of("train", "validation"), List.copyOf(chart.getSeriesMap().keySet()));
        assertArrayEquals(new double[] {1, 2, 3}, chart.getSeriesMap().get("train").getXData());
        assertArrayEquals(new double[] {1.0, 0.6, 0.7}, chart.getSeriesMap().get("validation").getYData());
        assertEquals("epoch", chart.getXAxisTitle());
        assertEquals("loss", chart.getYAxisTitle());
    }

    @Test
    void accuracyReadsTheAccuracyColumns() {
        XYChart chart = TrainingCurves.accuracy(history());
        assertArrayEquals(new double[] {0.6, 0.8, 0.9}, chart.getSeriesMap().get("train").getYData());
        assertEquals("accuracy", chart.getTitle());
        assertEquals(Plots.png(chart).length, Plots.png(TrainingCurves.accuracy(history())).length);
    }

    @Test
    void missingColumnsAreLeftOutAndRowsCountEpochsFromOne() {
        Table trainOnly = Table.create("h", DoubleColumn.create("train_loss", 3, 2, 1, 0.5));
        XYChart chart = TrainingCurves.loss(trainOnly);
        assertEquals(List.of("train"), List.copyOf(chart.getSeriesMap().keySet()));
        assertArrayEquals(new double[] {1, 2, 3, 4}, chart.getSeriesMap().get("train").getXData());
    }

    @Test
    void longHistoriesGetRoundTicksFromOneHiddenPoint() {
        double[] loss = new double[60];
        java.util.Arrays.fill(loss, 1);
        XYChart longRun = TrainingCurves.loss(Table.create("h", DoubleColumn.create("validation_loss", loss)));
        assertEquals(List.of("validation", ChartStyle.ROUND_TICKS), List.copyOf(longRun.getSeriesMap().keySet()));
        assertArrayEquals(new double[] {1.5}, longRun.getSeriesMap().get(ChartStyle.ROUND_TICKS).getXData());
        assertEquals(false, longRun.getSeriesMap().get(ChartStyle.ROUND_TICKS).isShowInLegend());
        assertArrayEquals(Plots.png(longRun), Plots.png(TrainingCurves.loss(Table.create("h",
                DoubleColumn.create("validation_loss", loss)))), "renders, and the same way twice");
        assertEquals(List.of("train", "validation"), List.copyOf(TrainingCurves.loss(history()).getSeriesMap().keySet()));
    }

    @Test
    void aHistoryWithoutTheColumnsNamesWhatWasExpected() {
        Table other = Table.create("h", DoubleColumn.create("seconds", 1, 2));
        var e = assertThrows(IllegalArgumentException.class, () -> TrainingCurves.accuracy(other));
        assertEquals("accuracy: history expected a column train_accuracy or validation_accuracy, got columns [seconds]",
                e.getMessage());
    }

    @Test
    void badTablesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> TrainingCurves.loss(null));
        assertThrows(IllegalArgumentException.class, () -> TrainingCurves.loss(history().emptyCopy()));
        Table text = Table.create("h", StringColumn.create("train_loss", "a", "b"));
        var type = assertThrows(IllegalArgumentException.class, () -> TrainingCurves.loss(text));
        assertEquals("loss: column train_loss expected numbers, got STRING", type.getMessage());
        Table nan = Table.create("h", DoubleColumn.create("train_loss", 1, Double.NaN));
        var missing = assertThrows(IllegalArgumentException.class, () -> TrainingCurves.loss(nan));
        assertEquals("loss: column train_loss expected finite values, got a missing value at row 1", missing.getMessage());
    }

    @Test
    void compareDrawsOneColumnOfSeveralRunsAgainstTheirEpochs() {
        java.util.Map<String, Table> runs = new java.util.LinkedHashMap<>();
        runs.put("SGD", Table.create("a", IntColumn.create("epoch", 1, 2, 3),
                DoubleColumn.create("validation_loss", 2.0, 1.5, 1.2)));
        runs.put("Adam", Table.create("b", DoubleColumn.create("validation_loss", 1.0, 0.5)));
        XYChart chart = TrainingCurves.compare("optimisers", runs, "validation_loss", true);
        assertEquals(List.of("SGD", "Adam"), List.copyOf(chart.getSeriesMap().keySet()));
        assertArrayEquals(new double[] {1, 2, 3}, chart.getSeriesMap().get("SGD").getXData());
        assertArrayEquals(new double[] {1, 2}, chart.getSeriesMap().get("Adam").getXData());
        assertArrayEquals(new double[] {1.0, 0.5}, chart.getSeriesMap().get("Adam").getYData());
        assertEquals("validation loss (log scale)", chart.getYAxisTitle());
        assertEquals("epoch", chart.getXAxisTitle());
    }

    @Test
    void compareRejectsMissingColumnsNoRunsAndNonPositiveValuesOnALogAxis() {
        Table h = Table.create("h", DoubleColumn.create("train_loss", 1.0, 0.0));
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> TrainingCurves.compare("t", java.util.Map.of("run", h), "validation_loss", false));
        assertEquals(true, missing.getMessage().contains("validation_loss") && missing.getMessage().contains("run"),
                missing.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TrainingCurves.compare("t", java.util.Map.of(), "x", false));
        assertThrows(IllegalArgumentException.class,
                () -> TrainingCurves.compare("t", java.util.Map.of("run", h), "train_loss", true));
    }
}

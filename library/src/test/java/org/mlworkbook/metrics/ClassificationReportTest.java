package org.mlworkbook.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class ClassificationReportTest {

    // class 0: TP 2, FP 2, FN 0 → P 1/2, R 1, F1 2/3;  class 1: P 1/2, R 1/2, F1 1/2;  class 2 never predicted: 0, 0, 0
    private static final int[] Y_TRUE = {0, 0, 1, 1, 2, 2};
    private static final int[] Y_PRED = {0, 0, 0, 1, 0, 1};
    private static final double TOLERANCE = 1e-12;

    @Test
    void reportHasOneRowPerClassThenAccuracyMacroAndWeightedAverages() {
        Table report = ClassificationReport.of(Y_TRUE, Y_PRED, List.of("a", "b", "c"));
        assertEquals(List.of("class", "precision", "recall", "f1-score", "support"), report.columnNames());
        assertEquals(List.of("a", "b", "c", "accuracy", "macro avg", "weighted avg"), report.stringColumn("class").asList());
        assertArrayEquals(new int[] {2, 2, 2, 6, 6, 6}, report.intColumn("support").asIntArray());
        assertArrayEquals(new double[] {0.5, 0.5, 0}, sub(report.doubleColumn("precision").asDoubleArray(), 0, 3), TOLERANCE);
        assertArrayEquals(new double[] {2.0 / 3, 0.5, 0, 0.5, 7.0 / 18, 7.0 / 18},
                report.doubleColumn("f1-score").asDoubleArray(), TOLERANCE);
        assertEquals(1.0 / 3, report.doubleColumn("precision").get(4), TOLERANCE);
        assertEquals(0.5, report.doubleColumn("recall").get(5), TOLERANCE);
    }

    @Test
    void accuracyRowLeavesPrecisionAndRecallEmpty() {
        Table report = ClassificationReport.of(Y_TRUE, Y_PRED, List.of("a", "b", "c"));
        assertTrue(report.doubleColumn("precision").isMissing(3));
        assertTrue(report.doubleColumn("recall").isMissing(3));
    }

    @Test
    void reportRejectsALabelWithoutAName() {
        var e = assertThrows(IllegalArgumentException.class, () -> ClassificationReport.of(Y_TRUE, Y_PRED, List.of("a", "b")));
        assertEquals("ClassificationReport.of: yTrue expected labels in 0..1, got 2 at index 4", e.getMessage());
    }

    @Test
    void reportRejectsRepeatedClassNames() {
        var e = assertThrows(IllegalArgumentException.class, () -> ClassificationReport.of(Y_TRUE, Y_PRED, List.of("a", "b", "a")));
        assertEquals("ClassificationReport.of: classNames expected distinct names, got [a, b, a]", e.getMessage());
    }

    private static double[] sub(double[] values, int from, int to) {
        return java.util.Arrays.copyOfRange(values, from, to);
    }
}

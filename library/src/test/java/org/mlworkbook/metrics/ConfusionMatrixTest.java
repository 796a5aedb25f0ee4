package org.mlworkbook.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class ConfusionMatrixTest {

    // rows true, columns predicted:  true 0 → predicted 0, 0, 1;  true 1 → 1, 0;  true 2 → 2, 2, 0
    private static final int[] Y_TRUE = {0, 0, 0, 1, 1, 2, 2, 2};
    private static final int[] Y_PRED = {0, 0, 1, 1, 0, 2, 2, 0};
    private static final int[][] COUNTS = {{2, 1, 0}, {1, 1, 0}, {1, 0, 2}};

    @Test
    void rowsAreTrueClassesAndColumnsPredictedClasses() {
        assertArrayEquals(COUNTS, ConfusionMatrix.of(Y_TRUE, Y_PRED).counts());
    }

    @Test
    void oneVersusRestCountsOfClassZeroAreReadFromItsRowAndColumn() {
        ConfusionMatrix matrix = ConfusionMatrix.of(Y_TRUE, Y_PRED);
        // class 0: TP C[0][0] = 2; FP column 0 minus TP = 4 − 2; FN row 0 minus TP = 3 − 2; TN = 8 − 2 − 2 − 1
        assertEquals(2, matrix.truePositives(0));
        assertEquals(2, matrix.falsePositives(0));
        assertEquals(1, matrix.falseNegatives(0));
        assertEquals(3, matrix.trueNegatives(0));
        assertEquals(3, matrix.support(0));
        assertEquals(8, matrix.total());
    }

    @Test
    void aClassNeverPredictedHasAnEmptyColumn() {
        ConfusionMatrix matrix = ConfusionMatrix.of(new int[] {0, 1, 2}, new int[] {0, 1, 1});
        assertEquals(0, matrix.truePositives(2) + matrix.falsePositives(2));
        assertEquals(1, matrix.falseNegatives(2));
    }

    @Test
    void explicitNumberOfClassesKeepsClassesThatNeverOccur() {
        assertArrayEquals(new int[][] {{1, 0, 0}, {0, 0, 0}, {0, 0, 0}}, ConfusionMatrix.of(new int[] {0}, new int[] {0}, 3).counts());
    }

    @Test
    void explicitNumberOfClassesRejectsAnUnknownLabel() {
        var e = assertThrows(IllegalArgumentException.class, () -> ConfusionMatrix.of(new int[] {0, 3}, new int[] {0, 1}, 3));
        assertEquals("ConfusionMatrix.of: yTrue expected labels in 0..2, got 3 at index 1", e.getMessage());
    }

    @Test
    void countsAreCopiedInAndOut() {
        int[][] counts = {{1, 2}, {3, 4}};
        ConfusionMatrix matrix = new ConfusionMatrix(counts);
        counts[0][0] = 99;
        matrix.counts()[0][1] = 99;
        assertArrayEquals(new int[][] {{1, 2}, {3, 4}}, matrix.counts());
        assertNotSame(matrix.counts(), matrix.counts());
    }

    @Test
    void equalCountsMakeEqualMatrices() {
        assertEquals(new ConfusionMatrix(COUNTS), ConfusionMatrix.of(Y_TRUE, Y_PRED));
        assertEquals(new ConfusionMatrix(COUNTS).hashCode(), ConfusionMatrix.of(Y_TRUE, Y_PRED).hashCode());
        assertEquals("ConfusionMatrix[[2, 1, 0], [1, 1, 0], [1, 0, 2]]", ConfusionMatrix.of(Y_TRUE, Y_PRED).toString());
    }

    @Test
    void nonSquareCountsAreRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> new ConfusionMatrix(new int[][] {{1, 2}, {3}}));
        assertEquals("ConfusionMatrix: counts expected 2×2, got row 1 of length 1", e.getMessage());
    }

    @Test
    void tableHasANameColumnAndOneColumnPerPredictedClass() {
        Table table = ConfusionMatrix.of(Y_TRUE, Y_PRED).toTable(List.of("a", "b", "c"));
        assertEquals(List.of("true \\ predicted", "a", "b", "c"), table.columnNames());
        assertEquals(List.of("a", "b", "c"), table.stringColumn(0).asList());
        assertArrayEquals(new int[] {2, 1, 1}, table.intColumn("a").asIntArray());
        assertArrayEquals(new int[] {0, 0, 2}, table.intColumn("c").asIntArray());
    }

    @Test
    void tableRejectsTheWrongNumberOfClassNames() {
        ConfusionMatrix matrix = ConfusionMatrix.of(Y_TRUE, Y_PRED);
        var e = assertThrows(IllegalArgumentException.class, () -> matrix.toTable(List.of("a", "b")));
        assertEquals("toTable: classNames expected 3 names, got 2 [a, b]", e.getMessage());
    }

    @Test
    void countAccessorsRejectAnUnknownClass() {
        ConfusionMatrix matrix = ConfusionMatrix.of(Y_TRUE, Y_PRED);
        var e = assertThrows(IllegalArgumentException.class, () -> matrix.truePositives(3));
        assertEquals("truePositives: c expected a class in 0..2, got 3", e.getMessage());
    }
}

package org.mlworkbook.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlworkbook.tensor.Tensor;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

class DatasetTest {

    private static final List<String> AB = List.of("a", "b");
    private static final List<String> NO_YES = List.of("no", "yes");

    private static Dataset threeRows() {
        return new Dataset(Tensor.of(new double[][] {{1, 2}, {3, 4}, {5, 6}}), new int[] {0, 1, 1}, null, AB, NO_YES);
    }

    private static String message(Runnable code) {
        return assertThrows(IllegalArgumentException.class, code::run).getMessage();
    }

    @Test
    void classificationSetReportsSizeFeaturesClassesAndCounts() {
        Dataset data = threeRows();
        assertEquals(3, data.size());
        assertEquals(2, data.numFeatures());
        assertTrue(data.isClassification());
        assertEquals(2, data.numClasses());
        assertArrayEquals(new int[] {1, 2}, data.classCounts());
        assertNull(data.targets());
        assertEquals("Dataset(3 rows, 2 features, 2 classes [no, yes])", data.toString());
    }

    @Test
    void regressionSetHasNoClasses() {
        Dataset data = new Dataset(Tensor.of(new double[][] {{1}, {2}}), null, new double[] {0.5, 1.5}, List.of("x"), null);
        assertFalse(data.isClassification());
        assertEquals(0, data.numClasses());
        assertEquals(List.of(), data.classNames());
        assertThrows(IllegalStateException.class, data::classCounts);
    }

    @Test
    void labelsAreCopiedInAndOut() {
        int[] labels = {0, 1, 1};
        Dataset data = new Dataset(Tensor.of(new double[][] {{1, 2}, {3, 4}, {5, 6}}), labels, null, AB, NO_YES);
        labels[0] = 1;
        data.labels()[1] = 0;
        assertArrayEquals(new int[] {0, 1, 1}, data.labels());
    }

    @Test
    void rowsPicksTheGivenRowsInOrder() {
        Dataset picked = threeRows().rows(new int[] {2, 0});
        assertEquals(Tensor.of(new double[][] {{5, 6}, {1, 2}}), picked.features());
        assertArrayEquals(new int[] {1, 0}, picked.labels());
        assertEquals(NO_YES, picked.classNames());
    }

    @Test
    void rowsRejectsAnIndexOutOfRange() {
        assertTrue(message(() -> threeRows().rows(new int[] {0, 3})).contains("got 3"));
    }

    @Test
    void shuffledIsAPermutationThatTheSeedFixes() {
        Dataset data = Datasets.iris();
        Dataset once = data.shuffled(7);
        assertEquals(once, data.shuffled(7));
        assertFalse(once.equals(data.shuffled(8)));
        assertArrayEquals(data.classCounts(), once.classCounts());
        double[] sorted = once.features().column(0).toArray();
        double[] original = data.features().column(0).toArray();
        Arrays.sort(sorted);
        Arrays.sort(original);
        assertArrayEquals(original, sorted);
    }

    @Test
    void toTableHasFeatureColumnsThenAnIntegerTarget() {
        Table table = threeRows().toTable();
        assertEquals(List.of("a", "b", "target"), table.columnNames());
        assertEquals(ColumnType.INTEGER, table.column("target").type());
        assertEquals(4.0, table.doubleColumn("b").get(1));
        assertEquals(threeRows().features(), Datasets.fromTable(table, "target").features());
    }

    @Test
    void rejectsAnEmptyFeatureMatrix() {
        String message = message(() -> new Dataset(Tensor.zeros(0, 2), new int[0], null, AB, NO_YES));
        assertTrue(message.contains("at least one row"), message);
    }

    @Test
    void rejectsNaNFeaturesNamingThePosition() {
        Tensor x = Tensor.of(new double[][] {{1, 2}, {3, Double.NaN}});
        String message = message(() -> new Dataset(x, new int[] {0, 1}, null, AB, NO_YES));
        assertTrue(message.contains("NaN at row 1, column 1"), message);
    }

    @Test
    void rejectsInfiniteTargets() {
        Tensor x = Tensor.of(new double[][] {{1}, {2}});
        String message = message(() -> new Dataset(x, null, new double[] {1, Double.POSITIVE_INFINITY}, List.of("x"), null));
        assertTrue(message.contains("targets expected finite values, got Infinity"), message);
    }

    @Test
    void rejectsLabelsOfTheWrongLength() {
        Tensor x = Tensor.of(new double[][] {{1, 2}, {3, 4}});
        String message = message(() -> new Dataset(x, new int[] {0, 1, 1}, null, AB, NO_YES));
        assertTrue(message.contains("labels expected length 2 (one per row), got 3"), message);
    }

    @Test
    void rejectsALabelWithoutAClassName() {
        Tensor x = Tensor.of(new double[][] {{1, 2}, {3, 4}});
        String message = message(() -> new Dataset(x, new int[] {0, 2}, null, AB, NO_YES));
        assertTrue(message.contains("got 2 at row 1"), message);
    }

    @Test
    void rejectsBothLabelsAndTargets() {
        Tensor x = Tensor.of(new double[][] {{1, 2}});
        String message = message(() -> new Dataset(x, new int[] {0}, new double[] {1}, AB, NO_YES));
        assertTrue(message.contains("exactly one of labels and targets, got both"), message);
    }

    @Test
    void rejectsTheWrongNumberOfFeatureNames() {
        Tensor x = Tensor.of(new double[][] {{1, 2}});
        String message = message(() -> new Dataset(x, new int[] {0}, null, List.of("a"), NO_YES));
        assertTrue(message.contains("featureNames expected 2 names, got 1"), message);
    }
}

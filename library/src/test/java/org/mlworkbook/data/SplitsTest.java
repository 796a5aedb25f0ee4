package org.mlworkbook.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlworkbook.tensor.Tensor;

class SplitsTest {

    /** n rows whose single feature is the row number, so a part's rows can be traced back. */
    private static Dataset numbered(int[] labels) {
        double[] x = new double[labels.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
        }
        return new Dataset(Tensor.wrap(x, x.length, 1), labels, null, List.of("row"), List.of("a", "b", "c"));
    }

    private static List<Integer> rowNumbers(Dataset... parts) {
        List<Integer> rows = new ArrayList<>();
        for (Dataset part : parts) {
            for (double v : part.features().toArray()) {
                rows.add((int) v);
            }
        }
        Collections.sort(rows);
        return rows;
    }

    private static List<Integer> range(int n) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(i);
        }
        return all;
    }

    @Test
    void trainTestPutsEveryRowInExactlyOnePart() {
        Dataset data = numbered(new int[10]);
        Split split = Splits.trainTest(data, 0.3, 1, false);
        assertEquals(3, split.test().size());
        assertEquals(7, split.train().size());
        assertEquals(range(10), rowNumbers(split.train(), split.test()));
    }

    @Test
    void stratifiedTestTakesRoundedShareOfEachClass() {
        // classes of 7, 3 and 10 rows, test fraction 0.3: round(2.1) + round(0.9) + round(3.0) = 2 + 1 + 3 = 6
        int[] labels = new int[20];
        for (int i = 7; i < 10; i++) {
            labels[i] = 1;
        }
        for (int i = 10; i < 20; i++) {
            labels[i] = 2;
        }
        Split split = Splits.trainTest(numbered(labels), 0.3, 4, true);
        assertArrayEquals(new int[] {2, 1, 3}, split.test().classCounts());
        assertArrayEquals(new int[] {5, 2, 7}, split.train().classCounts());
        assertEquals(range(20), rowNumbers(split.train(), split.test()));
    }

    @Test
    void stratifiedIrisSplitKeepsTenOfEachSpeciesForTesting() {
        Split split = Splits.trainTest(Datasets.iris(), 0.2, 42, true);
        assertArrayEquals(new int[] {10, 10, 10}, split.test().classCounts());
        assertArrayEquals(new int[] {40, 40, 40}, split.train().classCounts());
    }

    @Test
    void theSeedFixesTheSplitAndAnotherSeedChangesIt() {
        Dataset data = numbered(new int[30]);
        assertEquals(Splits.trainTest(data, 0.2, 5, false), Splits.trainTest(data, 0.2, 5, false));
        assertTrue(!Splits.trainTest(data, 0.2, 5, false).equals(Splits.trainTest(data, 0.2, 6, false)));
    }

    @Test
    void trainValidationTestCutsThreeDisjointParts() {
        Dataset data = numbered(new int[20]);
        ThreeWaySplit split = Splits.trainValidationTest(data, 0.25, 0.15, 3, false);
        assertEquals(3, split.test().size());       // round(0.15 · 20)
        assertEquals(5, split.validation().size()); // round(0.25 · 20)
        assertEquals(12, split.train().size());
        assertEquals(range(20), rowNumbers(split.train(), split.validation(), split.test()));
    }

    @Test
    void stratifiedThreeWaySplitOfIrisKeepsProportionsInEveryPart() {
        ThreeWaySplit split = Splits.trainValidationTest(Datasets.iris(), 0.2, 0.2, 0, true);
        assertArrayEquals(new int[] {10, 10, 10}, split.validation().classCounts());
        assertArrayEquals(new int[] {10, 10, 10}, split.test().classCounts());
        assertArrayEquals(new int[] {30, 30, 30}, split.train().classCounts());
    }

    @Test
    void rejectsAFractionOutsideZeroOne() {
        var e = assertThrows(IllegalArgumentException.class, () -> Splits.trainTest(numbered(new int[10]), 1.0, 0, false));
        assertTrue(e.getMessage().contains("testFraction expected in (0, 1), got 1.0"), e.getMessage());
    }

    @Test
    void rejectsFractionsSummingToOne() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Splits.trainValidationTest(numbered(new int[10]), 0.5, 0.5, 0, false));
        assertTrue(e.getMessage().contains("expected a sum < 1, got 1.0"), e.getMessage());
    }

    @Test
    void rejectsASplitThatLeavesTheTestPartEmpty() {
        var e = assertThrows(IllegalArgumentException.class, () -> Splits.trainTest(numbered(new int[4]), 0.1, 0, false));
        assertTrue(e.getMessage().contains("at least one test row expected from 4 rows, got 0"), e.getMessage());
    }

    @Test
    void rejectsStratifyingRegressionTargets() {
        var e = assertThrows(IllegalArgumentException.class, () -> Splits.trainTest(Datasets.diabetes(), 0.2, 0, true));
        assertTrue(e.getMessage().contains("stratified expected a classification data set"), e.getMessage());
    }
}

package org.mlworkbook.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class KFoldTest {

    /** How often each row is a test row, and checks that train and test of each fold partition the rows. */
    private static int[] testCounts(List<Fold> folds, int n) {
        int[] counts = new int[n];
        for (Fold fold : folds) {
            boolean[] seen = new boolean[n];
            for (int i : fold.testIndices()) {
                counts[i]++;
                seen[i] = true;
            }
            for (int i : fold.trainIndices()) {
                assertTrue(!seen[i], "row " + i + " is in train and test of fold " + fold.index());
                seen[i] = true;
            }
            for (int i = 0; i < n; i++) {
                assertTrue(seen[i], "row " + i + " is missing from fold " + fold.index());
            }
        }
        return counts;
    }

    @Test
    void unshuffledFoldsAreConsecutiveBlocksWithTheFirstOnesLarger() {
        List<Fold> folds = new KFold(3, false, 0).split(10);
        assertArrayEquals(new int[] {0, 1, 2, 3}, folds.get(0).testIndices());
        assertArrayEquals(new int[] {4, 5, 6}, folds.get(1).testIndices());
        assertArrayEquals(new int[] {7, 8, 9}, folds.get(2).testIndices());
        assertArrayEquals(new int[] {0, 1, 2, 3, 7, 8, 9}, folds.get(1).trainIndices());
    }

    @Test
    void shuffledFoldsTestEveryRowExactlyOnce() {
        List<Fold> folds = new KFold(5, true, 42).split(23);
        assertEquals(5, folds.size());
        int[] ones = new int[23];
        Arrays.fill(ones, 1);
        assertArrayEquals(ones, testCounts(folds, 23));
        assertEquals(5, folds.get(0).testIndices().length);
        assertEquals(4, folds.get(4).testIndices().length);
    }

    @Test
    void theSeedFixesTheShuffledFolds() {
        assertEquals(new KFold(4, true, 1).split(20), new KFold(4, true, 1).split(20));
        assertNotEquals(new KFold(4, true, 1).split(20), new KFold(4, true, 2).split(20));
    }

    @Test
    void stratifiedFoldsBalanceEveryClassAndTestEveryRowOnce() {
        int[] labels = Datasets.iris().labels();
        List<Fold> folds = new StratifiedKFold(5, 7).split(labels);
        for (Fold fold : folds) {
            int[] perClass = new int[3];
            for (int i : fold.testIndices()) {
                perClass[labels[i]]++;
            }
            assertArrayEquals(new int[] {10, 10, 10}, perClass, "fold " + fold.index());
        }
        int[] ones = new int[150];
        Arrays.fill(ones, 1);
        assertArrayEquals(ones, testCounts(folds, 150));
    }

    @Test
    void stratifiedFoldsDealAnUnevenClassAsEvenlyAsPossible() {
        int[] labels = {0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1}; // 5 and 7 rows over 3 folds
        List<Fold> folds = new StratifiedKFold(3, 0).split(labels);
        for (Fold fold : folds) {
            int ones = 0;
            for (int i : fold.testIndices()) {
                ones += labels[i];
            }
            int zeros = fold.testIndices().length - ones;
            assertTrue(zeros >= 1 && zeros <= 2 && ones >= 2 && ones <= 3, fold.toString());
            assertEquals(4, fold.testIndices().length);
        }
    }

    @Test
    void rejectsFewerThanTwoFolds() {
        var e = assertThrows(IllegalArgumentException.class, () -> new KFold(1, true, 0));
        assertTrue(e.getMessage().contains("k expected >= 2 folds, got 1"), e.getMessage());
    }

    @Test
    void rejectsMoreFoldsThanRowsNamingBoth() {
        KFold kFold = new KFold(10, false, 0);
        var e = assertThrows(IllegalArgumentException.class, () -> kFold.split(6));
        assertTrue(e.getMessage().contains("k expected <= n = 6 rows, got k = 10"), e.getMessage());
        StratifiedKFold stratified = new StratifiedKFold(4, 0);
        e = assertThrows(IllegalArgumentException.class, () -> stratified.split(new int[] {0, 1, 1}));
        assertTrue(e.getMessage().contains("n = 3 rows, got k = 4"), e.getMessage());
    }

    @Test
    void foldCopiesItsArrays() {
        int[] test = {1};
        Fold fold = new Fold(0, new int[] {0}, test);
        test[0] = 5;
        fold.testIndices()[0] = 7;
        assertArrayEquals(new int[] {1}, fold.testIndices());
    }
}

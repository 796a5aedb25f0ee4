package org.mlworkbook.data;

import java.util.Arrays;

/**
 * One split of K-fold cross-validation: fit on the train rows, measure on the test rows (fold {@code index}).
 * The arrays are copied in and out, so the record cannot be changed through them.
 *
 * @param index        the fold, 0 … K−1
 * @param trainIndices the rows of the other K−1 folds, ascending
 * @param testIndices  the rows of this fold, ascending
 */
public record Fold(int index, int[] trainIndices, int[] testIndices) {

    /** Copies the arrays. */
    public Fold {
        trainIndices = trainIndices.clone();
        testIndices = testIndices.clone();
    }

    /** @return a copy of the train row indices */
    @Override
    public int[] trainIndices() {
        return trainIndices.clone();
    }

    /** @return a copy of the test row indices */
    @Override
    public int[] testIndices() {
        return testIndices.clone();
    }

    /** Equal when index and both index arrays are equal (by content). */
    @Override
    public boolean equals(Object other) {
        return other instanceof Fold that && index == that.index && Arrays.equals(trainIndices, that.trainIndices)
                && Arrays.equals(testIndices, that.testIndices);
    }

    /** @return a hash of index and the arrays' contents */
    @Override
    public int hashCode() {
        return 31 * (31 * index + Arrays.hashCode(trainIndices)) + Arrays.hashCode(testIndices);
    }

    /** @return e.g. {@code Fold(0, train 120 rows, test 30 rows)} */
    @Override
    public String toString() {
        return String.format("Fold(%d, train %d rows, test %d rows)", index, trainIndices.length, testIndices.length);
    }
}

package org.mlworkbook.neighbors;

import java.util.Arrays;

/**
 * The k nearest training rows of each query row, as {@code kneighbors} returns them: row i of {@code indices}
 * holds the training-row indices of query i's neighbours, nearest first, and the same row of {@code distances}
 * their distances D(qᵢ, x_{indices[i][c]}), ascending. Equal distances come in order of the training index.
 * The arrays are copied in and out, so the record cannot be changed through them.
 *
 * @param indices   m rows of k training-row indices
 * @param distances m rows of k distances, ascending within a row
 */
public record Neighbors(int[][] indices, double[][] distances) {

    /** Copies the arrays. */
    public Neighbors {
        indices = deepCopy(indices);
        distances = deepCopy(distances);
    }

    /** @return a copy of the neighbour indices, m×k */
    @Override
    public int[][] indices() {
        return deepCopy(indices);
    }

    /** @return a copy of the neighbour distances, m×k */
    @Override
    public double[][] distances() {
        return deepCopy(distances);
    }

    /**
     * The neighbours of one query.
     *
     * @param query the query row, 0 … m − 1
     * @return a copy of its k training-row indices, nearest first
     */
    public int[] indices(int query) {
        return indices[query].clone();
    }

    /**
     * The neighbour distances of one query.
     *
     * @param query the query row, 0 … m − 1
     * @return a copy of its k distances, ascending
     */
    public double[] distances(int query) {
        return distances[query].clone();
    }

    /** Equal when both arrays are equal by content. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Neighbors that && Arrays.deepEquals(indices, that.indices)
                && Arrays.deepEquals(distances, that.distances);
    }

    /** @return a hash of the arrays' contents */
    @Override
    public int hashCode() {
        return 31 * Arrays.deepHashCode(indices) + Arrays.deepHashCode(distances);
    }

    /** @return e.g. {@code Neighbors(450 queries, k = 5)} */
    @Override
    public String toString() {
        return String.format("Neighbors(%d queries, k = %d)", indices.length, indices.length == 0 ? 0 : indices[0].length);
    }

    private static int[][] deepCopy(int[][] rows) {
        int[][] copy = new int[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            copy[i] = rows[i].clone();
        }
        return copy;
    }

    private static double[][] deepCopy(double[][] rows) {
        double[][] copy = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            copy[i] = rows[i].clone();
        }
        return copy;
    }
}

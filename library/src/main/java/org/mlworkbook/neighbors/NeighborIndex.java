package org.mlworkbook.neighbors;

import java.util.stream.IntStream;
import org.mlworkbook.tensor.Tensor;

/**
 * The training rows of a neighbours model, laid out for brute-force search: a copy of X (n×d), its transpose Xᵀ
 * (d×n, so that one query's distances to all n rows are computed as contiguous vector loops) and the squared
 * norms ‖xᵢ‖² (for the Euclidean expansion). Queries are processed in blocks of rows so that the block of
 * distances stays within {@link #BLOCK_ELEMENTS} values.
 */
final class NeighborIndex {

    /** At most this many distances (rows × n) are held at once: 2¹⁵ doubles = 256 KiB, about an L2 cache. */
    static final int BLOCK_ELEMENTS = 1 << 15;

    private final Tensor x;
    private final Tensor transposed;
    private final double[] squaredNorms;
    private final Distance distance;

    /** @param x n×d training rows, checked by the caller. Not modified (copied). */
    NeighborIndex(Tensor x, Distance distance) {
        this.x = x.copy();
        this.transposed = x.transpose();
        this.distance = distance;
        int n = x.rows();
        int d = x.cols();
        double[] data = this.x.data();
        squaredNorms = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < d; j++) {
                sum += data[i * d + j] * data[i * d + j];
            }
            squaredNorms[i] = sum;
        }
    }

    int size() {
        return x.rows();
    }

    int numFeatures() {
        return x.cols();
    }

    Tensor transposed() {
        return transposed;
    }

    double[] squaredNorms() {
        return squaredNorms;
    }

    Distance distance() {
        return distance;
    }

    /** All distances D(qᵢ, xⱼ), m×n; queries checked by the caller. */
    Tensor pairwise(Tensor queries) {
        int m = queries.rows();
        int n = size();
        double[] result = new double[m * n];
        forEachBlock(queries, (from, to, reduced) -> {
            for (int i = 0; i < (to - from) * n; i++) {
                result[from * n + i] = distance.fromReduced(reduced[i]);
            }
        });
        return Tensor.wrap(result, m, n);
    }

    /**
     * The k nearest training rows of every query, nearest first; equal distances in order of the training index.
     * Candidates are selected on the reduced distance by a bounded max-heap (O(n log k) per query, no full sort);
     * then the k chosen distances are recomputed by the plain formula (exact also where the Euclidean expansion
     * lost digits) and put in order.
     *
     * @param queries m×d, checked by the caller
     * @param k       1 … n, checked by the caller
     */
    Neighbors search(Tensor queries, int k) {
        int m = queries.rows();
        int n = size();
        int d = numFeatures();
        int[][] indices = new int[m][k];
        double[][] distances = new double[m][k];
        double[] q = queries.data();
        double[] t = x.data();
        forEachBlock(queries, (from, to, reduced) -> {
            for (int r = 0; r < to - from; r++) {
                int[] idx = indices[from + r];
                double[] dist = distances[from + r];
                selectSmallest(reduced, r * n, n, k, idx, dist);
                for (int c = 0; c < k; c++) {
                    dist[c] = distance.distance(q, (from + r) * d, t, idx[c] * d, d);
                }
                sortByDistanceThenIndex(idx, dist);
            }
        });
        return new Neighbors(indices, distances);
    }

    @FunctionalInterface
    private interface BlockConsumer {
        void accept(int from, int to, double[] reduced);
    }

    /**
     * Calls {@code consumer} with the reduced distances of query rows from … to − 1, for every block. Blocks are
     * independent (each writes only its own rows of the result), so they run in parallel on the common fork-join
     * pool; the numbers do not depend on the order.
     */
    private void forEachBlock(Tensor queries, BlockConsumer consumer) {
        int m = queries.rows();
        int n = size();
        int rowsPerBlock = Math.max(1, Math.min(m, BLOCK_ELEMENTS / n));
        int blocks = (m + rowsPerBlock - 1) / rowsPerBlock;
        IntStream.range(0, blocks).parallel().forEach(b -> {
            int from = b * rowsPerBlock;
            int to = Math.min(m, from + rowsPerBlock);
            double[] reduced = new double[(to - from) * n];
            distance.reducedBlock(queries, from, to, this, reduced);
            consumer.accept(from, to, reduced);
        });
    }

    /**
     * The k smallest of values[offset … offset + n − 1] by (value, index), by a max-heap of size k kept in
     * heapIndex/heapValue; on return both hold them in ascending order.
     */
    static void selectSmallest(double[] values, int offset, int n, int k, int[] heapIndex, double[] heapValue) {
        int size = 0;
        for (int i = 0; i < n; i++) {
            double v = values[offset + i];
            if (size < k) {
                int c = size++;
                while (c > 0) {  // sift up: i is the largest index so far, so (v, i) > (v', i') iff v ≥ v'
                    int parent = (c - 1) / 2;
                    if (heapValue[parent] > v) {
                        break;
                    }
                    heapValue[c] = heapValue[parent];
                    heapIndex[c] = heapIndex[parent];
                    c = parent;
                }
                heapValue[c] = v;
                heapIndex[c] = i;
            } else if (v < heapValue[0]) {  // equal values keep the earlier (lower) index
                siftDown(heapIndex, heapValue, 0, k, i, v);
            }
        }
        for (int end = k - 1; end > 0; end--) {  // heap sort: move the largest to the end
            int topIndex = heapIndex[0];
            double topValue = heapValue[0];
            siftDown(heapIndex, heapValue, 0, end, heapIndex[end], heapValue[end]);
            heapIndex[end] = topIndex;
            heapValue[end] = topValue;
        }
    }

    /** Places (index, value) at position c of a max-heap of the given size, ordered by (value, index). */
    private static void siftDown(int[] heapIndex, double[] heapValue, int c, int size, int index, double value) {
        while (true) {
            int child = 2 * c + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && greater(heapValue[child + 1], heapIndex[child + 1], heapValue[child], heapIndex[child])) {
                child++;
            }
            if (!greater(heapValue[child], heapIndex[child], value, index)) {
                break;
            }
            heapValue[c] = heapValue[child];
            heapIndex[c] = heapIndex[child];
            c = child;
        }
        heapValue[c] = value;
        heapIndex[c] = index;
    }

    private static boolean greater(double v1, int i1, double v2, int i2) {
        return v1 > v2 || (v1 == v2 && i1 > i2);
    }

    /** Insertion sort by (distance, index); the input is nearly sorted already, so this is about linear. */
    private static void sortByDistanceThenIndex(int[] idx, double[] dist) {
        for (int a = 1; a < idx.length; a++) {
            int i = idx[a];
            double v = dist[a];
            int b = a - 1;
            while (b >= 0 && greater(dist[b], idx[b], v, i)) {
                idx[b + 1] = idx[b];
                dist[b + 1] = dist[b];
                b--;
            }
            idx[b + 1] = i;
            dist[b + 1] = v;
        }
    }
}

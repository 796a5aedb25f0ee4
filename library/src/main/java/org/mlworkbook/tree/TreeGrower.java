package org.mlworkbook.tree;

import java.util.Arrays;
import org.mlworkbook.math.Rng;
import org.mlworkbook.tensor.Tensor;

/**
 * Greedy top-down growth of one tree, shared by classification and regression: each node takes the split
 * (feature j, threshold t) with the lowest children cost among the features tried, then its two children are grown
 * the same way, depth first, until a stopping rule makes it a leaf (pure, max depth, too few rows, no valid split).
 *
 * <p>Exact and fast: every feature's rows are sorted once per fit; a node owns a contiguous segment of each
 * feature's sorted order, so its thresholds are scanned in one pass with running sums, the candidates being the
 * midpoints between consecutive distinct values. After a split every feature's segment is partitioned stably into
 * the left rows then the right rows, which keeps both sorted. Rows with weight 0 take no part. Ties in cost go to
 * the lowest feature index, then the lowest threshold.
 */
abstract class TreeGrower {

    final int n;
    final int d;
    /** The rows with weight &gt; 0. */
    final int m;
    /** x column by column: x[i][j] at j·n + i. */
    final double[] columns;
    final double[] weights;
    /** For each feature j, the segment [j·m, (j+1)·m) holds rows, sorted by x[·][j] within each node's range. */
    final int[] order;
    final int minSamplesLeaf;
    private final TreeParams params;
    private final boolean[] goesLeft;
    private final int[] buffer;
    private final int[] pool;
    private final Rng rng;
    private final int width;

    private int count;
    private int[] feature;
    private double[] threshold;
    private int[] left;
    private int[] right;
    double[] impurity;
    private int[] samples;
    double[] weight;
    double[] values;

    private double bestCost;
    private int bestFeature;
    private int bestLeft;
    private double bestThreshold;

    /**
     * @param x       n×d features, checked by the caller. Not modified.
     * @param weights n sample weights ≥ 0, not all 0, checked by the caller. Not modified.
     * @param width   numbers per node value (k classes, or 1)
     */
    TreeGrower(Tensor x, double[] weights, TreeParams params, int width) {
        this.n = x.rows();
        this.d = x.cols();
        this.params = params;
        this.width = width;
        this.weights = weights;
        this.minSamplesLeaf = params.minSamplesLeaf();
        this.columns = transpose(x.data(), n, d);
        int[] rows = positiveRows(weights);
        this.m = rows.length;
        this.order = new int[d * m];
        presort(rows);
        this.goesLeft = new boolean[n];
        this.buffer = new int[m];
        this.pool = new int[d];
        for (int j = 0; j < d; j++) {
            pool[j] = j;
        }
        this.rng = new Rng(params.seed());
        allocate(Math.min(2 * m, 64));
    }

    /** Grows the whole tree from all rows of weight &gt; 0. */
    final FittedTree grow() {
        build(0, m, 0);
        return new FittedTree(d, width, Arrays.copyOf(feature, count), Arrays.copyOf(threshold, count),
                Arrays.copyOf(left, count), Arrays.copyOf(right, count), Arrays.copyOf(impurity, count),
                Arrays.copyOf(samples, count), Arrays.copyOf(weight, count), Arrays.copyOf(values, count * width));
    }

    /**
     * Fills impurity[node], weight[node] and the node's value from the rows order[start … end) (of feature 0),
     * and prepares {@link #scan} for this node.
     *
     * @return true if the node is pure (a single class, or a constant target): no split can improve it
     */
    abstract boolean describe(int node, int start, int end);

    /**
     * Scans every threshold of feature j for the current node (rows order[j·m + start … j·m + end)), offering
     * the cheapest valid one via {@link #offer}.
     */
    abstract void scan(int j, int start, int end);

    /**
     * A candidate split of the current node: the first {@code numLeft} rows of feature j's sorted segment go left.
     * Kept if its cost is lower than the best so far (on a tie, if j is a lower feature index).
     *
     * @param low  the largest value going left
     * @param high the smallest value going right, &gt; low
     */
    final void offer(double cost, int j, int numLeft, double low, double high) {
        if (cost < bestCost || (cost == bestCost && j < bestFeature)) {
            bestCost = cost;
            bestFeature = j;
            bestLeft = numLeft;
            double middle = low / 2 + high / 2;
            bestThreshold = middle == high || Double.isInfinite(middle) ? low : middle;
        }
    }

    private int build(int start, int end, int depth) {
        int node = count++;
        if (node == feature.length) {
            allocate(2 * node);
        }
        feature[node] = -1;
        threshold[node] = Double.NaN;
        left[node] = -1;
        right[node] = -1;
        samples[node] = end - start;
        boolean pure = describe(node, start, end);
        int size = end - start;
        if (pure || depth >= params.maxDepth() || size < params.minSamplesSplit() || size < 2 * minSamplesLeaf) {
            return node;
        }
        bestCost = Double.POSITIVE_INFINITY;
        bestFeature = -1;
        search(start, end);
        if (bestFeature < 0) {
            return node;
        }
        int j = bestFeature;
        int middle = start + bestLeft;
        feature[node] = j;
        threshold[node] = bestThreshold;
        partition(j, start, middle, end);
        int leftChild = build(start, middle, depth + 1);
        left[node] = leftChild;
        int rightChild = build(middle, end, depth + 1);
        right[node] = rightChild;
        return node;
    }

    /** Scans all features, or the first maxFeatures non-constant ones of a random order. */
    private void search(int start, int end) {
        int tries = params.maxFeatures() <= 0 || params.maxFeatures() >= d ? d : params.maxFeatures();
        if (tries == d) {
            for (int j = 0; j < d; j++) {
                if (!constant(j, start, end)) {
                    scan(j, start, end);
                }
            }
            return;
        }
        int found = 0;
        for (int i = 0; i < d && found < tries; i++) {
            int pick = i + rng.nextInt(d - i);
            int j = pool[pick];
            pool[pick] = pool[i];
            pool[i] = j;
            if (!constant(j, start, end)) {
                found++;
                scan(j, start, end);
            }
        }
    }

    private boolean constant(int j, int start, int end) {
        return columns[j * n + order[j * m + start]] == columns[j * n + order[j * m + end - 1]];
    }

    /** Splits every feature's segment [start, end) stably into the rows going left, then those going right. */
    private void partition(int j, int start, int middle, int end) {
        int base = j * m;
        for (int p = start; p < end; p++) {
            goesLeft[order[base + p]] = p < middle;
        }
        for (int g = 0; g < d; g++) {
            if (g == j) {
                continue;  // already in order: its first rows are the left ones
            }
            int segment = g * m;
            int write = segment + start;
            int spilled = 0;
            for (int p = segment + start; p < segment + end; p++) {
                int row = order[p];
                if (goesLeft[row]) {
                    order[write++] = row;
                } else {
                    buffer[spilled++] = row;
                }
            }
            System.arraycopy(buffer, 0, order, write, spilled);
        }
    }

    /** Sorts each feature's rows by value (ties by row index), via 64-bit keys and one insertion pass. */
    private void presort(int[] rows) {
        int indexBits = 32 - Integer.numberOfLeadingZeros(Math.max(m - 1, 1));
        long indexMask = (1L << indexBits) - 1;
        long[] keys = new long[m];
        for (int j = 0; j < d; j++) {
            int column = j * n;
            for (int p = 0; p < m; p++) {
                long bits = Double.doubleToLongBits(columns[column + rows[p]] + 0.0);  // + 0.0 turns −0 into 0
                bits ^= (bits >> 63) & Long.MAX_VALUE;  // now ordered as the doubles, as signed longs
                keys[p] = (bits & ~indexMask) | p;     // coarse value in the high bits, position in the low ones
            }
            Arrays.sort(keys);
            int base = j * m;
            for (int p = 0; p < m; p++) {
                order[base + p] = rows[(int) (keys[p] & indexMask)];
            }
            for (int p = base + 1; p < base + m; p++) {  // fix values that differ only in the dropped low bits
                int row = order[p];
                double value = columns[column + row];
                int q = p;
                while (q > base && columns[column + order[q - 1]] > value) {
                    order[q] = order[q - 1];
                    q--;
                }
                order[q] = row;
            }
        }
    }

    private void allocate(int capacity) {
        feature = feature == null ? new int[capacity] : Arrays.copyOf(feature, capacity);
        threshold = threshold == null ? new double[capacity] : Arrays.copyOf(threshold, capacity);
        left = left == null ? new int[capacity] : Arrays.copyOf(left, capacity);
        right = right == null ? new int[capacity] : Arrays.copyOf(right, capacity);
        impurity = impurity == null ? new double[capacity] : Arrays.copyOf(impurity, capacity);
        samples = samples == null ? new int[capacity] : Arrays.copyOf(samples, capacity);
        weight = weight == null ? new double[capacity] : Arrays.copyOf(weight, capacity);
        values = values == null ? new double[capacity * width] : Arrays.copyOf(values, capacity * width);
    }

    private static int[] positiveRows(double[] weights) {
        int positive = 0;
        for (double w : weights) {
            positive += w > 0 ? 1 : 0;
        }
        int[] rows = new int[positive];
        for (int i = 0, p = 0; i < weights.length; i++) {
            if (weights[i] > 0) {
                rows[p++] = i;
            }
        }
        return rows;
    }

    private static double[] transpose(double[] data, int n, int d) {
        double[] columns = new double[n * d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                columns[j * n + i] = data[i * d + j];
            }
        }
        return columns;
    }
}

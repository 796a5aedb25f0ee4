package org.mlworkbook.tree;

import java.util.Arrays;
import org.mlworkbook.math.Rng;
import org.mlworkbook.tensor.Tensor;

/**
 * Greedy top-down growth of one tree, shared by classification and regression: each node takes the split
 * (feature j, threshold t) with the lowest children cost among the features tried, then its two children are grown
 * the same way, depth first, until a stopping rule makes it a leaf (pure, max depth, too few rows, no valid split).
 *
 * <p>Exact and fast: every feature's rows are sorted once per fit (radix sort); a node owns a contiguous segment of each
 * feature's sorted order, so its thresholds are scanned in one pass with running sums, the candidates being the
 * midpoints between consecutive distinct values. After a split the segment of every feature that still varies in
 * the node is partitioned stably into the left rows then the right rows, which keeps both sorted (a feature constant
 * in a node stays constant below it and is never scanned again). Rows with weight 0 take no part. Ties in cost go
 * to the lowest feature index, then the lowest threshold.
 */
abstract class TreeGrower {

    /** Relative difference below which two split costs count as equal. */
    private static final double TIE_TOLERANCE = 1e-12;

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
    /** 1 for the rows of the node being split that go left, else 0. */
    private final byte[] goesLeft;
    private final int[] buffer;
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
        this.goesLeft = new byte[n];
        this.buffer = new int[m];
        this.rng = new Rng(params.seed());
        allocate(Math.min(2 * m, 64));
    }

    /** Grows the whole tree from all rows of weight &gt; 0. */
    final FittedTree grow() {
        int[] all = new int[d];
        for (int j = 0; j < d; j++) {
            all[j] = j;
        }
        build(0, m, 0, all, 0);
        return new FittedTree(d, width, Arrays.copyOf(feature, count), Arrays.copyOf(threshold, count),
                Arrays.copyOf(left, count), Arrays.copyOf(right, count), Arrays.copyOf(impurity, count),
                Arrays.copyOf(samples, count), Arrays.copyOf(weight, count), Arrays.copyOf(values, count * width));
    }

    /**
     * Fills impurity[node], weight[node] and the node's value from the rows order[from … to) (the node's rows,
     * in some feature's sorted order), and prepares {@link #scan} for this node.
     *
     * @return true if the node is pure (a single class, or a constant target): no split can improve it
     */
    abstract boolean describe(int node, int from, int to);

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
        if (lower(cost, bestCost) || (!lower(bestCost, cost) && j < bestFeature)) {
            bestCost = cost;
            bestFeature = j;
            bestLeft = numLeft;
            double middle = low / 2 + high / 2;
            bestThreshold = middle == high || Double.isInfinite(middle) ? low : middle;
        }
    }

    /**
     * Grows the subtree of rows [start, end) and returns its root's index.
     *
     * @param candidates the features not known to be constant here (constant in an ancestor means constant here);
     *                   only they are scanned and kept sorted
     * @param sorted     a feature whose segment holds exactly this node's rows (the parent's split feature)
     */
    /**
     * True if cost a is lower than b by more than rounding: a &lt; b − 10⁻¹²·max(|a|, |b|). The same split found
     * through different features (or sums in another order) may differ in the last bits; within that tolerance
     * two costs tie, and the tie rule (lower feature, lower threshold) decides.
     */
    static boolean lower(double a, double b) {
        return Double.isInfinite(b) ? a < b : a < b - TIE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
    }

    private int build(int start, int end, int depth, int[] candidates, int sorted) {
        int node = count++;
        if (node == feature.length) {
            allocate(2 * node);
        }
        feature[node] = -1;
        threshold[node] = Double.NaN;
        left[node] = -1;
        right[node] = -1;
        samples[node] = end - start;
        boolean pure = describe(node, sorted * m + start, sorted * m + end);
        int size = end - start;
        if (pure || depth >= params.maxDepth() || size < params.minSamplesSplit() || size < 2 * minSamplesLeaf) {
            return node;
        }
        int[] varying = varying(candidates, start, end);
        bestCost = Double.POSITIVE_INFINITY;
        bestFeature = -1;
        search(varying, start, end);
        if (bestFeature < 0) {
            return node;
        }
        int j = bestFeature;
        int middle = start + bestLeft;
        feature[node] = j;
        threshold[node] = bestThreshold;
        partition(j, varying, start, middle, end);
        int leftChild = build(start, middle, depth + 1, varying, j);
        left[node] = leftChild;
        int rightChild = build(middle, end, depth + 1, varying, j);
        right[node] = rightChild;
        return node;
    }

    /** The candidates whose values are not all equal in rows [start, end). */
    private int[] varying(int[] candidates, int start, int end) {
        int[] varying = new int[candidates.length];
        int count = 0;
        for (int j : candidates) {
            if (columns[j * n + order[j * m + start]] != columns[j * n + order[j * m + end - 1]]) {
                varying[count++] = j;
            }
        }
        return count == varying.length ? varying : Arrays.copyOf(varying, count);
    }

    /**
     * Scans all varying features in index order, or maxFeatures of them drawn at random (all when fewer vary);
     * features constant in the node do not count, as in scikit-learn.
     */
    private void search(int[] varying, int start, int end) {
        int tries = params.maxFeatures() <= 0 ? varying.length : Math.min(params.maxFeatures(), varying.length);
        if (tries == varying.length) {
            for (int j : varying) {
                scan(j, start, end);
            }
            return;
        }
        int[] drawn = varying.clone();
        for (int i = 0; i < tries; i++) {
            int pick = i + rng.nextInt(drawn.length - i);
            int j = drawn[pick];
            drawn[pick] = drawn[i];
            drawn[i] = j;
            scan(j, start, end);
        }
    }

    /**
     * Splits the segment [start, end) of every varying feature stably into the rows going left, then those going
     * right (the others are constant in both children and never scanned again).
     */
    private void partition(int j, int[] varying, int start, int middle, int end) {
        int base = j * m;
        for (int p = start; p < end; p++) {
            goesLeft[order[base + p]] = (byte) (p < middle ? 1 : 0);
        }
        for (int g : varying) {
            if (g == j) {
                continue;  // already in order: its first rows are the left ones
            }
            int segment = g * m;
            int write = segment + start;
            int spilled = 0;
            for (int p = segment + start; p < segment + end; p++) {
                int row = order[p];
                int left = goesLeft[row];
                order[write] = row;      // without a branch: write the row to both places,
                buffer[spilled] = row;   // then advance only the one it belongs to
                write += left;
                spilled += 1 - left;
            }
            System.arraycopy(buffer, 0, order, write, spilled);
        }
    }

    /**
     * Sorts each feature's rows by value, ties by row index: a stable LSD radix sort of the values' bits (made to
     * order as unsigned numbers as the doubles do), one byte per pass, skipping the bytes all values share (most
     * of them for small integers such as pixel intensities).
     */
    private void presort(int[] rows) {
        long[] keys = new long[m];
        long[] keysSwap = new long[m];
        int[] items = new int[m];
        int[] itemsSwap = new int[m];
        int[] count = new int[257];
        for (int j = 0; j < d; j++) {
            int column = j * n;
            long differing = 0;  // the bits in which some key differs from the first
            long first = 0;
            for (int p = 0; p < m; p++) {
                long bits = Double.doubleToLongBits(columns[column + rows[p]] + 0.0);  // + 0.0 turns −0 into 0
                long key = bits ^ ((bits >> 63) | Long.MIN_VALUE);  // negatives: flip all; positives: the sign
                first = p == 0 ? key : first;
                differing |= key ^ first;
                keys[p] = key;
                items[p] = rows[p];
            }
            for (int shift = 0; shift < 64; shift += 8) {
                if (((differing >>> shift) & 0xFF) == 0) {
                    continue;  // every key has this byte: the pass would not move anything
                }
                Arrays.fill(count, 0);
                for (int p = 0; p < m; p++) {
                    count[(int) ((keys[p] >>> shift) & 0xFF) + 1]++;
                }
                for (int b = 0; b < 256; b++) {
                    count[b + 1] += count[b];
                }
                for (int p = 0; p < m; p++) {
                    int target = count[(int) ((keys[p] >>> shift) & 0xFF)]++;
                    keysSwap[target] = keys[p];
                    itemsSwap[target] = items[p];
                }
                long[] k = keys;
                keys = keysSwap;
                keysSwap = k;
                int[] r = items;
                items = itemsSwap;
                itemsSwap = r;
            }
            System.arraycopy(items, 0, order, j * m, m);
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
        for (int j = 0; j < d; j++) {
            for (int i = 0; i < n; i++) {
                columns[j * n + i] = data[i * d + j];
            }
        }
        return columns;
    }
}

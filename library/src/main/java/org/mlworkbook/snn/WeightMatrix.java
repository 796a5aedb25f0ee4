package org.mlworkbook.snn;

import java.util.Arrays;
import org.mlworkbook.math.Rng;

/**
 * The synaptic weights w_ij from presynaptic neuron i (row) to postsynaptic neuron j (column), in mV, stored by
 * rows (compressed sparse rows: for each i the targets j and weights w_ij). A dense matrix stores every entry, so
 * learning can grow a zero weight; a sparse one stores only its synapses. Weights are changed in place by
 * {@link Stdp} and {@link #normalizeIncoming}.
 */
public final class WeightMatrix {

    private final int rows;
    private final int cols;
    private final int[] rowStart;
    private final int[] targets;
    private final double[] weights;
    private final boolean dense;
    /** For each column j the positions (slots) of its synapses in {@code targets}/{@code weights}, and their rows. */
    private final int[] colStart;
    private final int[] colSlots;
    private final int[] colSources;

    private WeightMatrix(int rows, int cols, int[] rowStart, int[] targets, double[] weights, boolean dense) {
        this.rows = rows;
        this.cols = cols;
        this.rowStart = rowStart;
        this.targets = targets;
        this.weights = weights;
        this.dense = dense;
        colStart = new int[cols + 1];
        for (int t : targets) {
            colStart[t + 1]++;
        }
        for (int j = 0; j < cols; j++) {
            colStart[j + 1] += colStart[j];
        }
        colSlots = new int[targets.length];
        colSources = new int[targets.length];
        int[] fill = Arrays.copyOf(colStart, cols);
        for (int i = 0; i < rows; i++) {
            for (int s = rowStart[i]; s < rowStart[i + 1]; s++) {
                int at = fill[targets[s]]++;
                colSlots[at] = s;
                colSources[at] = i;
            }
        }
    }

    /**
     * A dense matrix: w_ij = values[i][j] for every pair.
     *
     * @param values nPre rows of nPost finite weights, not ragged. Not modified (copied).
     * @throws IllegalArgumentException if values is empty, ragged or holds NaN/±∞
     */
    public static WeightMatrix dense(double[][] values) {
        if (values == null || values.length == 0 || values[0] == null || values[0].length == 0) {
            throw new IllegalArgumentException("dense: values expected at least a 1×1 matrix, got "
                    + (values == null ? "null" : values.length == 0 ? "0 rows" : "an empty row 0"));
        }
        int cols = values[0].length;
        int[] rowStart = new int[values.length + 1];
        int[] targets = new int[values.length * cols];
        double[] weights = new double[values.length * cols];
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null || values[i].length != cols) {
                throw new IllegalArgumentException(String.format("dense: values expected rows of length %d, got %s at row %d",
                        cols, values[i] == null ? "null" : Integer.toString(values[i].length), i));
            }
            SpikeArgs.finiteValues("dense", "values[" + i + "]", values[i]);
            for (int j = 0; j < cols; j++) {
                targets[i * cols + j] = j;
                weights[i * cols + j] = values[i][j];
            }
            rowStart[i + 1] = (i + 1) * cols;
        }
        return new WeightMatrix(values.length, cols, rowStart, targets, weights, true);
    }

    /**
     * A sparse matrix with the synapses (pre[s] → post[s], weight w[s]); no pair twice.
     *
     * @throws IllegalArgumentException if a size is &lt; 1, the arrays differ in length, an index is out of range,
     *                                  a pair repeats or a weight is not finite
     */
    public static WeightMatrix sparse(int rows, int cols, int[] pre, int[] post, double[] w) {
        SpikeArgs.atLeastOne("sparse", "rows", rows);
        SpikeArgs.atLeastOne("sparse", "cols", cols);
        SpikeArgs.finiteValues("sparse", "w", w);
        if (pre == null || post == null || pre.length != w.length || post.length != w.length) {
            throw new IllegalArgumentException(String.format("sparse: pre, post and w expected the same length, got %s, %s "
                    + "and %d", pre == null ? "null" : pre.length, post == null ? "null" : post.length, w.length));
        }
        int[] rowStart = new int[rows + 1];
        for (int s = 0; s < pre.length; s++) {
            if (pre[s] < 0 || pre[s] >= rows || post[s] < 0 || post[s] >= cols) {
                throw new IllegalArgumentException(String.format("sparse: synapse %d expected indices in [0, %d)×[0, %d), "
                        + "got (%d, %d)", s, rows, cols, pre[s], post[s]));
            }
            rowStart[pre[s] + 1]++;
        }
        for (int i = 0; i < rows; i++) {
            rowStart[i + 1] += rowStart[i];
        }
        Integer[] order = new Integer[pre.length];
        for (int s = 0; s < order.length; s++) {
            order[s] = s;
        }
        Arrays.sort(order, (a, b) -> pre[a] != pre[b] ? Integer.compare(pre[a], pre[b]) : Integer.compare(post[a], post[b]));
        int[] targets = new int[pre.length];
        double[] weights = new double[pre.length];
        for (int s = 0; s < order.length; s++) {
            if (s > 0 && pre[order[s]] == pre[order[s - 1]] && post[order[s]] == post[order[s - 1]]) {
                throw new IllegalArgumentException(String.format("sparse: synapses expected distinct pairs, got (%d, %d) twice",
                        pre[order[s]], post[order[s]]));
            }
            targets[s] = post[order[s]];
            weights[s] = w[order[s]];
        }
        return new WeightMatrix(rows, cols, rowStart, targets, weights, false);
    }

    /**
     * A sparse random matrix: each pair (i, j) is a synapse with probability p (one uniform per pair, row by row,
     * from {@code Rng(seed)}), all of weight w; i = j is skipped unless selfConnections.
     *
     * @throws IllegalArgumentException if a size is &lt; 1, p is outside [0, 1] or w is not finite
     */
    public static WeightMatrix random(int rows, int cols, double p, double w, boolean selfConnections, long seed) {
        SpikeArgs.atLeastOne("random", "rows", rows);
        SpikeArgs.atLeastOne("random", "cols", cols);
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("random: p expected a value in [0, 1], got " + p);
        }
        SpikeArgs.finite("random", "w", w);
        Rng rng = new Rng(seed);
        int[] rowStart = new int[rows + 1];
        int[] targets = new int[16];
        int k = 0;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                if (rng.uniform() < p && (selfConnections || i != j)) {
                    if (k == targets.length) {
                        targets = Arrays.copyOf(targets, 2 * k);
                    }
                    targets[k++] = j;
                }
            }
            rowStart[i + 1] = k;
        }
        double[] weights = new double[k];
        Arrays.fill(weights, w);
        return new WeightMatrix(rows, cols, rowStart, Arrays.copyOf(targets, k), weights, false);
    }

    /** The number of presynaptic neurons (rows). */
    public int rows() {
        return rows;
    }

    /** The number of postsynaptic neurons (columns). */
    public int cols() {
        return cols;
    }

    /** The number of stored synapses (rows × cols for a dense matrix). */
    public int synapses() {
        return weights.length;
    }

    /** Whether every entry is stored. */
    public boolean isDense() {
        return dense;
    }

    /** "rows×cols", e.g. "1000×1000". */
    public String shapeString() {
        return rows + "×" + cols;
    }

    /** w_ij, 0 where there is no synapse. @throws IllegalArgumentException if an index is out of range */
    public double get(int i, int j) {
        if (i < 0 || i >= rows || j < 0 || j >= cols) {
            throw new IllegalArgumentException(String.format("get: (i, j) expected in [0, %d)×[0, %d), got (%d, %d)",
                    rows, cols, i, j));
        }
        for (int s = rowStart[i]; s < rowStart[i + 1]; s++) {
            if (targets[s] == j) {
                return weights[s];
            }
        }
        return 0;
    }

    /** The full matrix W (rows × cols), zeros where there is no synapse. */
    public double[][] toDense() {
        double[][] w = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int s = rowStart[i]; s < rowStart[i + 1]; s++) {
                w[i][targets[s]] = weights[s];
            }
        }
        return w;
    }

    /** Column j: the weights w_·j onto neuron j (length rows). */
    public double[] incoming(int j) {
        double[] w = new double[rows];
        for (int c = colStart[j]; c < colStart[j + 1]; c++) {
            w[colSources[c]] = weights[colSlots[c]];
        }
        return w;
    }

    /**
     * Synaptic normalisation of column j: every w_ij ← w_ij · W / Σ_i w_ij, so the incoming weights of neuron j
     * sum to the fixed resource W (nothing happens if the sum is 0). Modified in place.
     */
    public void normalizeIncoming(int j, double total) {
        double sum = 0;
        for (int c = colStart[j]; c < colStart[j + 1]; c++) {
            sum += weights[colSlots[c]];
        }
        if (sum != 0) {
            double scale = total / sum;
            for (int c = colStart[j]; c < colStart[j + 1]; c++) {
                weights[colSlots[c]] *= scale;
            }
        }
    }

    /** Adds w_ij · scale to into[j] for every synapse of row i. */
    void deliver(int i, double scale, double[] into) {
        for (int s = rowStart[i]; s < rowStart[i + 1]; s++) {
            into[targets[s]] += scale * weights[s];
        }
    }

    /** Row i: w_ij ← clip(w_ij + change · trace[j], min, max) over the synapses of row i. */
    void addToRow(int i, double change, double[] trace, double min, double max) {
        for (int s = rowStart[i]; s < rowStart[i + 1]; s++) {
            weights[s] = Math.min(max, Math.max(min, weights[s] + change * trace[targets[s]]));
        }
    }

    /** Column j: w_ij ← clip(w_ij + change · trace[i], min, max) over the synapses of column j. */
    void addToColumn(int j, double change, double[] trace, double min, double max) {
        for (int c = colStart[j]; c < colStart[j + 1]; c++) {
            int s = colSlots[c];
            weights[s] = Math.min(max, Math.max(min, weights[s] + change * trace[colSources[c]]));
        }
    }

    @Override
    public String toString() {
        return String.format("WeightMatrix(%s, %s, %d synapses)", shapeString(), dense ? "dense" : "sparse", synapses());
    }
}

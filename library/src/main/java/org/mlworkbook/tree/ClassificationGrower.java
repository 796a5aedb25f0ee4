package org.mlworkbook.tree;

import java.util.Arrays;
import org.mlworkbook.tensor.Tensor;

/**
 * Grows a classification tree. A node's value is its class weights w_c = Σ_{i in node, yᵢ = c} sᵢ (sᵢ the
 * sample weights); a split's cost is W_L·I(L) + W_R·I(R), up to terms that are the same for every split of the
 * node: −(Σ_c l_c²/W_L + Σ_c r_c²/W_R) for Gini, (W_L ln W_L − Σ_c l_c ln l_c) + (W_R ln W_R − Σ_c r_c ln r_c)
 * for entropy, with l_c, r_c the class weights going left and right.
 */
final class ClassificationGrower extends TreeGrower {

    private final int[] y;
    private final int k;
    private final Criterion criterion;
    private final double[] nodeTotals;
    private final double[] leftTotals;
    private double nodeWeight;
    /** Σ_c w_c² of the current node. */
    private double nodeSquares;
    /** v ln v for v = 0 … Σ sᵢ when every weight is a whole number (counts, bootstrap multiplicities), else null. */
    private final double[] xLogX;

    ClassificationGrower(Tensor x, int[] y, double[] weights, TreeParams params, Criterion criterion, int k) {
        super(x, weights, params, k);
        this.y = y;
        this.k = k;
        this.criterion = criterion;
        this.nodeTotals = new double[k];
        this.leftTotals = new double[k];
        this.xLogX = criterion == Criterion.ENTROPY ? wholeNumberTable(weights) : null;
    }

    /** The table of v ln v for whole-number weights with a total up to 2²⁴, else null (then ln is called). */
    private static double[] wholeNumberTable(double[] weights) {
        double total = 0;
        for (double w : weights) {
            if (w != Math.rint(w)) {
                return null;
            }
            total += w;
        }
        if (total > 1 << 24) {
            return null;
        }
        double[] table = new double[(int) total + 1];
        for (int v = 1; v < table.length; v++) {
            table[v] = v * Math.log(v);
        }
        return table;
    }

    /** v ln v, 0 for v = 0. */
    private double xLogX(double v) {
        if (xLogX != null) {
            return xLogX[(int) v];
        }
        return v > 0 ? v * Math.log(v) : 0;
    }

    @Override
    boolean describe(int node, int from, int to) {
        Arrays.fill(nodeTotals, 0);
        for (int p = from; p < to; p++) {
            int row = order[p];
            nodeTotals[y[row]] += weights[row];
        }
        nodeWeight = 0;
        nodeSquares = 0;
        int classes = 0;
        for (int c = 0; c < k; c++) {
            nodeWeight += nodeTotals[c];
            nodeSquares += nodeTotals[c] * nodeTotals[c];
            classes += nodeTotals[c] > 0 ? 1 : 0;
        }
        System.arraycopy(nodeTotals, 0, values, node * k, k);
        weight[node] = nodeWeight;
        impurity[node] = criterion.impurity(nodeTotals);
        return classes <= 1;
    }

    @Override
    void scan(int j, int start, int end) {
        Arrays.fill(leftTotals, 0);
        double leftWeight = 0;
        int base = j * m;
        int column = j * n;
        int size = end - start;
        double best = Double.POSITIVE_INFINITY;
        int bestLeft = -1;
        double low = 0;
        double high = 0;
        int row = order[base + start];
        double value = columns[column + row];
        boolean gini = criterion == Criterion.GINI;
        double leftSquares = 0;              // Σ_c l_c², kept up to date row by row for Gini
        double rightSquares = nodeSquares;   // Σ_c r_c²
        for (int p = start; p < end - 1; p++) {
            double w = weights[row];
            int c = y[row];
            double l = leftTotals[c];
            if (gini) {
                double r = nodeTotals[c] - l;
                leftSquares += w * (2 * l + w);   // (l + w)² − l²
                rightSquares += w * (w - 2 * r);  // (r − w)² − r²
            }
            leftTotals[c] = l + w;
            leftWeight += w;
            int nextRow = order[base + p + 1];
            double next = columns[column + nextRow];
            int numLeft = p + 1 - start;
            if (next > value && numLeft >= minSamplesLeaf && size - numLeft >= minSamplesLeaf) {
                double cost = gini ? -(leftSquares / leftWeight + rightSquares / (nodeWeight - leftWeight))
                        : entropyCost(leftWeight);
                if (lower(cost, best)) {
                    best = cost;
                    bestLeft = numLeft;
                    low = value;
                    high = next;
                }
            }
            row = nextRow;
            value = next;
        }
        if (bestLeft > 0) {
            offer(best, j, bestLeft, low, high);
        }
    }

    /** (W_L ln W_L − Σ_c l_c ln l_c) + (W_R ln W_R − Σ_c r_c ln r_c): W·H in nats, summed over both sides. */
    private double entropyCost(double leftWeight) {
        double cost = xLogX(leftWeight) + xLogX(nodeWeight - leftWeight);
        for (int c = 0; c < k; c++) {
            double l = leftTotals[c];
            cost -= xLogX(l) + xLogX(nodeTotals[c] - l);
        }
        return cost;
    }
}

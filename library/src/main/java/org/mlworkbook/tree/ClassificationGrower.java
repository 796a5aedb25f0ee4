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

    ClassificationGrower(Tensor x, int[] y, double[] weights, TreeParams params, Criterion criterion, int k) {
        super(x, weights, params, k);
        this.y = y;
        this.k = k;
        this.criterion = criterion;
        this.nodeTotals = new double[k];
        this.leftTotals = new double[k];
    }

    @Override
    boolean describe(int node, int start, int end) {
        Arrays.fill(nodeTotals, 0);
        for (int p = start; p < end; p++) {
            int row = order[p];
            nodeTotals[y[row]] += weights[row];
        }
        nodeWeight = 0;
        int classes = 0;
        for (int c = 0; c < k; c++) {
            nodeWeight += nodeTotals[c];
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
        for (int p = start; p < end - 1; p++) {
            double w = weights[row];
            leftTotals[y[row]] += w;
            leftWeight += w;
            int nextRow = order[base + p + 1];
            double next = columns[column + nextRow];
            int numLeft = p + 1 - start;
            if (next > value && numLeft >= minSamplesLeaf && size - numLeft >= minSamplesLeaf) {
                double cost = cost(leftWeight);
                if (cost < best) {
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

    private double cost(double leftWeight) {
        double rightWeight = nodeWeight - leftWeight;
        if (criterion == Criterion.GINI) {
            double leftSquares = 0;
            double rightSquares = 0;
            for (int c = 0; c < k; c++) {
                double l = leftTotals[c];
                double r = nodeTotals[c] - l;
                leftSquares += l * l;
                rightSquares += r * r;
            }
            return -(leftSquares / leftWeight + rightSquares / rightWeight);
        }
        double cost = leftWeight * Math.log(leftWeight) + rightWeight * Math.log(rightWeight);
        for (int c = 0; c < k; c++) {
            double l = leftTotals[c];
            double r = nodeTotals[c] - l;
            cost -= (l > 0 ? l * Math.log(l) : 0) + (r > 0 ? r * Math.log(r) : 0);
        }
        return cost;
    }
}

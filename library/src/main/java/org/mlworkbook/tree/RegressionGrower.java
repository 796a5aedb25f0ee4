package org.mlworkbook.tree;

import org.mlworkbook.tensor.Tensor;

/**
 * Grows a regression tree. A node's value is its weighted mean ȳ = Σ sᵢyᵢ / Σ sᵢ and its impurity the weighted
 * variance Σ sᵢ(yᵢ − ȳ)² / Σ sᵢ (the squared error of predicting ȳ); a split's cost W_L·V(L) + W_R·V(R) equals,
 * up to a constant of the node, −(S_L²/W_L + S_R²/W_R) with S the summed sᵢ(yᵢ − ȳ) going left and right.
 */
final class RegressionGrower extends TreeGrower {

    private final double[] y;
    private double nodeMean;
    private double nodeWeight;

    RegressionGrower(Tensor x, double[] y, double[] weights, TreeParams params) {
        super(x, weights, params, 1);
        this.y = y;
    }

    @Override
    boolean describe(int node, int from, int to) {
        double sum = 0;
        double total = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int p = from; p < to; p++) {
            int row = order[p];
            sum += weights[row] * y[row];
            total += weights[row];
            min = Math.min(min, y[row]);
            max = Math.max(max, y[row]);
        }
        double mean = sum / total;
        double squares = 0;
        for (int p = from; p < to; p++) {
            int row = order[p];
            squares += weights[row] * (y[row] - mean) * (y[row] - mean);
        }
        nodeMean = mean;
        nodeWeight = total;
        values[node] = mean;
        weight[node] = total;
        impurity[node] = squares / total;
        return min == max;
    }

    @Override
    void scan(int j, int start, int end) {
        double leftSum = 0;
        double leftWeight = 0;
        double nodeSum = 0;  // Σ sᵢ(yᵢ − ȳ): 0 up to rounding, summed in the same order as leftSum
        int base = j * m;
        int column = j * n;
        for (int p = start; p < end; p++) {
            int row = order[base + p];
            nodeSum += weights[row] * (y[row] - nodeMean);
        }
        int size = end - start;
        double best = Double.POSITIVE_INFINITY;
        int bestLeft = -1;
        double low = 0;
        double high = 0;
        int row = order[base + start];
        double value = columns[column + row];
        for (int p = start; p < end - 1; p++) {
            leftSum += weights[row] * (y[row] - nodeMean);
            leftWeight += weights[row];
            int nextRow = order[base + p + 1];
            double next = columns[column + nextRow];
            int numLeft = p + 1 - start;
            if (next > value && numLeft >= minSamplesLeaf && size - numLeft >= minSamplesLeaf) {
                double rightSum = nodeSum - leftSum;
                double cost = -(leftSum * leftSum / leftWeight + rightSum * rightSum / (nodeWeight - leftWeight));
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
}

package org.mlworkbook.ensemble;

import java.util.Arrays;

/** Member weights wⱼ of the voting ensembles: finite, ≥ 0, positive sum. */
final class MemberWeights {

    private MemberWeights() {
    }

    /** @return M ones */
    static double[] uniform(int count) {
        double[] ones = new double[count];
        Arrays.fill(ones, 1);
        return ones;
    }

    /** @return Σⱼ wⱼ */
    static double sum(double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        return sum;
    }

    /**
     * @return a copy of the weights
     * @throws IllegalArgumentException on a null array, another length than count, a negative or non-finite
     *                                  weight, or a zero sum
     */
    static double[] require(String method, double[] weights, int count) {
        if (weights == null || weights.length != count) {
            throw new IllegalArgumentException(String.format("%s: weights expected %d values (one per member), got %s",
                    method, count, weights == null ? "null" : String.valueOf(weights.length)));
        }
        for (int j = 0; j < count; j++) {
            if (!(weights[j] >= 0) || !Double.isFinite(weights[j])) {
                throw new IllegalArgumentException(String.format(
                        "%s: weights expected finite values >= 0, got %s at index %d", method, weights[j], j));
            }
        }
        if (sum(weights) <= 0) {
            throw new IllegalArgumentException(method + ": weights expected a positive sum, got all zero");
        }
        return weights.clone();
    }
}

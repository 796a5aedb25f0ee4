package org.mlworkbook.metrics;

import java.util.Arrays;

/**
 * The counts behind ROC and PR curves: for every distinct score t, from the highest down, the number of
 * positives (TP) and negatives (FP) with score ≥ t. Point 0 is the threshold +∞ (nothing predicted positive),
 * so TP₀ = FP₀ = 0. Tied scores form one threshold, so a tie moves the curve diagonally instead of
 * depending on the order of the samples. The positives and the negatives are sorted apart (radix sorts)
 * and then merged from the top: O(n log n).
 *
 * @param thresholds +∞ and then the distinct scores, descending
 * @param truePositives  TPₜ = #{i : yᵢ = 1, sᵢ ≥ t}
 * @param falsePositives FPₜ = #{i : yᵢ = 0, sᵢ ≥ t}
 * @param positives      P, the number of positives
 * @param negatives      N, the number of negatives
 */
record BinaryCounts(double[] thresholds, int[] truePositives, int[] falsePositives, int positives, int negatives) {

    /** Counts for labels 0/1 and finite scores; checks the input first. */
    static BinaryCounts of(String method, int[] yTrue, double[] scores) {
        MetricInputs.requireSameLength(method, "yTrue", yTrue.length, "scores", scores.length);
        MetricInputs.requireBinary(method, "yTrue", yTrue);
        MetricInputs.requireFinite(method, "scores", scores);
        int positives = 0;
        for (int label : yTrue) positives += label;
        double[] positiveScores = new double[positives];
        double[] negativeScores = new double[yTrue.length - positives];
        int p = 0;
        int q = 0;
        for (int i = 0; i < yTrue.length; i++) {
            if (yTrue[i] == 1) positiveScores[p++] = scores[i];
            else negativeScores[q++] = scores[i];
        }
        RadixSort.sort(positiveScores);
        RadixSort.sort(negativeScores);
        double[] thresholds = new double[yTrue.length + 1];
        int[] truePositives = new int[yTrue.length + 1];
        int[] falsePositives = new int[yTrue.length + 1];
        thresholds[0] = Double.POSITIVE_INFINITY;
        int points = 1;
        p = positiveScores.length - 1;  // next positive from the top
        q = negativeScores.length - 1;
        while (p >= 0 || q >= 0) {
            double threshold = Math.max(p >= 0 ? positiveScores[p] : Double.NEGATIVE_INFINITY,
                    q >= 0 ? negativeScores[q] : Double.NEGATIVE_INFINITY);
            while (p >= 0 && positiveScores[p] == threshold) p--;
            while (q >= 0 && negativeScores[q] == threshold) q--;
            thresholds[points] = threshold;
            truePositives[points] = positiveScores.length - 1 - p;
            falsePositives[points] = negativeScores.length - 1 - q;
            points++;
        }
        if (points == thresholds.length) {  // all scores distinct: the arrays are full already
            return new BinaryCounts(thresholds, truePositives, falsePositives, positives, yTrue.length - positives);
        }
        return new BinaryCounts(Arrays.copyOf(thresholds, points), Arrays.copyOf(truePositives, points),
                Arrays.copyOf(falsePositives, points), positives, yTrue.length - positives);
    }

    /** The number of points, distinct scores + 1. */
    int size() {
        return thresholds.length;
    }
}

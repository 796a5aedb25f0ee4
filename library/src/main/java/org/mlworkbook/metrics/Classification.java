package org.mlworkbook.metrics;

/**
 * Classification metrics of predicted labels against true labels 0..K−1, from the counts of a
 * {@link ConfusionMatrix}: accuracy = Σₖ TPₖ / n, and per class k
 * <pre>
 *   precision = TP / (TP + FP)        recall = TP / (TP + FN)
 *   F_β = (1 + β²)·P·R / (β²·P + R) = (1 + β²)·TP / ((1 + β²)·TP + β²·FN + FP),   F₁ = 2PR / (P + R)
 * </pre>
 * A ratio whose denominator is 0 (no predicted positives for precision, no true positives for recall) is 0,
 * as sklearn's {@code zero_division=0}. Per-class arrays have length K = max label + 1; the {@link Average}
 * turns them into one number. Pitfall: accuracy hides a rare class (99 % accuracy by always saying "healthy"),
 * which is why precision, recall and macro averages exist.
 *
 * @see "notebooks/04-metrics-and-losses.ipynb"
 */
public final class Classification {

    /** The β at which F_β is precision (F₀ = TP / (TP + FP)). */
    static final double PRECISION = 0;
    /** The β at which F_β is recall (F_∞ = TP / (TP + FN)). */
    static final double RECALL = Double.POSITIVE_INFINITY;
    /** The β of F₁. */
    static final double F1 = 1;

    private Classification() {
    }

    /**
     * accuracy = (1/n) Σᵢ [ŷᵢ = yᵢ], the fraction of correct predictions.
     *
     * @param yTrue true labels, ≥ 0. Not modified.
     * @param yPred predicted labels, ≥ 0, same length. Not modified.
     * @throws IllegalArgumentException on empty or mismatched arrays or a negative label
     */
    public static double accuracy(int[] yTrue, int[] yPred) {
        MetricInputs.requireSameLength("accuracy", "yTrue", yTrue.length, "yPred", yPred.length);
        MetricInputs.maxLabel("accuracy", "yTrue", yTrue);
        MetricInputs.maxLabel("accuracy", "yPred", yPred);
        int correct = 0;
        for (int i = 0; i < yTrue.length; i++) {
            if (yTrue[i] == yPred[i]) correct++;
        }
        return (double) correct / yTrue.length;
    }

    /**
     * Precision TP / (TP + FP), averaged as {@code average} says; 0 for a class never predicted.
     *
     * @param yTrue true labels, ≥ 0 (0 or 1 for {@link Average#BINARY}). Not modified.
     * @param yPred predicted labels, same length. Not modified.
     * @throws IllegalArgumentException on empty or mismatched arrays, a negative label, or a label other than
     *                                  0/1 with {@link Average#BINARY}
     */
    public static double precision(int[] yTrue, int[] yPred, Average average) {
        return average("precision", yTrue, yPred, average, PRECISION);
    }

    /**
     * Recall TP / (TP + FN), averaged as {@code average} says; 0 for a class with no true samples.
     *
     * @param yTrue true labels, ≥ 0 (0 or 1 for {@link Average#BINARY}). Not modified.
     * @param yPred predicted labels, same length. Not modified.
     * @throws IllegalArgumentException as {@link #precision}
     */
    public static double recall(int[] yTrue, int[] yPred, Average average) {
        return average("recall", yTrue, yPred, average, RECALL);
    }

    /**
     * F₁ = 2·P·R / (P + R), the harmonic mean of precision and recall, averaged as {@code average} says (macro F₁ is
     * the mean of the per-class F₁, not the F₁ of the mean P and R).
     *
     * @param yTrue true labels, ≥ 0 (0 or 1 for {@link Average#BINARY}). Not modified.
     * @param yPred predicted labels, same length. Not modified.
     * @throws IllegalArgumentException as {@link #precision}
     */
    public static double f1(int[] yTrue, int[] yPred, Average average) {
        return average("f1", yTrue, yPred, average, F1);
    }

    /**
     * F_β = (1 + β²)·P·R / (β²·P + R): recall counts β times as much as precision; β = 1 is F₁, β → 0 is precision,
     * β → ∞ is recall.
     *
     * @param yTrue true labels, ≥ 0 (0 or 1 for {@link Average#BINARY}). Not modified.
     * @param yPred predicted labels, same length. Not modified.
     * @param beta  β ≥ 0, finite
     * @throws IllegalArgumentException as {@link #precision}, or if β is negative, NaN or infinite
     */
    public static double fBeta(int[] yTrue, int[] yPred, double beta, Average average) {
        requireBeta("fBeta", beta);
        return average("fBeta", yTrue, yPred, average, beta);
    }

    /**
     * Precision of every class k = 0..K−1 (K = max label + 1); 0 for a class never predicted.
     *
     * @param yTrue true labels, ≥ 0. Not modified.
     * @param yPred predicted labels, ≥ 0, same length. Not modified.
     * @throws IllegalArgumentException on empty or mismatched arrays or a negative label
     */
    public static double[] precisionPerClass(int[] yTrue, int[] yPred) {
        return perClass(ConfusionMatrix.of(yTrue, yPred), PRECISION);
    }

    /**
     * Recall of every class k = 0..K−1; 0 for a class with no true samples.
     *
     * @param yTrue true labels, ≥ 0. Not modified.
     * @param yPred predicted labels, ≥ 0, same length. Not modified.
     * @throws IllegalArgumentException on empty or mismatched arrays or a negative label
     */
    public static double[] recallPerClass(int[] yTrue, int[] yPred) {
        return perClass(ConfusionMatrix.of(yTrue, yPred), RECALL);
    }

    /**
     * F₁ of every class k = 0..K−1.
     *
     * @param yTrue true labels, ≥ 0. Not modified.
     * @param yPred predicted labels, ≥ 0, same length. Not modified.
     * @throws IllegalArgumentException on empty or mismatched arrays or a negative label
     */
    public static double[] f1PerClass(int[] yTrue, int[] yPred) {
        return perClass(ConfusionMatrix.of(yTrue, yPred), F1);
    }

    /**
     * F_β of every class k = 0..K−1.
     *
     * @param yTrue true labels, ≥ 0. Not modified.
     * @param yPred predicted labels, ≥ 0, same length. Not modified.
     * @param beta  β ≥ 0, finite
     * @throws IllegalArgumentException on empty or mismatched arrays, a negative label or a bad β
     */
    public static double[] fBetaPerClass(int[] yTrue, int[] yPred, double beta) {
        requireBeta("fBetaPerClass", beta);
        return perClass(ConfusionMatrix.of(yTrue, yPred), beta);
    }

    /**
     * The F_β of every class from the confusion matrix, F_β = (1 + β²)TP / ((1 + β²)TP + β²FN + FP), 0 when the
     * denominator is 0. β = 0 gives precision and β = +∞ recall, so one formula serves all three metrics.
     */
    static double[] perClass(ConfusionMatrix matrix, double beta) {
        int numClasses = matrix.numClasses();
        double[] values = new double[numClasses];
        for (int c = 0; c < numClasses; c++) {
            values[c] = fBeta(matrix.truePositives(c), matrix.falsePositives(c), matrix.falseNegatives(c), beta);
        }
        return values;
    }

    /**
     * The metric of summed counts when {@code average} is MICRO, else the average of the per-class values
     * (BINARY: the value of class 1; the matrix must have two classes).
     */
    static double average(ConfusionMatrix matrix, double beta, Average average) {
        double[] values = perClass(matrix, beta);
        return switch (average) {
            case BINARY -> values[1];
            case MICRO -> {
                int truePositives = 0;
                for (int c = 0; c < values.length; c++) truePositives += matrix.truePositives(c);
                int errors = matrix.total() - truePositives;  // every error is one FP (its predicted class) and one FN (its true class)
                yield fBeta(truePositives, errors, errors, beta);
            }
            case WEIGHTED -> {
                double sum = 0;
                for (int c = 0; c < values.length; c++) sum += matrix.support(c) * values[c];
                yield sum / matrix.total();
            }
            case MACRO -> {
                double sum = 0;
                int present = 0;
                for (int c = 0; c < values.length; c++) {
                    if (matrix.support(c) + matrix.falsePositives(c) > 0) {  // c is in yTrue ∪ yPred
                        sum += values[c];
                        present++;
                    }
                }
                yield sum / present;
            }
        };
    }

    private static double average(String method, int[] yTrue, int[] yPred, Average average, double beta) {
        if (average == null) {
            throw new IllegalArgumentException(method + ": average expected one of BINARY, MACRO, WEIGHTED, MICRO, got null");
        }
        MetricInputs.requireSameLength(method, "yTrue", yTrue.length, "yPred", yPred.length);
        ConfusionMatrix matrix;
        if (average == Average.BINARY) {
            MetricInputs.requireBinary(method, "yTrue", yTrue);
            MetricInputs.requireBinary(method, "yPred", yPred);
            matrix = ConfusionMatrix.of(yTrue, yPred, 2);
        } else {
            matrix = ConfusionMatrix.of(yTrue, yPred);
        }
        return average(matrix, beta, average);
    }

    private static double fBeta(int truePositives, int falsePositives, int falseNegatives, double beta) {
        double numerator;
        double denominator;
        if (beta == RECALL) {
            numerator = truePositives;
            denominator = truePositives + falseNegatives;
        } else {
            double betaSquared = beta * beta;
            numerator = (1 + betaSquared) * truePositives;
            denominator = numerator + betaSquared * falseNegatives + falsePositives;
        }
        return denominator == 0 ? 0 : numerator / denominator;
    }

    private static void requireBeta(String method, double beta) {
        if (!(beta >= 0) || Double.isInfinite(beta)) {
            throw new IllegalArgumentException(method + ": beta expected finite and >= 0, got " + beta);
        }
    }
}

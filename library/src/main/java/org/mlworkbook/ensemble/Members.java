package org.mlworkbook.ensemble;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.mlworkbook.model.Classifier;
import org.mlworkbook.tensor.Tensor;

/** What the classifier ensembles do with their members' answers: class probabilities on K columns, argmax, stacking. */
final class Members {

    private Members() {
    }

    /**
     * Checks a list of member factories: not null, not empty, no null entry.
     *
     * @return an unmodifiable copy
     */
    static <T> List<Supplier<? extends T>> requireFactories(String method, List<Supplier<? extends T>> factories) {
        if (factories == null || factories.isEmpty()) {
            throw new IllegalArgumentException(method + ": members expected at least one model factory, got "
                    + (factories == null ? "null" : "an empty list"));
        }
        for (int j = 0; j < factories.size(); j++) {
            if (factories.get(j) == null) {
                throw new IllegalArgumentException(method + ": members expected a model factory, got null at index " + j);
            }
        }
        return List.copyOf(factories);
    }

    /**
     * A fresh model from a factory.
     *
     * @throws IllegalArgumentException if the factory returns null
     */
    static <T> T create(Supplier<? extends T> factory, String role) {
        T model = factory.get();
        if (model == null) {
            throw new IllegalArgumentException("fit: " + role + " factory expected a new model, got null");
        }
        return model;
    }

    /**
     * A member's P(y = c | x) on exactly K columns: a member trained on rows without the highest classes returns
     * fewer columns, the missing ones are 0.
     *
     * @return a new m×K row-major array
     * @throws IllegalStateException if the member returns more than K columns
     */
    static double[] probabilities(Classifier member, Tensor x, int numClasses) {
        Tensor p = member.predictProba(x);
        int m = x.rows();
        int k = p.cols();
        if (k > numClasses) {
            throw new IllegalStateException(String.format(
                    "predictProba: member %s expected at most %d classes, returned %d columns", member, numClasses, k));
        }
        double[] src = p.data();
        double[] out = new double[m * numClasses];
        for (int i = 0; i < m; i++) {
            System.arraycopy(src, i * k, out, i * numClasses, k);
        }
        return out;
    }

    /**
     * ŷᵢ = argmax_c scores[i][c], ties to the lowest class.
     *
     * @param scores m×K row-major. Not modified.
     * @return m labels
     */
    static int[] argmaxRows(double[] scores, int numClasses) {
        int[] labels = new int[scores.length / numClasses];
        for (int i = 0; i < labels.length; i++) {
            int best = 0;
            for (int c = 1; c < numClasses; c++) {
                if (scores[i * numClasses + c] > scores[i * numClasses + best]) {
                    best = c;
                }
            }
            labels[i] = best;
        }
        return labels;
    }

    /**
     * The meta-features of blending and stacking: the members' probabilities side by side, columns j·K … j·K + K − 1
     * for member j.
     *
     * @return a new m×(M·K) tensor
     */
    static Tensor stackedProbabilities(List<Classifier> members, Tensor x, int numClasses) {
        List<double[]> parts = new ArrayList<>();
        for (Classifier member : members) {
            parts.add(probabilities(member, x, numClasses));
        }
        return sideBySide(parts, x.rows(), numClasses);
    }

    /**
     * Places M blocks of m×K values side by side.
     *
     * @return a new m×(M·K) tensor
     */
    static Tensor sideBySide(List<double[]> blocks, int rows, int numClasses) {
        int width = blocks.size() * numClasses;
        double[] out = new double[rows * width];
        for (int j = 0; j < blocks.size(); j++) {
            double[] block = blocks.get(j);
            for (int i = 0; i < rows; i++) {
                System.arraycopy(block, i * numClasses, out, i * width + j * numClasses, numClasses);
            }
        }
        return Tensor.wrap(out, rows, width);
    }

    /** @return y at the given rows, in their order */
    static int[] gather(int[] y, int[] rows) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = y[rows[i]];
        }
        return out;
    }

    /** @return y at the given rows, in their order */
    static double[] gather(double[] y, int[] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = y[rows[i]];
        }
        return out;
    }
}

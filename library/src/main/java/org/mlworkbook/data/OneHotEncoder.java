package org.mlworkbook.data;

import java.util.Arrays;
import org.mlworkbook.tensor.Tensor;

/**
 * One-hot encoding of class labels: with the K distinct labels c₀ &lt; c₁ &lt; … &lt; c_{K−1} seen by {@link #fit},
 * label y becomes the row e_k ∈ {0, 1}ᴷ with a single 1 at the position k where c_k = y. A network's softmax
 * output is compared with exactly this row. Coding classes as the numbers 0, 1, 2 instead would tell a model
 * that class 2 is "twice" class 1; one-hot rows are all at the same distance √2 from each other.
 *
 * @see "notebooks/02-learning-and-data.ipynb"
 */
public final class OneHotEncoder {

    private int[] categories;

    /** An unfitted encoder; call {@link #fit} first. */
    public OneHotEncoder() {
    }

    /**
     * Learns the categories: the distinct labels, sorted.
     *
     * @param labels at least one label, each ≥ 0. Not modified.
     * @return this encoder, fitted
     * @throws IllegalArgumentException if labels is empty or has a negative label
     */
    public OneHotEncoder fit(int[] labels) {
        Validation.requireLabels("fit", labels);
        categories = Arrays.stream(labels).distinct().sorted().toArray();
        return this;
    }

    /**
     * The one-hot rows: zᵢₖ = 1 if yᵢ = c_k, else 0.
     *
     * @param labels m labels, each one of the fitted categories. Not modified.
     * @return a new m×K tensor
     * @throws IllegalStateException    if called before {@link #fit}
     * @throws IllegalArgumentException if labels is empty or holds a label not seen by {@link #fit}
     */
    public Tensor transform(int[] labels) {
        int[] fitted = fitted("transform");
        if (labels == null || labels.length == 0) {
            throw new IllegalArgumentException("transform: labels expected at least one label, got none");
        }
        Tensor result = Tensor.zeros(labels.length, fitted.length);
        for (int i = 0; i < labels.length; i++) {
            int k = Arrays.binarySearch(fitted, labels[i]);
            if (k < 0) {
                throw new IllegalArgumentException(String.format(
                        "transform: labels expected one of the fitted categories %s, got unknown label %d at index %d",
                        Arrays.toString(fitted), labels[i], i));
            }
            result.set(1, i, k);
        }
        return result;
    }

    /**
     * {@code fit(labels)} then {@code transform(labels)}.
     *
     * @param labels at least one label, each ≥ 0. Not modified.
     * @return a new n×K tensor
     * @throws IllegalArgumentException as {@link #fit}
     */
    public Tensor fitTransform(int[] labels) {
        return fit(labels).transform(labels);
    }

    /**
     * Back from rows to labels: yᵢ = c_k with k = argmaxₖ zᵢₖ (the first maximum), so it also turns predicted
     * class probabilities into labels.
     *
     * @param encoded m×K, finite. Not modified.
     * @return m labels
     * @throws IllegalStateException    if called before {@link #fit}
     * @throws IllegalArgumentException if encoded is not m×K or holds NaN or ±∞
     */
    public int[] inverseTransform(Tensor encoded) {
        int[] fitted = fitted("inverseTransform");
        Validation.requireMatrix("inverseTransform", "encoded", encoded);
        if (encoded.cols() != fitted.length) {
            throw new IllegalArgumentException(String.format(
                    "inverseTransform: encoded expected %d columns (one per category), got %s",
                    fitted.length, encoded.shapeString()));
        }
        int[] positions = encoded.argmax(1);
        int[] labels = new int[positions.length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = fitted[positions[i]];
        }
        return labels;
    }

    /**
     * @return the K categories c₀ &lt; … &lt; c_{K−1}, column k of the encoding is c_k (a copy)
     * @throws IllegalStateException if called before {@link #fit}
     */
    public int[] categories() {
        return fitted("categories").clone();
    }

    /** @return {@code OneHotEncoder(unfitted)} or {@code OneHotEncoder(categories=[0, 1, 2])} */
    @Override
    public String toString() {
        return categories == null ? "OneHotEncoder(unfitted)"
                : "OneHotEncoder(categories=" + Arrays.toString(categories) + ")";
    }

    private int[] fitted(String method) {
        if (categories == null) {
            throw new IllegalStateException(method + ": called before fit(labels)");
        }
        return categories;
    }
}

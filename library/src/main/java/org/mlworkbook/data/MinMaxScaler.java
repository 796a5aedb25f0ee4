package org.mlworkbook.data;

import org.mlworkbook.model.Transformer;
import org.mlworkbook.tensor.Tensor;

/**
 * Min–max scaling to [0, 1]: x′ᵢⱼ = (xᵢⱼ − minⱼ) / (maxⱼ − minⱼ) with the column minimum and maximum of the data
 * given to {@link #fit}. A constant column gets a range of 1 (so it maps to 0). Rows seen later may fall outside
 * [0, 1]. One outlier squeezes all other values of its column together; {@link StandardScaler} suffers less.
 *
 * <p>Pitfall (leakage): fit on the training rows only, then transform validation and test rows.
 *
 * @see "notebooks/02-learning-and-data.ipynb"
 */
public final class MinMaxScaler implements Transformer {

    private ColumnAffine affine;
    private Tensor max;

    /** An unfitted scaler; call {@link #fit} first. */
    public MinMaxScaler() {
    }

    /**
     * Learns minⱼ and maxⱼ of every column.
     *
     * @param x n×d, n ≥ 1, finite. Not modified.
     * @return this scaler, fitted
     * @throws IllegalArgumentException if x is not 2-D, has no rows, or holds NaN or ±∞
     */
    @Override
    public MinMaxScaler fit(Tensor x) {
        Validation.requireMatrix("fit", "x", x);
        Tensor min = x.min(0);
        max = x.max(0);
        Tensor range = max.sub(min);
        affine = new ColumnAffine(min, ColumnAffine.scaleOrOne(range, range));
        return this;
    }

    /**
     * x′ᵢⱼ = (xᵢⱼ − minⱼ) / (maxⱼ − minⱼ) with the fitted minimum and maximum.
     *
     * @param x m×d, finite. Not modified.
     * @return a new m×d tensor
     * @throws IllegalStateException    if called before {@link #fit}
     * @throws IllegalArgumentException if x does not have d columns or holds NaN or ±∞
     */
    @Override
    public Tensor transform(Tensor x) {
        return fitted("transform").apply("transform", x);
    }

    /**
     * xᵢⱼ = x′ᵢⱼ·(maxⱼ − minⱼ) + minⱼ: undoes {@link #transform}.
     *
     * @param scaled m×d, finite. Not modified.
     * @return a new m×d tensor in the original units
     * @throws IllegalStateException    if called before {@link #fit}
     * @throws IllegalArgumentException if scaled does not have d columns or holds NaN or ±∞
     */
    public Tensor inverseTransform(Tensor scaled) {
        return fitted("inverseTransform").invert("inverseTransform", scaled);
    }

    /**
     * @return the d column minima seen by {@link #fit} (a copy)
     * @throws IllegalStateException if called before {@link #fit}
     */
    public Tensor dataMin() {
        return fitted("dataMin").shift().copy();
    }

    /**
     * @return the d column maxima seen by {@link #fit} (a copy)
     * @throws IllegalStateException if called before {@link #fit}
     */
    public Tensor dataMax() {
        fitted("dataMax");
        return max.copy();
    }

    /** @return {@code MinMaxScaler(unfitted)} or {@code MinMaxScaler(fitted on 4 columns)} */
    @Override
    public String toString() {
        return affine == null ? "MinMaxScaler(unfitted)" : "MinMaxScaler(fitted on " + affine.shift().size()
                + " columns)";
    }

    private ColumnAffine fitted(String method) {
        if (affine == null) {
            throw new IllegalStateException(method + ": called before fit(x)");
        }
        return affine;
    }
}

package org.mlworkbook.data;

import org.mlworkbook.model.Transformer;
import org.mlworkbook.tensor.Tensor;

/**
 * Z-score normalisation: zᵢⱼ = (xᵢⱼ − μⱼ) / σⱼ with the column mean μⱼ = (1/n) Σᵢ xᵢⱼ and the population standard
 * deviation σⱼ = √((1/n) Σᵢ (xᵢⱼ − μⱼ)²) of the data given to {@link #fit}. A constant column gets σⱼ = 1.
 * Afterwards every column has mean 0 and standard deviation 1, so no feature dominates a distance or a gradient
 * just because of its unit.
 *
 * <p>Pitfall (leakage): fit on the training rows only, then transform validation and test rows with the same μ
 * and σ. Fitting on all rows lets the test set shape the model.
 *
 * @see MinMaxScaler
 * @see "notebooks/02-learning-and-data.ipynb"
 */
public final class StandardScaler implements Transformer {

    private ColumnAffine affine;

    /** An unfitted scaler; call {@link #fit} first. */
    public StandardScaler() {
    }

    /**
     * Learns μⱼ and σⱼ of every column.
     *
     * @param x n×d, n ≥ 1, finite. Not modified.
     * @return this scaler, fitted
     * @throws IllegalArgumentException if x is not 2-D, has no rows, or holds NaN or ±∞
     */
    @Override
    public StandardScaler fit(Tensor x) {
        Validation.requireMatrix("fit", "x", x);
        Tensor mean = x.mean(0);
        Tensor std = x.sub(mean).pow(2).mean(0).sqrt();
        affine = new ColumnAffine(mean, ColumnAffine.scaleOrOne(std, x.max(0).sub(x.min(0))));
        return this;
    }

    /**
     * zᵢⱼ = (xᵢⱼ − μⱼ) / σⱼ with the fitted μ and σ.
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
     * xᵢⱼ = zᵢⱼ·σⱼ + μⱼ: undoes {@link #transform}.
     *
     * @param z m×d, finite. Not modified.
     * @return a new m×d tensor in the original units
     * @throws IllegalStateException    if called before {@link #fit}
     * @throws IllegalArgumentException if z does not have d columns or holds NaN or ±∞
     */
    public Tensor inverseTransform(Tensor z) {
        return fitted("inverseTransform").invert("inverseTransform", z);
    }

    /**
     * @return μ, the d column means seen by {@link #fit} (a copy)
     * @throws IllegalStateException if called before {@link #fit}
     */
    public Tensor mean() {
        return fitted("mean").shift().copy();
    }

    /**
     * @return σ, the d population standard deviations seen by {@link #fit}, 1 for constant columns (a copy)
     * @throws IllegalStateException if called before {@link #fit}
     */
    public Tensor scale() {
        return fitted("scale").scale().copy();
    }

    /** @return {@code StandardScaler(unfitted)} or {@code StandardScaler(fitted on 4 columns)} */
    @Override
    public String toString() {
        return affine == null ? "StandardScaler(unfitted)" : "StandardScaler(fitted on " + affine.shift().size()
                + " columns)";
    }

    private ColumnAffine fitted(String method) {
        if (affine == null) {
            throw new IllegalStateException(method + ": called before fit(x)");
        }
        return affine;
    }
}

package org.mlworkbook.data;

import org.mlworkbook.tensor.Tensor;

/**
 * The per-column affine map both scalers learn: zᵢⱼ = (xᵢⱼ − shiftⱼ) / scaleⱼ, and back xᵢⱼ = zᵢⱼ·scaleⱼ + shiftⱼ.
 *
 * @param shift d values, one per column
 * @param scale d values, one per column, none zero
 */
record ColumnAffine(Tensor shift, Tensor scale) {

    /** z = (x − shift) / scale, row by row. */
    Tensor apply(String method, Tensor x) {
        requireColumns(method, x);
        return x.sub(shift).div(scale);
    }

    /** x = z·scale + shift, row by row. */
    Tensor invert(String method, Tensor z) {
        requireColumns(method, z);
        return z.mul(scale).add(shift);
    }

    private void requireColumns(String method, Tensor x) {
        Validation.requireMatrix(method, "x", x);
        if (x.cols() != shift.size()) {
            throw new IllegalArgumentException(String.format("%s: x expected %d columns (as in fit), got %s",
                    method, shift.size(), x.shapeString()));
        }
    }

    /**
     * The scale of each column, except that a constant column (max − min = 0) gets 1, so it maps to 0, not NaN
     * (its computed standard deviation may be a rounding error rather than exactly 0).
     */
    static Tensor scaleOrOne(Tensor scale, Tensor range) {
        double[] result = scale.toArray();
        for (int j = 0; j < result.length; j++) {
            if (range.get(j) == 0) {
                result[j] = 1;
            }
        }
        return Tensor.of(result);
    }
}

package org.mlworkbook.data;

import org.mlworkbook.tensor.Tensor;

/**
 * Small feature transformations that learn nothing from the data.
 *
 * @see PolynomialFeatures
 */
public final class Features {

    private Features() {
    }

    /**
     * The bias trick: X ↦ (1 X), a column of ones in front, so that (1 x)·(b; w) = b + x·w turns an affine model
     * into a linear one.
     *
     * @param x n×d, finite. Not modified.
     * @return a new n×(d+1) tensor whose column 0 is all ones and columns 1 … d are x
     * @throws IllegalArgumentException if x is not 2-D, has no rows, or holds NaN or ±∞
     */
    public static Tensor addBias(Tensor x) {
        Validation.requireMatrix("addBias", "x", x);
        int n = x.rows();
        int d = x.cols();
        double[] source = x.data();
        double[] result = new double[n * (d + 1)];
        for (int i = 0; i < n; i++) {
            result[i * (d + 1)] = 1;
            System.arraycopy(source, i * d, result, i * (d + 1) + 1, d);
        }
        return Tensor.wrap(result, n, d + 1);
    }
}

package org.mlworkbook.neighbors;

import java.util.Arrays;
import java.util.Locale;
import org.mlworkbook.model.ModelInputs;
import org.mlworkbook.tensor.Tensor;
import org.mlworkbook.tensor.TensorOps;

/**
 * A distance between two points a, b ∈ ℝᵈ of the Minkowski family D_p(a, b) = (Σᵢ |bᵢ − aᵢ|ᵖ)^(1/p), p ≥ 1:
 * {@link #MANHATTAN} (p = 1), {@link #EUCLIDEAN} (p = 2), {@link #minkowski(double) any p}, and its limit
 * {@link #CHEBYSHEV} (p → ∞, the largest coordinate difference). Which points are "near" depends on the distance
 * and, above all, on the units of the features: standardise them first (notebook 03, "m vs km").
 *
 * <p>{@link #distance(double[], double[])} is the plain formula for one pair; {@link #pairwise} computes all pairs
 * of two matrices fast (Euclidean by matrix multiplication, see there). Two distances are equal when their p is.
 *
 * @see "notebooks/03-k-nearest-neighbours.ipynb"
 */
public final class Distance {

    /** Euclidean: D(a, b) = √(Σᵢ (bᵢ − aᵢ)²), Minkowski with p = 2. */
    public static final Distance EUCLIDEAN = new Distance("euclidean", 2);
    /** Manhattan (city block): D(a, b) = Σᵢ |bᵢ − aᵢ|, Minkowski with p = 1. */
    public static final Distance MANHATTAN = new Distance("manhattan", 1);
    /** Chebyshev: D(a, b) = maxᵢ |bᵢ − aᵢ|, the limit of Minkowski as p → ∞. */
    public static final Distance CHEBYSHEV = new Distance("chebyshev", Double.POSITIVE_INFINITY);

    private final String name;
    private final double p;

    private Distance(String name, double p) {
        this.name = name;
        this.p = p;
    }

    /**
     * Minkowski: D_p(a, b) = (Σᵢ |bᵢ − aᵢ|ᵖ)^(1/p). p = 1, 2 and ∞ give {@link #MANHATTAN}, {@link #EUCLIDEAN}
     * and {@link #CHEBYSHEV}. Below p = 1 the triangle inequality fails, so it is no distance.
     *
     * @param p the order, 1 ≤ p ≤ ∞
     * @return the distance of order p
     * @throws IllegalArgumentException if p &lt; 1 or p is NaN
     */
    public static Distance minkowski(double p) {
        if (!(p >= 1)) {
            throw new IllegalArgumentException("minkowski: p expected >= 1, got " + p);
        }
        if (p == 1) {
            return MANHATTAN;
        }
        if (p == 2) {
            return EUCLIDEAN;
        }
        if (p == Double.POSITIVE_INFINITY) {
            return CHEBYSHEV;
        }
        return new Distance(String.format(Locale.ROOT, "minkowski(p=%s)", shortNumber(p)), p);
    }

    /** @return the order p of D_p: 1 Manhattan, 2 Euclidean, ∞ Chebyshev */
    public double p() {
        return p;
    }

    /**
     * D(a, b) by the plain formula: (Σᵢ |bᵢ − aᵢ|ᵖ)^(1/p), or maxᵢ |bᵢ − aᵢ| for Chebyshev.
     *
     * @param a a point. Not modified.
     * @param b a point of the same length. Not modified.
     * @return the distance, ≥ 0
     * @throws IllegalArgumentException if a or b is null or the lengths differ
     */
    public double distance(double[] a, double[] b) {
        if (a == null || b == null || a.length != b.length) {
            throw new IllegalArgumentException(String.format("distance: a and b expected the same length, got %s and %s",
                    a == null ? "null" : "[" + a.length + "]", b == null ? "null" : "[" + b.length + "]"));
        }
        return distance(a, 0, b, 0, a.length);
    }

    /**
     * D(a, b) for two 1-D tensors, as {@link #distance(double[], double[])}.
     *
     * @param a a 1-D tensor. Not modified.
     * @param b a 1-D tensor of the same length. Not modified.
     * @return the distance, ≥ 0
     * @throws IllegalArgumentException if a tensor is not 1-D or the lengths differ
     */
    public double distance(Tensor a, Tensor b) {
        if (a == null || b == null || a.rank() != 1 || b.rank() != 1 || a.size() != b.size()) {
            throw new IllegalArgumentException(String.format(
                    "distance: a and b expected 1-D tensors of the same length, got %s and %s",
                    a == null ? "null" : a.shapeString(), b == null ? "null" : b.shapeString()));
        }
        return distance(a.data(), 0, b.data(), 0, a.size());
    }

    /**
     * All pairwise distances Dᵢⱼ = D(aᵢ, bⱼ) between the rows of a and the rows of b. Brute force over blocks of
     * rows of a (memory stays bounded). Euclidean uses ‖aᵢ − bⱼ‖² = ‖aᵢ‖² − 2 aᵢ·bⱼ + ‖bⱼ‖² with the products as
     * one matrix multiplication A·Bᵀ per block; tiny negative results of rounding are clamped to 0. Pitfall: that
     * expansion loses digits for nearly equal rows, so D(x, x) comes out near 1e−8·‖x‖ rather than exactly 0.
     *
     * @param a m×d, finite. Not modified.
     * @param b n×d, finite. Not modified.
     * @return a new m×n tensor of distances
     * @throws IllegalArgumentException if a or b is not a 2-D tensor with at least one row, holds NaN or ±∞, or
     *                                  the numbers of columns differ
     */
    public Tensor pairwise(Tensor a, Tensor b) {
        ModelInputs.requireMatrix("pairwise", "b", b);
        Inputs.requireColumns("pairwise", "a", a, b.cols(), "as b");
        return new NeighborIndex(b, this).pairwise(a);
    }

    /**
     * The reduced distance of rows from … to − 1 of {@code queries} to every training row, written row by row
     * into {@code out}: a monotone function r(D) that is cheaper than D itself — D² for Euclidean (via A·Bᵀ), Σ|·|ᵖ
     * for Minkowski, D itself for Manhattan and Chebyshev. {@link #fromReduced} turns r back into D.
     */
    void reducedBlock(Tensor queries, int from, int to, NeighborIndex index, double[] out) {
        int n = index.size();
        int d = index.numFeatures();
        double[] q = queries.data();
        double[] t = index.transposed().data();
        if (p == 2) {
            Tensor block = queries.rows(from, to);
            TensorOps.matmul(block, index.transposed(), Tensor.wrap(out, to - from, n));
            double[] norms = index.squaredNorms();
            for (int r = 0; r < to - from; r++) {
                double qq = 0;
                for (int j = 0; j < d; j++) {
                    qq += q[(from + r) * d + j] * q[(from + r) * d + j];
                }
                int o = r * n;
                for (int i = 0; i < n; i++) {
                    out[o + i] = Math.max(0, qq - 2 * out[o + i] + norms[i]);
                }
            }
            return;
        }
        Arrays.fill(out, 0, (to - from) * n, 0);
        for (int r = 0; r < to - from; r++) {
            int o = r * n;
            for (int j = 0; j < d; j++) {
                double qj = q[(from + r) * d + j];
                int tj = j * n;
                if (p == 1) {
                    for (int i = 0; i < n; i++) {
                        out[o + i] += Math.abs(qj - t[tj + i]);
                    }
                } else if (p == Double.POSITIVE_INFINITY) {
                    for (int i = 0; i < n; i++) {
                        out[o + i] = Math.max(out[o + i], Math.abs(qj - t[tj + i]));
                    }
                } else {
                    for (int i = 0; i < n; i++) {
                        out[o + i] += Math.pow(Math.abs(qj - t[tj + i]), p);
                    }
                }
            }
        }
    }

    /** D from the reduced distance r of {@link #reducedBlock}: √r, r^(1/p) or r. */
    double fromReduced(double reduced) {
        if (p == 2) {
            return Math.sqrt(reduced);
        }
        if (p == 1 || p == Double.POSITIVE_INFINITY) {
            return reduced;
        }
        return Math.pow(reduced, 1 / p);
    }

    /** D(a[aFrom …], b[bFrom …]) over d coordinates, the plain formula. */
    double distance(double[] a, int aFrom, double[] b, int bFrom, int d) {
        double sum = 0;
        for (int i = 0; i < d; i++) {
            double diff = Math.abs(b[bFrom + i] - a[aFrom + i]);
            if (p == 1) {
                sum += diff;
            } else if (p == 2) {
                sum += diff * diff;
            } else if (p == Double.POSITIVE_INFINITY) {
                sum = Math.max(sum, diff);
            } else {
                sum += Math.pow(diff, p);
            }
        }
        return fromReduced(sum);
    }

    /** Equal when both have the same order p. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Distance that && Double.compare(p, that.p) == 0;
    }

    /** @return a hash of p */
    @Override
    public int hashCode() {
        return Double.hashCode(p);
    }

    /** @return "euclidean", "manhattan", "chebyshev" or e.g. "minkowski(p=3)" */
    @Override
    public String toString() {
        return name;
    }

    private static String shortNumber(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}

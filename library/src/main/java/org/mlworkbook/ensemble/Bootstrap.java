package org.mlworkbook.ensemble;

import org.mlworkbook.math.Rng;

/**
 * Bootstrap samples: n rows drawn with replacement from n. A row is left out with probability (1 − 1/n)ⁿ ≈ e⁻¹ ≈
 * 0.368; those out-of-bag rows are a free test set for the member.
 */
final class Bootstrap {

    private Bootstrap() {
    }

    /**
     * n draws rng.nextInt(n), counted per row.
     *
     * @return counts cᵢ = how often row i was drawn, Σ cᵢ = n
     */
    static double[] counts(int n, Rng rng) {
        double[] counts = new double[n];
        for (int draw = 0; draw < n; draw++) {
            counts[rng.nextInt(n)]++;
        }
        return counts;
    }

    /** @return the rows with cᵢ = 0, ascending */
    static int[] outOfBag(double[] counts) {
        int size = 0;
        for (double c : counts) {
            size += c == 0 ? 1 : 0;
        }
        int[] rows = new int[size];
        int next = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                rows[next++] = i;
            }
        }
        return rows;
    }

    /** @return every row i repeated cᵢ times, ascending: the sample as a list of rows */
    static int[] expand(double[] counts) {
        int size = 0;
        for (double c : counts) {
            size += (int) c;
        }
        int[] rows = new int[size];
        int next = 0;
        for (int i = 0; i < counts.length; i++) {
            for (int r = 0; r < (int) counts[i]; r++) {
                rows[next++] = i;
            }
        }
        return rows;
    }
}

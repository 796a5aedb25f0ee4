package org.mlworkbook.ensemble;

/** Feature importances of tree ensembles. */
final class Importances {

    private Importances() {
    }

    /**
     * @param sums per-feature sums of the members' importances. Modified: divided by their total.
     * @return sums scaled to sum to 1, or unchanged if they are all 0
     */
    static double[] normalised(double[] sums) {
        double total = 0;
        for (double s : sums) {
            total += s;
        }
        for (int j = 0; total > 0 && j < sums.length; j++) {
            sums[j] /= total;
        }
        return sums;
    }
}

package org.mlworkbook.neighbors;

/**
 * How much each of the k neighbours counts in a vote or an average.
 *
 * @see KNeighborsClassifier
 * @see KNeighborsRegressor
 */
public enum Weights {

    /** wᵢ = 1: every neighbour counts the same (majority vote, plain mean). */
    UNIFORM,

    /**
     * wᵢ = 1/dᵢ: nearer neighbours count more. If some neighbours are at distance 0, they alone count, with
     * weight 1 each (scikit-learn's rule), so a query equal to a training row gets that row's answer.
     */
    DISTANCE;

    /**
     * The weights of one query's neighbours.
     *
     * @param distances the k neighbour distances, ≥ 0. Not modified.
     * @return k weights wᵢ, as the constant's formula says
     */
    double[] of(double[] distances) {
        double[] w = new double[distances.length];
        boolean exact = false;
        for (double d : distances) {
            exact |= d == 0;
        }
        for (int i = 0; i < w.length; i++) {
            if (this == UNIFORM) {
                w[i] = 1;
            } else if (exact) {
                w[i] = distances[i] == 0 ? 1 : 0;
            } else {
                w[i] = 1 / distances[i];
            }
        }
        return w;
    }
}

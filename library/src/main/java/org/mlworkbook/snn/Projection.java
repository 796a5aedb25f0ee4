package org.mlworkbook.snn;

/** A weight matrix onto the network's neurons with optional STDP traces (x per source, y per target). */
final class Projection {

    final WeightMatrix weights;
    private Stdp stdp;
    private double[] preTrace;
    private double[] postTrace;
    private double preDecay;
    private double postDecay;

    Projection(WeightMatrix weights) {
        this.weights = weights;
    }

    void learn(Stdp rule, double dt) {
        stdp = rule;
        preTrace = new double[weights.rows()];
        postTrace = new double[weights.cols()];
        preDecay = Math.exp(-dt / rule.tauPlus());
        postDecay = Math.exp(-dt / rule.tauMinus());
    }

    boolean learning() {
        return stdp != null;
    }

    /** x ← x e^{−dt/τ₊}, y ← y e^{−dt/τ₋}. */
    void decayTraces() {
        if (stdp != null) {
            for (int i = 0; i < preTrace.length; i++) {
                preTrace[i] *= preDecay;
            }
            for (int j = 0; j < postTrace.length; j++) {
                postTrace[j] *= postDecay;
            }
        }
    }

    /** A presynaptic spike of i: x_i += 1, w_ij ← w_ij − A₋ y_j. */
    void preSpike(int i) {
        if (stdp != null) {
            preTrace[i] += 1;
            weights.addToRow(i, -stdp.aMinus(), postTrace, stdp.wMin(), stdp.wMax());
        }
    }

    /** A postsynaptic spike of j: y_j += 1, w_ij ← w_ij + A₊ x_i. */
    void postSpike(int j) {
        if (stdp != null) {
            postTrace[j] += 1;
            weights.addToColumn(j, stdp.aPlus(), preTrace, stdp.wMin(), stdp.wMax());
        }
    }
}

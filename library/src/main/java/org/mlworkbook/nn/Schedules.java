package org.mlworkbook.nn;

import org.mlworkbook.model.ModelInputs;

/** The argument checks every {@link Schedule} shares. */
final class Schedules {

    private Schedules() {
    }

    /** @throws IllegalArgumentException if epoch &lt; 1 or current is not finite &gt; 0 */
    static void requireEpochAndRate(String schedule, int epoch, double current) {
        ModelInputs.requireAtLeastOne(schedule + ".learningRate", "epoch", epoch);
        ModelInputs.requirePositive(schedule + ".learningRate", "current", current);
    }
}

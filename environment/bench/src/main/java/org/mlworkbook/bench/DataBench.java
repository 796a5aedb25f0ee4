package org.mlworkbook.bench;

import java.util.Locale;
import org.mlworkbook.data.Datasets;

/**
 * Loading the digits data set ({@code Datasets.digits()}: 1797 rows × 65 columns read by Tablesaw from the library
 * jar, then copied into a Tensor). Goal of issue 3: ≤ 0.3 s. The first call in a fresh JVM also loads and
 * initialises Tablesaw's classes, which is what a notebook's first cell pays, so it is timed on its own before
 * the median of warm repeats.
 */
public final class DataBench {

    private static final double GOAL_SECONDS = 0.3;

    private DataBench() {
    }

    /** Times the first call, then the median of 10 calls after 3 warm-ups, and prints PASS/FAIL for each. */
    public static void run() throws Exception {
        long start = System.nanoTime();
        int rows = Datasets.digits().size();
        double first = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "digits: %d rows; first call %s%n", rows, Measure.human(first));
        System.out.printf(Locale.ROOT, "%s digits first call (cold): %s, goal <= %s%n",
                first <= GOAL_SECONDS ? "PASS" : "FAIL", Measure.human(first), Measure.human(GOAL_SECONDS));
        Measure warm = Measure.time(3, 10, Datasets::digits);
        System.out.println(warm.verdict("digits load (warm)", GOAL_SECONDS) + ", min " + Measure.human(warm.minSeconds()));
    }
}

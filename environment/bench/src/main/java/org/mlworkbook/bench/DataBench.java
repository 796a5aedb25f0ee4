package org.mlworkbook.bench;

import java.util.Locale;
import org.mlworkbook.data.Datasets;

/**
 * Loading the digits data set ({@code Datasets.digits()}: 1797 rows × 65 columns read by Tablesaw from the library
 * jar with explicit column types, then copied into a Tensor). Goal of issue 3: ≤ 0.3 s.
 *
 * <p>Three numbers, in a fresh JVM: Tablesaw's one-time start (the static initialiser of {@code Table} scans the
 * class path with ClassGraph for readers and writers; the kernel runs it in the background right after start-up,
 * so a notebook normally does not wait for it), the first load after it (what the first data cell of a notebook
 * pays: parsing and loading our classes, before the JIT), and the median of warm loads.
 */
public final class DataBench {

    private static final double GOAL_SECONDS = 0.3;

    private DataBench() {
    }

    /** Times Tablesaw's start, the first load, then the median of 10 loads after 3 warm-ups; prints PASS/FAIL. */
    public static void run() throws Exception {
        long start = System.nanoTime();
        Class.forName("tech.tablesaw.api.Table", true, DataBench.class.getClassLoader());
        double tablesaw = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        int rows = Datasets.digits().size();
        double first = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "digits: %d rows; Tablesaw's one-time start (class-path scan) %s, "
                + "done by the kernel in the background after start-up%n", rows, Measure.human(tablesaw));
        System.out.printf(Locale.ROOT, "%s digits first load: %s, goal <= %s%n",
                first <= GOAL_SECONDS ? "PASS" : "FAIL", Measure.human(first), Measure.human(GOAL_SECONDS));
        Measure warm = Measure.time(3, 10, Datasets::digits);
        System.out.println(warm.verdict("digits load (warm)", GOAL_SECONDS) + ", min " + Measure.human(warm.minSeconds()));
    }
}

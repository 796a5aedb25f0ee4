package org.mlworkbook.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * Wall-clock timing of a piece of work: warm-up runs first (JIT), then {@code repeats} timed
 * runs; the median is the number to report, the minimum shows the noise floor.
 *
 * @param medianSeconds median of the timed runs
 * @param minSeconds    fastest timed run
 * @param repeats       number of timed runs
 */
public record Measure(double medianSeconds, double minSeconds, int repeats) {

    /** Work to time; may throw. */
    @FunctionalInterface
    public interface Work {
        /** Runs the work once. */
        void run() throws Exception;
    }

    /**
     * Times {@code work}.
     *
     * @param warmups runs before timing, ≥ 0
     * @param repeats timed runs, ≥ 1
     * @throws IllegalArgumentException if warmups &lt; 0 or repeats &lt; 1
     */
    public static Measure time(int warmups, int repeats, Work work) throws Exception {
        return interleaved(warmups, repeats, work)[0];
    }

    /**
     * Times several pieces of work side by side: each round runs every piece once, in order, so a slower or
     * busier machine during part of the run affects all of them alike and their ratios stay fair.
     *
     * @param warmups rounds before timing, ≥ 0
     * @param repeats timed rounds, ≥ 1
     * @param works   the pieces of work, at least one
     * @return one measure per piece, in order
     * @throws IllegalArgumentException if warmups &lt; 0, repeats &lt; 1 or no work is given
     */
    public static Measure[] interleaved(int warmups, int repeats, Work... works) throws Exception {
        if (warmups < 0) throw new IllegalArgumentException("time: warmups expected >= 0, got " + warmups);
        if (repeats < 1) throw new IllegalArgumentException("time: repeats expected >= 1, got " + repeats);
        if (works.length == 0) throw new IllegalArgumentException("time: works expected at least one, got none");
        for (int i = 0; i < warmups; i++) {
            for (Work work : works) work.run();
        }
        double[][] seconds = new double[works.length][repeats];
        for (int i = 0; i < repeats; i++) {
            for (int w = 0; w < works.length; w++) {
                long start = System.nanoTime();
                works[w].run();
                seconds[w][i] = (System.nanoTime() - start) / 1e9;
            }
        }
        Measure[] measures = new Measure[works.length];
        for (int w = 0; w < works.length; w++) {
            double[] s = seconds[w];
            Arrays.sort(s);
            double median = repeats % 2 == 1 ? s[repeats / 2] : (s[repeats / 2 - 1] + s[repeats / 2]) / 2;
            measures[w] = new Measure(median, s[0], repeats);
        }
        return measures;
    }

    /** A PASS/FAIL line comparing the median with a goal in seconds. */
    public String verdict(String what, double goalSeconds) {
        return String.format(Locale.ROOT, "%s %s: median %s, goal <= %s", medianSeconds <= goalSeconds ? "PASS" : "FAIL",
                what, human(medianSeconds), human(goalSeconds));
    }

    /** Seconds as "12.3 ms" or "1.23 s". */
    public static String human(double seconds) {
        return seconds < 1 ? String.format(Locale.ROOT, "%.1f ms", seconds * 1e3) : String.format(Locale.ROOT, "%.2f s", seconds);
    }
}

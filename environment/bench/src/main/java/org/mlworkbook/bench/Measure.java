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
        if (warmups < 0) throw new IllegalArgumentException("time: warmups expected >= 0, got " + warmups);
        if (repeats < 1) throw new IllegalArgumentException("time: repeats expected >= 1, got " + repeats);
        for (int i = 0; i < warmups; i++) work.run();
        double[] seconds = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            work.run();
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        double median = repeats % 2 == 1 ? seconds[repeats / 2] : (seconds[repeats / 2 - 1] + seconds[repeats / 2]) / 2;
        return new Measure(median, seconds[0], repeats);
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

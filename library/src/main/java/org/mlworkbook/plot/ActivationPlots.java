package org.mlworkbook.plot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.mlworkbook.autodiff.Activation;

/**
 * Activation functions y = f(x) and their derivatives f′(x), sampled at at least {@value #MIN_INTERVALS} + 1 points of
 * [from, to] a round step apart: {@link #activation} draws f and f′ of one function on one chart, {@link #activations} and
 * {@link #derivatives} draw several functions (or their derivatives) side by side, one line each, so that the
 * shapes compare: sigmoid and tanh saturate (f′ → 0 for large |x|, σ′ ≤ 0.25), ReLU's slope is 0 or 1.
 * The values are those of {@link Activation#apply(double)} and {@link Activation#derivative(double)}, the very
 * functions the networks use.
 *
 * <p>Pitfall: a function with a jump (the binary step) is drawn as a steep line between the two samples around
 * the jump.
 *
 * @see "notebooks/09-perceptron-and-activations.ipynb"
 */
public final class ActivationPlots {

    /** The fewest intervals [from, to] is sampled in: at least this many + 1 points (at most 2.5 times as many). */
    public static final int MIN_INTERVALS = 400;

    private ActivationPlots() {
    }

    /**
     * f and f′ of one activation on one chart: the lines "f(x)" and "f′(x)" over xᵢ = from + i·h (h a round step,
     * at most (to − from)/{@value #MIN_INTERVALS}; for a round from, x = 0 is a sample), titled with the activation's name.
     *
     * @param f    the activation
     * @param from the left end of the x range, finite
     * @param to   the right end, finite, &gt; from
     * @return a {@value Plots#WIDTH}×{@value Plots#HEIGHT} chart with a legend
     * @throws IllegalArgumentException if f is null, the range is not finite or from ≥ to, or f or f′ is not
     *                                  finite at a sample
     */
    public static XYChart activation(Activation f, double from, double to) {
        requireActivation("activation", f, "f");
        double[] x = samples("activation", from, to);
        Map<String, double[]> series = new LinkedHashMap<>();
        series.put("f(x)", values("activation", f, x, false));
        series.put("f′(x)", values("activation", f, x, true));
        return Plots.axes(Plots.line(f.name(), x, series), "x", "");
    }

    /**
     * Several activations f on one chart, one line each named by {@link Activation#name()}, in list order.
     *
     * @param functions the activations, at least one, distinct names. Not modified.
     * @param from      the left end of the x range, finite
     * @param to        the right end, finite, &gt; from
     * @return a {@value Plots#WIDTH}×{@value Plots#HEIGHT} chart titled "activations" with a legend
     * @throws IllegalArgumentException if the list is null or empty, holds null or two functions of one name, the
     *                                  range is not finite or from ≥ to, or a value is not finite
     */
    public static XYChart activations(List<Activation> functions, double from, double to) {
        return overview("activations", functions, from, to, false);
    }

    /**
     * The derivatives f′ of several activations on one chart, one line each named by {@link Activation#name()}.
     *
     * @param functions the activations, at least one, distinct names. Not modified.
     * @param from      the left end of the x range, finite
     * @param to        the right end, finite, &gt; from
     * @return a {@value Plots#WIDTH}×{@value Plots#HEIGHT} chart titled "derivatives" with a legend
     * @throws IllegalArgumentException as {@link #activations}
     */
    public static XYChart derivatives(List<Activation> functions, double from, double to) {
        return overview("derivatives", functions, from, to, true);
    }

    private static XYChart overview(String method, List<Activation> functions, double from, double to,
            boolean derivative) {
        if (functions == null || functions.isEmpty()) {
            throw new IllegalArgumentException(String.format("%s: functions expected at least one activation, got %s",
                    method, functions == null ? "null" : "an empty list"));
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < functions.size(); i++) {
            requireActivation(method, functions.get(i), "functions[" + i + "]");
            names.add(functions.get(i).name());
        }
        Arguments.requireDistinctNames(method, "functions", names);
        double[] x = samples(method, from, to);
        Map<String, double[]> series = new LinkedHashMap<>();
        for (Activation f : functions) {
            series.put(f.name(), values(method, f, x, derivative));
        }
        return Plots.axes(Plots.line(method, x, series), "x", derivative ? "f′(x)" : "f(x)");
    }

    private static void requireActivation(String method, Activation f, String argument) {
        if (f == null) {
            throw new IllegalArgumentException(method + ": " + argument + " expected an Activation, got null");
        }
    }

    /**
     * Points from {@code from} to {@code to}, both included, a round step h apart (h = the largest of 1, 2, 2.5 or
     * 5 × 10ᵏ that is at most (to − from)/{@value #MIN_INTERVALS}), the last step possibly shorter. A round step
     * matters: XChart puts the ticks on equally spaced data, and a step like 0.03 would give ticks at −5.16, −4.32.
     */
    private static double[] samples(String method, double from, double to) {
        if (!Double.isFinite(from) || !Double.isFinite(to) || from >= to) {
            throw new IllegalArgumentException(String.format(
                    "%s: from and to expected finite numbers with from < to, got from = %s, to = %s", method, from, to));
        }
        double h = roundStep((to - from) / MIN_INTERVALS);
        int steps = (int) Math.ceil((to - from) / h - 1e-9);
        double[] x = new double[steps + 1];
        for (int i = 0; i < steps; i++) {
            x[i] = from + i * h;
        }
        x[steps] = to;
        return x;
    }

    /** The largest of 1, 2, 2.5, 5 × 10ᵏ that is ≤ limit (limit &gt; 0). */
    private static double roundStep(double limit) {
        double power = Math.pow(10, Math.floor(Math.log10(limit)));
        for (double mantissa : new double[] {5, 2.5, 2}) {
            if (mantissa * power <= limit) {
                return mantissa * power;
            }
        }
        return power;
    }

    /** f(xᵢ) or f′(xᵢ), each finite. */
    private static double[] values(String method, Activation f, double[] x, boolean derivative) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = derivative ? f.derivative(x[i]) : f.apply(x[i]);
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException(String.format("%s: %s expected finite values, got %s at x = %s",
                        method, f.name() + (derivative ? "′" : ""), y[i], x[i]));
            }
        }
        return y;
    }
}

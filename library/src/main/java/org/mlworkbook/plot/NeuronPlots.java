package org.mlworkbook.plot;

import static org.mlworkbook.plot.Arguments.requireName;
import static org.mlworkbook.plot.Arguments.requireSameLength;
import static org.mlworkbook.plot.Arguments.requireTitle;
import static org.mlworkbook.plot.Arguments.requireValues;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.YAxisPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.mlworkbook.snn.NeuronTrace;

/**
 * Figures of single spiking neurons: the membrane potential V(t) with the input current I(t) underneath (on a
 * second axis, scaled into the lower quarter of the plot) and the spikes marked above the trace; the gating or
 * recovery variables over time; f–I (tuning) curves. Long traces are thinned for drawing by keeping the minimum
 * and the maximum of every bucket of samples, so no spike peak disappears from the picture.
 *
 * @see "notebooks/19-biological-neurons.ipynb"
 * @see "notebooks/20-spiking-neuron-models.ipynb"
 */
public final class NeuronPlots {

    /** Traces longer than this many samples are thinned (min and max per bucket) before drawing. */
    static final int MAX_POINTS = 4000;

    private NeuronPlots() {
    }

    /**
     * V(t) in the first colour on the left axis, I(t) in the second colour on a right axis scaled so the current
     * stays in the lower quarter of the plot, and a ▼ above the trace at every spike time.
     *
     * @param title the chart title; empty for none
     * @param trace a simulation result with at least two samples. Not modified.
     * @param voltageTitle the left axis title, e.g. "V (mV)"
     * @param currentTitle the right axis title, e.g. "I (nA)"
     * @return a {@value Plots#WIDTH}×{@value Plots#HEIGHT} chart with a legend
     * @throws IllegalArgumentException if an argument is null, the trace has fewer than two samples or holds NaN/±∞
     */
    public static XYChart membrane(String title, NeuronTrace trace, String voltageTitle, String currentTitle) {
        requireTitle("membrane", title);
        requireTrace("membrane", trace);
        requireName("membrane", "voltageTitle", voltageTitle);
        requireName("membrane", "currentTitle", currentTitle);
        double[] t = trace.timesMs();
        double[] v = trace.voltage();
        double[] current = trace.current();
        requireValues("membrane", "voltage", v);
        requireValues("membrane", "current", current);
        XYChart chart = ChartStyle.xyChart(title);
        double[][] thinV = thin(t, v);
        ChartStyle.addLine(chart, "V", thinV[0], thinV[1], ChartStyle.color(0));
        double[][] thinI = thin(t, current);
        XYSeries input = ChartStyle.addLine(chart, "I", thinI[0], thinI[1], ChartStyle.color(1));
        input.setYAxisGroup(1);
        double lowI = Math.min(0, min(current));
        double highI = Math.max(max(current), lowI + 1e-9);
        chart.getStyler().setYAxisMin(1, lowI);
        chart.getStyler().setYAxisMax(1, lowI + 4 * (highI - lowI));
        chart.getStyler().setYAxisGroupPosition(1, YAxisPosition.Right);
        chart.setYAxisGroupTitle(1, currentTitle);
        double[] spikes = trace.spikeTimesMs();
        if (spikes.length > 0) {
            double vMax = max(v);
            double top = vMax + 0.05 * Math.max(vMax - min(v), 1e-9);
            double[] heights = new double[spikes.length];
            Arrays.fill(heights, top);
            XYSeries marks = chart.addSeries("spikes", spikes.clone(), heights);
            marks.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
            marks.setMarker(SeriesMarkers.TRIANGLE_DOWN);
            marks.setMarkerColor(ChartStyle.color(3));
        }
        return Plots.axes(chart, "t (ms)", voltageTitle);
    }

    /**
     * {@link #membrane(String, NeuronTrace, String, String)} with the axis titles "V (mV)" and "I".
     *
     * @param title the chart title; empty for none
     * @param trace a simulation result with at least two samples. Not modified.
     * @return the chart
     * @throws IllegalArgumentException as the four-argument form
     */
    public static XYChart membrane(String title, NeuronTrace trace) {
        return membrane(title, trace, "V (mV)", "I");
    }

    /**
     * State variables other than the voltage against time, one line each with a legend: the gates n, m, h of
     * Hodgkin–Huxley (open fractions in [0, 1]) or the recovery variable u of Izhikevich.
     *
     * @param title the chart title; empty for none
     * @param trace a simulation result with at least two samples. Not modified.
     * @param names the variables to draw, each one of {@code trace.stateNames()}; none: every state but the first
     * @return a {@value Plots#WIDTH}×{@value Plots#HEIGHT} chart
     * @throws IllegalArgumentException if an argument is null, a name is unknown or nothing is left to draw
     */
    public static XYChart stateVariables(String title, NeuronTrace trace, String... names) {
        requireTitle("stateVariables", title);
        requireTrace("stateVariables", trace);
        if (names == null) {
            throw new IllegalArgumentException("stateVariables: names expected an array, got null");
        }
        List<String> chosen = names.length > 0 ? List.of(names)
                : trace.stateNames().subList(1, trace.stateNames().size());
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("stateVariables: trace expected a state besides the voltage, got "
                    + trace.stateNames());
        }
        XYChart chart = ChartStyle.xyChart(title);
        int index = 0;
        for (String name : chosen) {
            double[] values = trace.state(name);
            requireValues("stateVariables", name, values);
            double[][] thinned = thin(trace.timesMs(), values);
            ChartStyle.addLine(chart, name, thinned[0], thinned[1], ChartStyle.color(index++));
        }
        return Plots.axes(chart, "t (ms)", chosen.size() == 1 ? chosen.get(0) : "state");
    }

    /**
     * f–I (tuning) curves: firing rate against a constant input current, one line with markers per neuron, in the
     * map's iteration order (use a {@link java.util.LinkedHashMap}).
     *
     * @param title        the chart title; empty for none
     * @param currentTitle the x axis title, e.g. "I (nA)"
     * @param currents     the currents, finite, not empty. Not modified (copied).
     * @param ratesHz      name → rate per current in Hz, at least one entry, each as long as currents. Not modified.
     * @return a {@value Plots#WIDTH}×{@value Plots#HEIGHT} chart with a legend
     * @throws IllegalArgumentException if an argument is null or empty, a name is blank, lengths differ or a value
     *                                  is NaN or ±∞
     */
    public static XYChart tuningCurves(String title, String currentTitle, double[] currents,
                                       Map<String, double[]> ratesHz) {
        requireTitle("tuningCurves", title);
        requireName("tuningCurves", "currentTitle", currentTitle);
        requireValues("tuningCurves", "currents", currents);
        if (ratesHz == null || ratesHz.isEmpty()) {
            throw new IllegalArgumentException("tuningCurves: ratesHz expected at least one name → rates entry, got "
                    + (ratesHz == null ? "null" : "an empty map"));
        }
        XYChart chart = ChartStyle.xyChart(title);
        int index = 0;
        for (Map.Entry<String, double[]> entry : ratesHz.entrySet()) {
            requireName("tuningCurves", "ratesHz", entry.getKey());
            requireValues("tuningCurves", "rates \"" + entry.getKey() + "\"", entry.getValue());
            requireSameLength("tuningCurves", "currents", currents.length, "rates \"" + entry.getKey() + "\"",
                    entry.getValue());
            XYSeries series = ChartStyle.addLine(chart, entry.getKey(), currents, entry.getValue(),
                    ChartStyle.color(index));
            series.setMarker(SeriesMarkers.CIRCLE);
            series.setMarkerColor(ChartStyle.color(index++));
        }
        return Plots.axes(chart, currentTitle, "firing rate (Hz)");
    }

    /**
     * Keeps at most about {@value #MAX_POINTS} points: for longer series, the minimum and the maximum of each bucket
     * of consecutive samples, in time order.
     */
    static double[][] thin(double[] x, double[] y) {
        int n = x.length;
        if (n <= MAX_POINTS) {
            return new double[][] {x, y};
        }
        int buckets = MAX_POINTS / 2;
        List<double[]> points = new ArrayList<>(MAX_POINTS + 2);
        for (int b = 0; b < buckets; b++) {
            int from = (int) ((long) b * n / buckets);
            int to = (int) ((long) (b + 1) * n / buckets);
            int lowest = from;
            int highest = from;
            for (int i = from + 1; i < to; i++) {
                lowest = y[i] < y[lowest] ? i : lowest;
                highest = y[i] > y[highest] ? i : highest;
            }
            points.add(new double[] {x[Math.min(lowest, highest)], y[Math.min(lowest, highest)]});
            if (lowest != highest) {
                points.add(new double[] {x[Math.max(lowest, highest)], y[Math.max(lowest, highest)]});
            }
        }
        double[][] out = new double[2][points.size()];
        for (int i = 0; i < points.size(); i++) {
            out[0][i] = points.get(i)[0];
            out[1][i] = points.get(i)[1];
        }
        return out;
    }

    private static void requireTrace(String method, NeuronTrace trace) {
        if (trace == null || trace.timesMs().length < 2) {
            throw new IllegalArgumentException(method + ": trace expected at least two samples, got "
                    + (trace == null ? "null" : trace.timesMs().length));
        }
    }

    private static double min(double[] values) {
        double m = Double.POSITIVE_INFINITY;
        for (double value : values) {
            m = Math.min(m, value);
        }
        return m;
    }

    private static double max(double[] values) {
        double m = Double.NEGATIVE_INFINITY;
        for (double value : values) {
            m = Math.max(m, value);
        }
        return m;
    }
}

package org.mlworkbook.plot;

import static org.mlworkbook.plot.Arguments.requireSameLength;
import static org.mlworkbook.plot.Arguments.requireTitle;
import static org.mlworkbook.plot.Arguments.requireValues;

import java.util.LinkedHashMap;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Charts of spiking activity: a raster (one dot per spike, time × neuron), the peri-stimulus time histogram
 * (population rate per bin), the ISI histogram, the STDP window W(Δt) and the evolution of synaptic weights.
 * Times in ms, rates in Hz.
 *
 * @see "notebooks/22-spiking-networks-and-stdp.ipynb"
 */
public final class SpikePlots {

    private SpikePlots() {
    }

    /**
     * A raster plot: a dot at (t_s, neuron_s) for every spike s.
     *
     * @param times   spike times in ms. Not modified.
     * @param neurons the neuron index of each spike, as long as times. Not modified.
     * @throws IllegalArgumentException if an argument is null, times is empty or the lengths differ
     */
    public static XYChart raster(String title, double[] times, int[] neurons) {
        requireTitle("raster", title);
        requireValues("raster", "times", times);
        requireSameLength("raster", "times", times.length, "neurons", neurons);
        double[] y = new double[neurons.length];
        for (int s = 0; s < y.length; s++) {
            y[s] = neurons[s];
        }
        XYChart chart = ChartStyle.xyChart(title);
        XYSeries series = chart.addSeries("spikes", times.clone(), y);
        series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        series.setMarker(SeriesMarkers.CIRCLE);
        series.setMarkerColor(ChartStyle.color(0));
        chart.getStyler().setMarkerSize(3);
        chart.getStyler().setLegendVisible(false);
        return Plots.axes(chart, "time (ms)", "neuron");
    }

    /**
     * The PSTH: the population rate r_b = n_b / (N Δ) in Hz of the spikes in bins of width Δ over [0, T),
     * drawn as a step line over the bin centres.
     *
     * @param times    spike times in ms. Not modified.
     * @param neurons  N, the number of neurons the spikes come from, ≥ 1
     * @param duration T in ms, &gt; 0
     * @param binWidth Δ in ms, &gt; 0
     * @throws IllegalArgumentException if neurons &lt; 1, T or Δ ≤ 0, or times holds NaN/±∞
     */
    public static XYChart psth(String title, double[] times, int neurons, double duration, double binWidth) {
        requireTitle("psth", title);
        if (neurons < 1 || !(duration > 0) || !(binWidth > 0) || times == null) {
            throw new IllegalArgumentException(String.format("psth: neurons, duration, binWidth expected >= 1, > 0, > 0 "
                    + "and times an array, got %d, %s, %s", neurons, duration, binWidth, times == null ? "null" : "ok"));
        }
        int bins = (int) Math.ceil(duration / binWidth - 1e-9);
        double[] rate = new double[bins];
        double[] centre = new double[bins];
        for (double t : times) {
            if (t >= 0 && t < duration) {
                rate[Math.min(bins - 1, (int) (t / binWidth))] += 1000.0 / (neurons * binWidth);
            }
        }
        for (int b = 0; b < bins; b++) {
            centre[b] = (b + 0.5) * binWidth;
        }
        XYChart chart = Plots.line(title, centre, rate);
        return Plots.axes(chart, "time (ms)", "population rate (Hz)");
    }

    /** A histogram of inter-spike intervals Δ (ms) with the given number of bins. */
    public static XYChart isiHistogram(String title, double[] intervals, int bins) {
        return Plots.axes(Histograms.histogram(title, intervals, bins), "inter-spike interval (ms)", "count");
    }

    /**
     * The STDP window: Δw against Δt = t_post − t_pre, with the axes through 0.
     *
     * @param deltaT Δt values in ms (ascending reads best). Not modified.
     * @param change Δw at each Δt. Not modified.
     */
    public static XYChart stdpWindow(String title, double[] deltaT, double[] change) {
        requireTitle("stdpWindow", title);
        requireValues("stdpWindow", "deltaT", deltaT);
        requireSameLength("stdpWindow", "deltaT", deltaT.length, "change", change);
        XYChart chart = Plots.line(title, deltaT, change);
        return Plots.axes(chart, "Δt = t_post − t_pre (ms)", "Δw");
    }

    /**
     * Weight evolution: one line per synapse, weights[k][i] = w_i at times[k].
     *
     * @param times   the snapshot times in ms. Not modified.
     * @param weights one row per snapshot, each row as long as the first, at most 10 synapses drawn with a
     *                legend ("w0", "w1", …). Not modified.
     */
    public static XYChart weightEvolution(String title, double[] times, double[][] weights) {
        requireTitle("weightEvolution", title);
        requireValues("weightEvolution", "times", times);
        requireSameLength("weightEvolution", "times", times.length, "weights", weights);
        Map<String, double[]> series = new LinkedHashMap<>();
        int synapses = weights[0].length;
        for (int i = 0; i < synapses; i++) {
            double[] w = new double[times.length];
            for (int k = 0; k < times.length; k++) {
                requireSameLength("weightEvolution", "weights[0]", synapses, "weights[" + k + "]", weights[k]);
                w[k] = weights[k][i];
            }
            series.put("w" + i, w);
        }
        XYChart chart = Plots.line(title, times, series);
        chart.getStyler().setLegendVisible(synapses <= 10);
        return Plots.axes(chart, "time (ms)", "weight");
    }
}

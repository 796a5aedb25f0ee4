package org.mlworkbook.plot;

import java.awt.Color;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.mlworkbook.autodiff.Var;
import org.mlworkbook.math.Norms;
import org.mlworkbook.tensor.Tensor;

/**
 * A computational graph drawn as boxes and arrows, left to right as in the lecture notes: the leaves (inputs,
 * weights, constants) on the left, each operation one column right of its latest input, the output at the right
 * end, an arrow from every input to the operation that uses it. A graph that would be wider than
 * {@value #MAX_ROW_WIDTH} pixels (a network of a few layers) is drawn top to bottom instead, the output at the
 * bottom, so that it fits a notebook's width. Each box shows
 * <ul>
 *   <li>the node: a leaf's {@link Var#name() name} (unnamed leaves are x0, x1, … and constants "const"), or the
 *       operation's {@link org.mlworkbook.autodiff.Op#name() name}, "c = add" if the result was named c;</li>
 *   <li>its value: the number for a single element, the shape for a tensor;</li>
 *   <li>its gradient ∂L/∂v once {@code backward()} has run: the number, or the norm ‖∂L/∂v‖ = √Σ gᵢ² for a tensor.</li>
 * </ul>
 * Leaves that get a gradient are blue, constants grey, operations orange, the output green.
 *
 * <pre>{@code
 * Var a = Var.scalar(2).named("a"), b = Var.scalar(1).named("b");
 * Var e = a.add(b).named("c").mul(b.add(1).named("d")).named("e");
 * e.backward();
 * GraphDiagrams.graph(e);   // a, b, const → c = add, d = add → e = mul, with values and grads
 * }</pre>
 *
 * @see "notebooks/10-backpropagation-and-autodiff.ipynb"
 */
public final class GraphDiagrams {

    /** The most nodes drawn: beyond, the boxes would be too small to read (draw a smaller example). */
    public static final int MAX_NODES = 100;

    /** The widest left-to-right drawing, in pixels; a wider graph is drawn top to bottom instead. */
    public static final int MAX_ROW_WIDTH = 1000;

    private static final double HORIZONTAL_GAP = 44;
    private static final double VERTICAL_GAP = 18;
    private static final double HORIZONTAL_GAP_TOP_DOWN = 16;
    private static final double VERTICAL_GAP_TOP_DOWN = 30;
    /** The largest vertical spread of the arrows arriving at one box, in pixels. */
    private static final double ARRIVAL_SPREAD = 10;
    /** How strongly boxes are tinted with their kind's colour. */
    private static final double TINT = 0.35;
    private static final Color CONSTANT = new Color(0xbfbfbf);

    private GraphDiagrams() {
    }

    /**
     * The graph that computed {@code output}, with values and (when present) gradients; node k of the post-order
     * (inputs before the operations using them, the output last) is the series "node k", the arrow from node i to
     * node k the series "edge i-k".
     *
     * @param output the result of some operations on Vars (or a single leaf). Not modified.
     * @return a chart at least {@value Plots#WIDTH}×300 pixels, larger for larger graphs
     * @throws IllegalArgumentException if output is null or the graph has more than {@value #MAX_NODES} nodes
     */
    public static XYChart graph(Var output) {
        if (output == null) {
            throw new IllegalArgumentException("graph: output expected a Var, got null");
        }
        List<Var> nodes = postOrder(output);
        Map<Var, Integer> index = new IdentityHashMap<>();
        for (int k = 0; k < nodes.size(); k++) {
            index.put(nodes.get(k), k);
        }
        int[] columns = columns(nodes, index);
        int columnCount = Arrays.stream(columns).max().orElseThrow() + 1;
        List<List<Integer>> byColumn = new ArrayList<>();
        for (int c = 0; c < columnCount; c++) {
            byColumn.add(new ArrayList<>());
        }
        for (int k = 0; k < nodes.size(); k++) {
            byColumn.get(columns[k]).add(k);  // in post-order within a column: inputs of one op stay together
        }
        List<List<String>> texts = texts(nodes);
        double[] widths = new double[columnCount];
        int mostLines = 0;
        int mostRows = 0;
        for (int k = 0; k < nodes.size(); k++) {
            widths[columns[k]] = Math.max(widths[columns[k]], BoxDrawing.boxWidth(texts.get(k)));
            mostLines = Math.max(mostLines, texts.get(k).size());
        }
        for (List<Integer> column : byColumn) {
            mostRows = Math.max(mostRows, column.size());
        }
        double boxHeight = BoxDrawing.boxHeight(mostLines);
        boolean topDown = Arrays.stream(widths).sum() + (columnCount - 1) * HORIZONTAL_GAP > MAX_ROW_WIDTH;
        if (topDown) {  // one box width for all, so the levels line up
            Arrays.fill(widths, Arrays.stream(widths).max().orElseThrow());
        }
        // the size of a level along the flow and of one of its boxes across it, with the gaps
        double[] along = topDown ? filled(columnCount, boxHeight) : widths;
        double gapAlong = topDown ? VERTICAL_GAP_TOP_DOWN : HORIZONTAL_GAP;
        double across = topDown ? widths[0] : boxHeight;
        double gapAcross = topDown ? HORIZONTAL_GAP_TOP_DOWN : VERTICAL_GAP;
        double contentAlong = Arrays.stream(along).sum() + (columnCount - 1) * gapAlong;
        double contentAcross = mostRows * (across + gapAcross) - gapAcross;
        double contentWidth = topDown ? contentAcross : contentAlong;
        double contentHeight = topDown ? contentAlong : contentAcross;
        int width = (int) Math.ceil(Math.max(ChartStyle.WIDTH, contentWidth + 2 * BoxDrawing.MARGIN));
        int height = (int) Math.ceil(Math.max(300, contentHeight + 4 * BoxDrawing.MARGIN));
        XYChart chart = BoxDrawing.canvas(width, height);
        double plotWidth = width - 2 * BoxDrawing.MARGIN;
        double plotHeight = height - 2 * BoxDrawing.MARGIN;
        double[] xs = new double[nodes.size()];
        double[] ys = new double[nodes.size()];
        // level c starts `start` along the flow (from the left, or from the top) and is centred across it
        double start = ((topDown ? plotHeight : plotWidth) - contentAlong) / 2;
        double middle = (topDown ? plotWidth : plotHeight) / 2;
        for (int c = 0; c < columnCount; c++) {
            List<Integer> column = byColumn.get(c);
            double first = middle - (column.size() * (across + gapAcross) - gapAcross) / 2 + across / 2;
            for (int r = 0; r < column.size(); r++) {
                double alongCentre = start + along[c] / 2;
                double acrossCentre = first + r * (across + gapAcross);
                xs[column.get(r)] = topDown ? acrossCentre : alongCentre;
                ys[column.get(r)] = topDown ? plotHeight - alongCentre : plotHeight - acrossCentre;
            }
            start += along[c] + gapAlong;
        }
        for (int k = 0; k < nodes.size(); k++) {
            List<Var> inputs = nodes.get(k).inputs();
            double spread = Math.min(ARRIVAL_SPREAD, across / (inputs.size() + 1));
            for (int i = 0; i < inputs.size(); i++) {
                int from = index.get(inputs.get(i));
                double offset = ((inputs.size() - 1) / 2.0 - i) * spread;
                String name = "edge " + from + "-" + k;
                name = chart.getSeriesMap().containsKey(name) ? name + " (" + i + ")" : name;
                if (topDown) {
                    BoxDrawing.arrow(chart, name, xs[from], ys[from] - boxHeight / 2, xs[k] - offset, ys[k] + boxHeight / 2);
                } else {
                    BoxDrawing.arrow(chart, name, xs[from] + widths[columns[from]] / 2, ys[from],
                            xs[k] - widths[columns[k]] / 2, ys[k] + offset);
                }
            }
        }
        for (int k = 0; k < nodes.size(); k++) {
            BoxDrawing.box(chart, "node " + k, xs[k], ys[k], widths[columns[k]], boxHeight,
                    fill(nodes.get(k), k == nodes.size() - 1));
            BoxDrawing.text(chart, texts.get(k), xs[k], ys[k]);
        }
        return chart;
    }

    private static double[] filled(int length, double value) {
        double[] values = new double[length];
        Arrays.fill(values, value);
        return values;
    }

    /** All Vars output depends on, each after its inputs, output last ({@link Var#graph()}), at most MAX_NODES. */
    private static List<Var> postOrder(Var output) {
        List<Var> order = output.graph();
        if (order.size() > MAX_NODES) {
            throw new IllegalArgumentException(String.format(
                    "graph: output expected a graph of at most %d nodes, got %d (draw a smaller example)",
                    MAX_NODES, order.size()));
        }
        return order;
    }

    /**
     * The column of each node: an operation one right of its rightmost input (the longest path from a leaf), a
     * leaf one left of its leftmost user, so a weight sits next to the operation that uses it.
     */
    private static int[] columns(List<Var> nodes, Map<Var, Integer> index) {
        int[] columns = new int[nodes.size()];
        for (int k = 0; k < nodes.size(); k++) {
            for (Var input : nodes.get(k).inputs()) {
                columns[k] = Math.max(columns[k], columns[index.get(input)] + 1);
            }
        }
        int[] firstUse = new int[nodes.size()];
        Arrays.fill(firstUse, Integer.MAX_VALUE);
        for (int k = 0; k < nodes.size(); k++) {
            for (Var input : nodes.get(k).inputs()) {
                int i = index.get(input);
                firstUse[i] = Math.min(firstUse[i], columns[k]);
            }
        }
        for (int k = 0; k < nodes.size(); k++) {
            if (nodes.get(k).inputs().isEmpty() && firstUse[k] != Integer.MAX_VALUE) {
                columns[k] = firstUse[k] - 1;
            }
        }
        return columns;
    }

    /** The text of each box, in the order of the series "node 0", "node 1", … of {@link #graph}. */
    static List<List<String>> texts(Var output) {
        return texts(postOrder(output));
    }

    /** The lines of each node's box: what it is, its value, its gradient if any. */
    private static List<List<String>> texts(List<Var> nodes) {
        List<List<String>> texts = new ArrayList<>();
        int unnamed = 0;
        for (Var v : nodes) {
            List<String> lines = new ArrayList<>();
            if (v.creator() != null) {
                lines.add(v.name() == null ? v.creator().name() : v.name() + " = " + v.creator().name());
            } else if (v.name() != null) {
                lines.add(v.name());
            } else {
                lines.add(v.requiresGrad() ? "x" + unnamed++ : "const");
            }
            Tensor value = v.value();
            lines.add(value.size() == 1 ? "value = " + number(value.item()) : "value " + value.shapeString());
            Tensor grad = v.grad();
            if (grad != null) {
                lines.add(grad.size() == 1 ? "grad = " + number(grad.item()) : "‖grad‖ = " + number(norm(grad)));
            }
            texts.add(lines);
        }
        return texts;
    }

    private static Color fill(Var v, boolean output) {
        if (output) {
            return BoxDrawing.fill(ChartStyle.color(2), TINT);
        }
        if (v.creator() != null) {
            return BoxDrawing.fill(ChartStyle.color(1), TINT);
        }
        return v.requiresGrad() ? BoxDrawing.fill(ChartStyle.color(0), TINT) : BoxDrawing.fill(CONSTANT, TINT);
    }

    /** √Σ gᵢ², or NaN if some gᵢ is NaN (a diverged step is drawn, not rejected). */
    private static double norm(Tensor grad) {
        return Arrays.stream(grad.data()).anyMatch(Double::isNaN) ? Double.NaN : Norms.l2(grad);
    }

    /** 4 significant digits without trailing zeros (6, 0.25, 1.333, −0.0001234), or 1.235e+06 for large/tiny. */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        double magnitude = Math.abs(value);
        if (magnitude != 0 && (magnitude < 1e-4 || magnitude >= 1e6)) {
            return String.format(Locale.ROOT, "%.3e", value);
        }
        return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }
}

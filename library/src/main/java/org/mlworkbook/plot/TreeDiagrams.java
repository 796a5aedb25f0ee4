package org.mlworkbook.plot;

import java.awt.Color;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.mlworkbook.tree.DecisionTreeClassifier;
import org.mlworkbook.tree.DecisionTreeRegressor;
import org.mlworkbook.tree.FittedTree;

/**
 * A fitted decision tree drawn as boxes joined by lines, as scikit-learn's {@code plot_tree}: each box gives the
 * split rule (x[j] ≤ t, left branch "True"), the impurity, the number of training rows, the value (class weights,
 * or the mean target) and for a classifier the majority class; boxes are filled with the majority class's colour,
 * the stronger the purer (for a regressor: the larger the value). Only the top levels are drawn
 * ({@value #DEFAULT_DEPTH} unless asked otherwise); a subtree that is cut off shows "…" below its box. For the whole
 * of a big tree print {@code toText} instead.
 */
public final class TreeDiagrams {

    /** Levels of splits drawn unless asked otherwise. */
    public static final int DEFAULT_DEPTH = 3;
    /** The most levels of splits drawn: 2⁵ = 32 boxes side by side is as wide as a page can take. */
    public static final int MAX_DEPTH = 5;

    private static final double HORIZONTAL_GAP = 12;
    private static final double VERTICAL_GAP = 34;
    /** Room for the title above the drawing, in pixels. */
    private static final double TITLE_ROOM = 36;

    private TreeDiagrams() {
    }

    /**
     * The top {@value #DEFAULT_DEPTH} levels of a classification tree.
     *
     * @see #tree(DecisionTreeClassifier, List, List, int)
     */
    public static XYChart tree(DecisionTreeClassifier model, List<String> featureNames, List<String> classNames) {
        return tree(model, featureNames, classNames, DEFAULT_DEPTH);
    }

    /**
     * A classification tree as boxes: "petal_length ≤ 2.45 / gini = 0.667 / samples = 150 / value = [50, 50, 50] /
     * class = setosa", the left child (rule true) below left.
     *
     * @param model        a fitted classifier
     * @param featureNames d feature names, or null for x[0], x[1], … Not modified.
     * @param classNames   K class names, or null for the labels 0 … K−1. Not modified.
     * @param maxDepth     levels of splits drawn, 1 … {@value #MAX_DEPTH}
     * @return a chart at least {@value Plots#WIDTH}×300 pixels, wider for wide trees
     * @throws IllegalStateException    if the model is not fitted
     * @throws IllegalArgumentException if model is null, a name list has the wrong size or maxDepth is out of range
     */
    public static XYChart tree(DecisionTreeClassifier model, List<String> featureNames, List<String> classNames,
                               int maxDepth) {
        if (model == null) {
            throw new IllegalArgumentException("tree: model expected a fitted DecisionTreeClassifier, got null");
        }
        FittedTree fitted = model.tree();
        requireNames("tree", "classNames", classNames, model.numClasses());
        String impurity = model.criterion().name().toLowerCase(Locale.ROOT);
        return draw(fitted, featureNames, maxDepth, node -> {
            double[] value = fitted.value(node);
            int majority = majority(value);
            List<String> lines = new ArrayList<>();
            lines.add(impurity + " = " + number(fitted.impurity(node)));
            lines.add("samples = " + fitted.samples(node));
            lines.add("value = " + values(value));
            lines.add("class = " + (classNames == null ? String.valueOf(majority) : classNames.get(majority)));
            return new Box(lines, BoxDrawing.fill(ChartStyle.color(majority), purity(value)));
        });
    }

    /**
     * The top {@value #DEFAULT_DEPTH} levels of a regression tree.
     *
     * @see #tree(DecisionTreeRegressor, List, int)
     */
    public static XYChart tree(DecisionTreeRegressor model, List<String> featureNames) {
        return tree(model, featureNames, DEFAULT_DEPTH);
    }

    /**
     * A regression tree as boxes: "x ≤ 0.5 / squared_error = 1.2 / samples = 40 / value = 3.1", the fill stronger
     * for larger values.
     *
     * @param model        a fitted regressor
     * @param featureNames d feature names, or null for x[0], x[1], … Not modified.
     * @param maxDepth     levels of splits drawn, 1 … {@value #MAX_DEPTH}
     * @return a chart at least {@value Plots#WIDTH}×300 pixels, wider for wide trees
     * @throws IllegalStateException    if the model is not fitted
     * @throws IllegalArgumentException if model is null, featureNames has the wrong size or maxDepth is out of range
     */
    public static XYChart tree(DecisionTreeRegressor model, List<String> featureNames, int maxDepth) {
        if (model == null) {
            throw new IllegalArgumentException("tree: model expected a fitted DecisionTreeRegressor, got null");
        }
        FittedTree fitted = model.tree();
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < fitted.nodeCount(); t++) {
            low = Math.min(low, fitted.value(t)[0]);
            high = Math.max(high, fitted.value(t)[0]);
        }
        double min = low;
        double range = high - low;
        return draw(fitted, featureNames, maxDepth, node -> {
            double value = fitted.value(node)[0];
            List<String> lines = new ArrayList<>();
            lines.add("squared_error = " + number(fitted.impurity(node)));
            lines.add("samples = " + fitted.samples(node));
            lines.add("value = " + number(value));
            return new Box(lines, BoxDrawing.fill(ChartStyle.color(0), range > 0 ? (value - min) / range : 0));
        });
    }

    /** The text lines (without the rule) and fill colour of a node's box. */
    private record Box(List<String> lines, Color fill) {
    }

    /** What a node's box shows, apart from its split rule. */
    private interface Describer {
        Box describe(int node);
    }

    /** The layout: positions of the drawn nodes, leaves of the drawn part side by side in order. */
    private static final class Layout {
        final List<Integer> nodes = new ArrayList<>();
        final List<Double> slots = new ArrayList<>();
        final List<Integer> levels = new ArrayList<>();
        int leaves;
        int deepest;
        /** True if some drawn node has children that are not drawn. */
        boolean cut;

        /** Places node at its level; returns its horizontal slot (leaves at 0, 1, 2, …, parents centred). */
        double place(FittedTree tree, int node, int level, int maxDepth) {
            int index = nodes.size();
            nodes.add(node);
            slots.add(0.0);
            levels.add(level);
            deepest = Math.max(deepest, level);
            double slot;
            if (tree.isLeaf(node) || level == maxDepth) {
                cut |= !tree.isLeaf(node);
                slot = leaves++;
            } else {
                double left = place(tree, tree.left(node), level + 1, maxDepth);
                double right = place(tree, tree.right(node), level + 1, maxDepth);
                slot = (left + right) / 2;
            }
            slots.set(index, slot);
            return slot;
        }
    }

    private static XYChart draw(FittedTree tree, List<String> featureNames, int maxDepth, Describer describer) {
        if (maxDepth < 1 || maxDepth > MAX_DEPTH) {
            throw new IllegalArgumentException(String.format("tree: maxDepth expected 1 … %d, got %d", MAX_DEPTH, maxDepth));
        }
        requireNames("tree", "featureNames", featureNames, tree.numFeatures());
        Layout layout = new Layout();
        layout.place(tree, 0, 0, maxDepth);
        List<List<String>> texts = new ArrayList<>();
        List<Color> fills = new ArrayList<>();
        double boxWidth = 0;
        int mostLines = 0;
        for (int i = 0; i < layout.nodes.size(); i++) {
            int node = layout.nodes.get(i);
            Box box = describer.describe(node);
            List<String> lines = new ArrayList<>();
            if (!tree.isLeaf(node)) {
                String name = featureNames == null ? "x[" + tree.feature(node) + "]" : featureNames.get(tree.feature(node));
                lines.add(name + " ≤ " + number(tree.threshold(node)));
            }
            lines.addAll(box.lines());
            boxWidth = Math.max(boxWidth, BoxDrawing.boxWidth(lines));
            mostLines = Math.max(mostLines, lines.size());
            texts.add(lines);
            fills.add(box.fill());
        }
        double boxHeight = BoxDrawing.boxHeight(mostLines);
        double contentWidth = layout.leaves * (boxWidth + HORIZONTAL_GAP) - HORIZONTAL_GAP;
        double contentHeight = (layout.deepest + 1) * (boxHeight + VERTICAL_GAP)
                - (layout.cut ? 0 : VERTICAL_GAP);  // below a cut-off level the last gap holds the "…"
        int width = (int) Math.ceil(Math.max(ChartStyle.WIDTH, contentWidth + 2 * BoxDrawing.MARGIN));
        int height = (int) Math.ceil(Math.max(300, contentHeight + 2 * BoxDrawing.MARGIN + TITLE_ROOM));
        XYChart chart = BoxDrawing.canvas(width, height);
        double plotWidth = width - 2 * BoxDrawing.MARGIN;
        double plotHeight = height - 2 * BoxDrawing.MARGIN;
        double left = (plotWidth - contentWidth) / 2;
        double top = plotHeight - Math.max(0, (plotHeight - contentHeight) / 2);
        double[] xs = new double[layout.nodes.size()];
        double[] ys = new double[layout.nodes.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = left + layout.slots.get(i) * (boxWidth + HORIZONTAL_GAP) + boxWidth / 2;
            ys[i] = top - layout.levels.get(i) * (boxHeight + VERTICAL_GAP) - boxHeight / 2;
        }
        for (int i = 0; i < xs.length; i++) {
            int node = layout.nodes.get(i);
            for (int k = i + 1; k < xs.length; k++) {  // the drawn children of node follow it in depth-first order
                int child = layout.nodes.get(k);
                if (!tree.isLeaf(node) && (child == tree.left(node) || child == tree.right(node))) {
                    BoxDrawing.edge(chart, "edge " + node + "-" + child, xs[i], ys[i] - boxHeight / 2, xs[k],
                            ys[k] + boxHeight / 2);
                    if (node == 0) {
                        BoxDrawing.label(chart, child == tree.left(node) ? "True" : "False",
                                (xs[i] + xs[k]) / 2 + (child == tree.left(node) ? -1 : 1) * 14, ys[i] - boxHeight / 2 - VERTICAL_GAP / 2);
                    }
                }
            }
            BoxDrawing.box(chart, "node " + node, xs[i], ys[i], boxWidth, boxHeight, fills.get(i));
            BoxDrawing.text(chart, texts.get(i), xs[i], ys[i]);
            if (!tree.isLeaf(node) && layout.levels.get(i) == maxDepth) {
                BoxDrawing.label(chart, "…", xs[i], ys[i] - boxHeight / 2 - VERTICAL_GAP / 2);
            }
        }
        return chart;
    }

    /** How clearly the majority wins: (p₁ − p₂) / (1 − p₂) for the two largest class shares (1 if pure). */
    private static double purity(double[] weights) {
        double total = 0;
        double first = 0;
        double second = 0;
        for (double w : weights) {
            total += w;
            if (w > first) {
                second = first;
                first = w;
            } else if (w > second) {
                second = w;
            }
        }
        double p1 = first / total;
        double p2 = second / total;
        return p2 >= 1 ? 1 : (p1 - p2) / (1 - p2);
    }

    /** The class with the largest weight (the smallest such on a tie). */
    private static int majority(double[] weights) {
        int best = 0;
        for (int c = 1; c < weights.length; c++) {
            if (weights[c] > weights[best]) {
                best = c;
            }
        }
        return best;
    }

    /** [50, 0, 0], or with decimals when the weights are not whole. */
    private static String values(double[] weights) {
        StringBuilder text = new StringBuilder("[");
        for (int c = 0; c < weights.length; c++) {
            text.append(c == 0 ? "" : ", ").append(number(weights[c]));
        }
        return text.append(']').toString();
    }

    /** value rounded to 3 decimals, without trailing zeros: 2.45, 0.667, 50. */
    private static String number(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static void requireNames(String method, String argument, List<String> names, int expected) {
        if (names != null && names.size() != expected) {
            throw new IllegalArgumentException(String.format("%s: %s expected %d names, got %d",
                    method, argument, expected, names.size()));
        }
    }
}

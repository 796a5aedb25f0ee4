package org.mlworkbook.tree;

import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * A grown tree as indented text, one line per branch, as scikit-learn's {@code export_text}:
 * <pre>
 * |--- petal_length &lt;= 2.45
 * |   |--- class: setosa
 * |--- petal_length &gt;  2.45
 * </pre>
 */
final class TreeText {

    private TreeText() {
    }

    /**
     * @param featureNames d names, or null for x[0], x[1], …
     * @param leafLabel    what a leaf says, e.g. "class: setosa"
     */
    static String render(String method, FittedTree tree, List<String> featureNames, IntFunction<String> leafLabel) {
        if (featureNames != null && featureNames.size() != tree.numFeatures()) {
            throw new IllegalArgumentException(String.format("%s: featureNames expected %d names (one per feature), got %d",
                    method, tree.numFeatures(), featureNames.size()));
        }
        StringBuilder text = new StringBuilder();
        append(text, tree, 0, "", featureNames, leafLabel);
        return text.toString();
    }

    /** The name of feature j: featureNames[j], or "x[j]". */
    static String featureName(List<String> featureNames, int j) {
        return featureNames == null ? "x[" + j + "]" : featureNames.get(j);
    }

    /** A threshold or value with up to 4 decimals, trailing zeros dropped. */
    static String number(double value) {
        String text = String.format(Locale.ROOT, "%.4f", value);
        text = text.replaceAll("0+$", "");
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    private static void append(StringBuilder text, FittedTree tree, int node, String indent,
                               List<String> featureNames, IntFunction<String> leafLabel) {
        if (tree.isLeaf(node)) {
            text.append(indent).append("|--- ").append(leafLabel.apply(node)).append('\n');
            return;
        }
        String name = featureName(featureNames, tree.feature(node));
        String t = number(tree.threshold(node));
        text.append(indent).append("|--- ").append(name).append(" <= ").append(t).append('\n');
        append(text, tree, tree.left(node), indent + "|   ", featureNames, leafLabel);
        text.append(indent).append("|--- ").append(name).append(" >  ").append(t).append('\n');
        append(text, tree, tree.right(node), indent + "|   ", featureNames, leafLabel);
    }
}

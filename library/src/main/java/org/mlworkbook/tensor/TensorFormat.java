package org.mlworkbook.tensor;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Text form of a tensor, as numpy prints arrays: nested brackets, one row per line, numbers right-aligned to a
 * common width at the decimal point and rounded to 6 significant digits. A tensor of more than {@value #MAX_FULL} elements is
 * summarised: along each axis longer than 2·{@value #EDGE_ITEMS} only the first and last {@value #EDGE_ITEMS}
 * entries are printed around a "…", and a last line gives the shape.
 */
final class TensorFormat {

    /** Tensors with at most this many elements are printed in full. */
    static final int MAX_FULL = 100;
    /** Entries kept at each end of a summarised axis. */
    static final int EDGE_ITEMS = 3;
    private static final MathContext DIGITS = new MathContext(6);
    private static final String ELLIPSIS = "…";

    private TensorFormat() {
    }

    static String format(double[] data, int[] shape) {
        if (shape.length == 0) {
            return number(data[0]);
        }
        if (data.length == 0) {
            return "[]" + (shape.length > 1 ? "\nshape " + Arrays.toString(shape) : "");
        }
        boolean summarise = data.length > MAX_FULL;
        int[] strides = new int[shape.length];
        strides[shape.length - 1] = 1;
        for (int axis = shape.length - 2; axis >= 0; axis--) {
            strides[axis] = strides[axis + 1] * shape[axis + 1];
        }
        List<int[]> shown = new ArrayList<>();
        for (int length : shape) {
            shown.add(shownIndices(length, summarise));
        }
        int[] widths = widths(data, strides, shown, 0, 0, new int[2]);
        StringBuilder text = new StringBuilder();
        render(text, data, strides, shown, 0, 0, widths);
        if (summarise) {
            text.append("\nshape ").append(Arrays.toString(shape));
        }
        return text.toString();
    }

    /** A number rounded to 6 significant digits, in Java's {@code Double.toString} form (1.0, 0.333333, 1.0E-5). */
    static String number(double value) {
        if (!Double.isFinite(value) || value == 0) {
            return Double.toString(value);
        }
        return Double.toString(new BigDecimal(value).round(DIGITS).doubleValue());
    }

    /** The indices printed along an axis of the given length; −1 marks the "…". */
    private static int[] shownIndices(int length, boolean summarise) {
        if (!summarise || length <= 2 * EDGE_ITEMS) {
            int[] all = new int[length];
            Arrays.setAll(all, i -> i);
            return all;
        }
        int[] edges = new int[2 * EDGE_ITEMS + 1];
        for (int i = 0; i < EDGE_ITEMS; i++) {
            edges[i] = i;
            edges[EDGE_ITEMS + 1 + i] = length - EDGE_ITEMS + i;
        }
        edges[EDGE_ITEMS] = -1;
        return edges;
    }

    /** {widest part before the '.', widest part from the '.' on} over the printed numbers. */
    private static int[] widths(double[] data, int[] strides, List<int[]> shown, int axis, int offset, int[] widths) {
        for (int index : shown.get(axis)) {
            if (index < 0) {
                continue;
            }
            int at = offset + index * strides[axis];
            if (axis == strides.length - 1) {
                String text = number(data[at]);
                int dot = pointAt(text);
                widths[0] = Math.max(widths[0], dot);
                widths[1] = Math.max(widths[1], text.length() - dot);
            } else {
                widths(data, strides, shown, axis + 1, at, widths);
            }
        }
        return widths;
    }

    private static void render(StringBuilder text, double[] data, int[] strides, List<int[]> shown, int axis,
                               int offset, int[] widths) {
        boolean innermost = axis == strides.length - 1;
        String separator = innermost ? ", " : ",\n" + "\n".repeat(strides.length - axis - 2) + " ".repeat(axis + 1);
        text.append('[');
        int[] indices = shown.get(axis);
        for (int k = 0; k < indices.length; k++) {
            if (k > 0) {
                text.append(separator);
            }
            if (indices[k] < 0) {
                text.append(ELLIPSIS);
            } else if (innermost) {
                text.append(pad(number(data[offset + indices[k]]), widths));
            } else {
                render(text, data, strides, shown, axis + 1, offset + indices[k] * strides[axis], widths);
            }
        }
        text.append(']');
    }

    /** Aligns at the decimal point: spaces before up to widths[0], after up to widths[1]. */
    private static String pad(String text, int[] widths) {
        int dot = pointAt(text);
        return " ".repeat(widths[0] - dot) + text + " ".repeat(widths[1] - (text.length() - dot));
    }

    /** The position of the '.', or the length for NaN and Infinity. */
    private static int pointAt(String text) {
        int dot = text.indexOf('.');
        return dot < 0 ? text.length() : dot;
    }
}

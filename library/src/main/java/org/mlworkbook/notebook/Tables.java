package org.mlworkbook.notebook;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.NumberColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A Tablesaw {@link Table} as HTML (what a notebook cell shows) and as plain text (the fallback).
 *
 * <p>Both forms start with a caption such as {@code "iris.csv · 150 rows × 5 columns"} and show the row
 * index first. A table of more than 20 rows shows its first 10 and last 5 rows around a row of "…", and
 * likewise for more than 20 columns, so printing a 1797-row data set stays readable. Floating-point numbers
 * are written with at most 6 significant digits ({@code 0.1}, {@code 1065}, {@code 3.14159},
 * {@code 1.5e-07}), integers in full, and missing values as empty cells. Pitfall: what is shown is rounded;
 * compute with the column, not with its display.
 */
public final class Tables {

    private static final int MAX_FULL = 20;
    private static final int HEAD = 10;
    private static final int TAIL = 5;
    private static final String ELLIPSIS = "…";
    private static final MathContext SIGNIFICANT_DIGITS = new MathContext(6);

    private Tables() {
    }

    /**
     * The table as an HTML {@code <table>} with a caption, a header row and escaped cell text; numeric
     * columns are right-aligned.
     *
     * @param table the table to show. Not modified.
     * @return HTML for a Jupyter {@code text/html} output
     * @throws IllegalArgumentException if {@code table} is null
     */
    public static String toHtml(Table table) {
        requireTable("toHtml", table);
        List<Integer> rows = shownIndices(table.rowCount());
        List<Integer> columns = shownIndices(table.columnCount());
        String[][] cells = cells(table, rows, columns);
        StringBuilder html = new StringBuilder("<table class=\"mlworkbook-table\">\n");
        html.append("<caption style=\"caption-side: top; text-align: left\">")
                .append(escape(caption(table))).append("</caption>\n");
        html.append("<thead><tr><th></th>");
        for (int c : columns) {
            html.append("<th>").append(c < 0 ? ELLIPSIS : escape(table.column(c).name())).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (int i = 0; i < rows.size(); i++) {
            int row = rows.get(i);
            html.append("<tr><th>").append(row < 0 ? ELLIPSIS : Integer.toString(row)).append("</th>");
            for (int j = 0; j < columns.size(); j++) {
                boolean numeric = columns.get(j) >= 0 && table.column(columns.get(j)) instanceof NumberColumn;
                html.append(numeric ? "<td style=\"text-align: right\">" : "<td>")
                        .append(escape(cells[i][j])).append("</td>");
            }
            html.append("</tr>\n");
        }
        return html.append("</tbody>\n</table>").toString();
    }

    /**
     * The table as aligned plain text: the caption line, then the header and the rows, right-aligned in
     * columns separated by two spaces, truncated like {@link #toHtml(Table)}.
     *
     * @param table the table to show. Not modified.
     * @return text for a Jupyter {@code text/plain} output
     * @throws IllegalArgumentException if {@code table} is null
     */
    public static String toText(Table table) {
        requireTable("toText", table);
        List<Integer> rows = shownIndices(table.rowCount());
        List<Integer> columns = shownIndices(table.columnCount());
        String[][] cells = cells(table, rows, columns);
        List<String[]> lines = new ArrayList<>();
        String[] header = new String[columns.size() + 1];
        header[0] = "";
        for (int j = 0; j < columns.size(); j++) {
            header[j + 1] = columns.get(j) < 0 ? ELLIPSIS : table.column(columns.get(j)).name();
        }
        lines.add(header);
        for (int i = 0; i < rows.size(); i++) {
            String[] line = new String[columns.size() + 1];
            line[0] = rows.get(i) < 0 ? ELLIPSIS : Integer.toString(rows.get(i));
            System.arraycopy(cells[i], 0, line, 1, columns.size());
            lines.add(line);
        }
        int[] widths = new int[header.length];
        for (String[] line : lines) {
            for (int j = 0; j < line.length; j++) {
                widths[j] = Math.max(widths[j], line[j].length());
            }
        }
        StringBuilder text = new StringBuilder(caption(table));
        for (String[] line : lines) {
            text.append('\n');
            for (int j = 0; j < line.length; j++) {
                text.append(j == 0 ? "" : "  ").append(" ".repeat(widths[j] - line[j].length())).append(line[j]);
            }
        }
        return text.toString();
    }

    /** "name · R rows × C columns", or without the name when the table has none. */
    private static String caption(Table table) {
        String size = plural(table.rowCount(), "row") + " × " + plural(table.columnCount(), "column");
        String name = table.name();
        return name == null || name.isBlank() ? size : name + " · " + size;
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /** 0 … n−1 when n ≤ 20; otherwise 0 … 9, −1 (the ellipsis), n−5 … n−1. */
    private static List<Integer> shownIndices(int n) {
        List<Integer> indices = new ArrayList<>();
        if (n <= MAX_FULL) {
            for (int i = 0; i < n; i++) {
                indices.add(i);
            }
            return indices;
        }
        for (int i = 0; i < HEAD; i++) {
            indices.add(i);
        }
        indices.add(-1);
        for (int i = n - TAIL; i < n; i++) {
            indices.add(i);
        }
        return indices;
    }

    /** The shown cells, [shown row][shown column], with "…" where a row or column index is −1. */
    private static String[][] cells(Table table, List<Integer> rows, List<Integer> columns) {
        String[][] cells = new String[rows.size()][columns.size()];
        for (int j = 0; j < columns.size(); j++) {
            String[] column = columns.get(j) < 0 ? null : columnCells(table.column(columns.get(j)), rows);
            for (int i = 0; i < rows.size(); i++) {
                cells[i][j] = column == null ? ELLIPSIS : column[i];
            }
        }
        return cells;
    }

    /**
     * One column's shown cells. Floating-point values get the same number of decimals within the column
     * (5.0, 5.1, 4.25 → 5.00, 5.10, 4.25) unless one of them needs scientific notation.
     */
    private static String[] columnCells(Column<?> column, List<Integer> rows) {
        boolean floating = column instanceof DoubleColumn || column instanceof FloatColumn;
        String[] cells = new String[rows.size()];
        int decimals = 0;
        boolean scientific = false;
        for (int i = 0; i < cells.length; i++) {
            int row = rows.get(i);
            if (row < 0) {
                cells[i] = ELLIPSIS;
            } else if (column.isMissing(row)) {
                cells[i] = "";
            } else if (floating) {
                cells[i] = formatNumber(((NumberColumn<?, ?>) column).getDouble(row));
                scientific |= cells[i].contains("e");
                int point = cells[i].indexOf('.');
                decimals = Math.max(decimals, point < 0 ? 0 : cells[i].length() - point - 1);
            } else {
                cells[i] = column instanceof NumberColumn ? column.getUnformattedString(row) : column.getString(row);
            }
        }
        if (floating && !scientific) {
            for (int i = 0; i < cells.length; i++) {
                if (!cells[i].isEmpty() && isPlainNumber(cells[i])) {
                    cells[i] = new BigDecimal(cells[i]).setScale(decimals).toPlainString();
                }
            }
        }
        return cells;
    }

    private static boolean isPlainNumber(String text) {
        return text.chars().allMatch(ch -> ch == '-' || ch == '.' || (ch >= '0' && ch <= '9'));
    }

    /** At most 6 significant digits, plain notation for 10⁻⁴ ≤ |v| &lt; 10⁷, else d.ddddde±XX. */
    static String formatNumber(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == 0) {
            return "0";
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 1e-4 && magnitude < 1e7) {
            BigDecimal rounded = new BigDecimal(value).round(SIGNIFICANT_DIGITS).stripTrailingZeros();
            return rounded.toPlainString();
        }
        String scientific = String.format(Locale.ROOT, "%.5e", value);
        int e = scientific.indexOf('e');
        String mantissa = scientific.substring(0, e).replaceAll("\\.?0+$", "");
        return mantissa + scientific.substring(e);
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(ch);
            }
        }
        return escaped.toString();
    }

    private static void requireTable(String method, Table table) {
        if (table == null) {
            throw new IllegalArgumentException(method + ": table expected a Tablesaw Table, got null");
        }
    }
}

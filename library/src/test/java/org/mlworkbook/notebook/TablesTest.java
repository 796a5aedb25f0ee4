package org.mlworkbook.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class TablesTest {

    private static Table counting(String name, int rows) {
        return Table.create(name, IntColumn.create("n", IntStream.range(0, rows).toArray()));
    }

    private static int bodyRows(String html) {
        return count(html.substring(html.indexOf("<tbody>")), "<tr>");
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    @Test
    void captionNamesTheTableAndCountsRowsAndColumns() {
        Table table = Table.create("iris", DoubleColumn.create("a", new double[150]),
                DoubleColumn.create("b", new double[150]), DoubleColumn.create("c", new double[150]),
                DoubleColumn.create("d", new double[150]), IntColumn.create("target", new int[150]));
        assertTrue(Tables.toHtml(table).contains("iris · 150 rows × 5 columns"));
        assertTrue(Tables.toText(table).startsWith("iris · 150 rows × 5 columns\n"));
    }

    @Test
    void captionOfAnUnnamedTableIsJustItsSizeInSingular() {
        Table table = Table.create(IntColumn.create("n", new int[] {7}));
        assertTrue(Tables.toText(table).startsWith("1 row × 1 column\n"), Tables.toText(table));
    }

    @Test
    void htmlEscapesColumnNamesAndCells() {
        Table table = Table.create("a&b", StringColumn.create("x<y", "<script>'\"&"));
        String html = Tables.toHtml(table);
        assertTrue(html.contains("<th>x&lt;y</th>"), html);
        assertTrue(html.contains("<td>&lt;script&gt;&#39;&quot;&amp;</td>"), html);
        assertTrue(html.contains("a&amp;b · 1 row × 1 column"), html);
        assertFalse(html.contains("<script>"), html);
    }

    @Test
    void htmlOfTwentyRowsShowsThemAll() {
        String html = Tables.toHtml(counting("t", 20));
        assertEquals(20, bodyRows(html));
        assertFalse(html.contains("…"));
    }

    @Test
    void htmlOfMoreThanTwentyRowsShowsFirstTenEllipsisAndLastFive() {
        String html = Tables.toHtml(counting("t", 30));
        assertEquals(10 + 1 + 5, bodyRows(html));
        assertTrue(html.contains("<tr><th>9</th><td style=\"text-align: right\">9</td></tr>"), html);
        assertTrue(html.contains("<tr><th>…</th><td style=\"text-align: right\">…</td></tr>"), html);
        assertTrue(html.contains("<tr><th>25</th>"), html);
        assertFalse(html.contains("<tr><th>10</th>"), html);
        assertFalse(html.contains("<tr><th>24</th>"), html);
    }

    @Test
    void moreThanTwentyColumnsShowFirstTenEllipsisAndLastFive() {
        Table table = Table.create("wide");
        for (int c = 0; c < 64; c++) {
            table.addColumns(IntColumn.create("pixel_" + c, new int[] {c}));
        }
        String html = Tables.toHtml(table);
        assertEquals(1 + 10 + 1 + 5 + 1, count(html, "<th>"), html); // corner, 10 + … + 5 headers, row index
        assertTrue(html.contains("<th>pixel_9</th><th>…</th><th>pixel_59</th>"), html);
        assertTrue(html.contains("wide · 1 row × 64 columns"), html);
    }

    @Test
    void textIsTruncatedLikeHtmlAndRightAligned() {
        String[] lines = Tables.toText(counting("t", 30)).split("\n");
        assertEquals(1 + 1 + 16, lines.length);
        assertEquals("     n", lines[1]);
        assertEquals(" 0   0", lines[2]);
        assertEquals(" …   …", lines[12]);
        assertEquals("29  29", lines[17]);
    }

    @Test
    void floatingPointColumnsShareTheirNumberOfDecimals() {
        Table table = Table.create("t", DoubleColumn.create("x", 5.0, 5.1, 4.25, Double.NaN),
                IntColumn.create("proline", 1065, 1050, 1185, 1480));
        String[] lines = Tables.toText(table).split("\n");
        assertEquals("      x  proline", lines[1]);
        assertEquals("0  5.00     1065", lines[2]);
        assertEquals("1  5.10     1050", lines[3]);
        assertEquals("2  4.25     1185", lines[4]);
        assertEquals("3           1480", lines[5]); // a missing value is an empty cell
    }

    @Test
    void numbersAreRoundedToSixSignificantDigits() {
        assertEquals("0.3", Tables.formatNumber(0.1 + 0.2));
        assertEquals("3.14159", Tables.formatNumber(Math.PI));
        assertEquals("1065", Tables.formatNumber(1065.0));
        assertEquals("1.5e-07", Tables.formatNumber(1.5e-7));
        assertEquals("1.23457e+07", Tables.formatNumber(12_345_678.0));
        assertEquals("0", Tables.formatNumber(-0.0));
    }

    @Test
    void aColumnWithAVerySmallValueStaysInScientificNotation() {
        Table table = Table.create("t", DoubleColumn.create("p", 0.5, 1e-9));
        String[] lines = Tables.toText(table).split("\n");
        assertEquals("0    0.5", lines[2]);
        assertEquals("1  1e-09", lines[3]);
    }

    @Test
    void nullTableIsRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> Tables.toHtml(null));
        assertEquals("toHtml: table expected a Tablesaw Table, got null", e.getMessage());
    }
}

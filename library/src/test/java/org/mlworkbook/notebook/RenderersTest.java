package org.mlworkbook.notebook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import java.awt.Graphics2D;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.PieChart;
import org.knowm.xchart.PieChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Chart;
import org.mlworkbook.plot.Plots;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

class RenderersTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private Renderer renderer;

    @BeforeEach
    void registerWithAFreshRenderer() {
        renderer = new Renderer();
        Renderers.registerAll(renderer);
    }

    private static XYChart irisChart() {
        return Plots.scatter("Iris", new double[] {1.4, 4.7, 6.0}, new double[] {0.2, 1.4, 2.5});
    }

    private void assertRendersAsPng(Chart<?, ?> chart, String expectedText) {
        DisplayData data = renderer.render(chart);
        assertEquals(expectedText, data.getData(MIMEType.TEXT_PLAIN));
        byte[] png = Base64.getDecoder().decode((String) data.getData(MIMEType.IMAGE_PNG));
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(png, PNG_SIGNATURE.length));
    }

    @Test
    void xyChartRendersAsBase64PngWithTextFallback() {
        assertRendersAsPng(irisChart(), "XYChart 'Iris' 600×400");
    }

    @Test
    void categoryChartRendersAsPngWithTextFallback() {
        CategoryChart chart = new CategoryChartBuilder().width(300).height(200).title("Counts").build();
        chart.addSeries("n", new double[] {0, 1, 2}, new double[] {50, 50, 50});
        assertRendersAsPng(chart, "CategoryChart 'Counts' 300×200");
    }

    @Test
    void heatMapChartRendersAsPngWithTextFallback() {
        HeatMapChart chart = new HeatMapChartBuilder().width(300).height(200).title("Confusion").build();
        chart.addSeries("m", new int[] {0, 1}, new int[] {0, 1}, new int[][] {{0, 0, 5}, {0, 1, 1}, {1, 0, 2},
            {1, 1, 7}});
        assertRendersAsPng(chart, "HeatMapChart 'Confusion' 300×200");
    }

    @Test
    void pieChartRendersAsPngWithTextFallback() {
        PieChart chart = new PieChartBuilder().width(300).height(200).title("Classes").build();
        chart.addSeries("malignant", 212);
        chart.addSeries("benign", 357);
        assertRendersAsPng(chart, "PieChart 'Classes' 300×200");
    }

    @Test
    void renderedPngIsTheOneFromPlots() {
        XYChart chart = irisChart();
        String base64 = (String) renderer.render(chart).getData(MIMEType.IMAGE_PNG);
        assertArrayEquals(Plots.png(chart), Base64.getDecoder().decode(base64));
    }

    @Test
    void tableRendersAsHtmlWithTextFallback() {
        Table table = Table.create("t", DoubleColumn.create("x", 1.5, 2.5));
        DisplayData data = renderer.render(table);
        assertEquals(Tables.toHtml(table), data.getData(MIMEType.TEXT_HTML));
        assertEquals(Tables.toText(table), data.getData(MIMEType.TEXT_PLAIN));
    }

    @Test
    void latexRendersAsDisplayMathWithSourceAsText() {
        DisplayData data = renderer.render(Latex.of("\\sigma(x) = 1/(1+e^{-x})"));
        assertEquals("$$\\sigma(x) = 1/(1+e^{-x})$$", data.getData(MIMEType.TEXT_LATEX));
        assertEquals("\\sigma(x) = 1/(1+e^{-x})", data.getData(MIMEType.TEXT_PLAIN));
    }

    @Test
    void markdownRendersAsMarkdownWithTextFallback() {
        DisplayData data = renderer.render(Markdown.of("**k = 3** gives 0.95"));
        assertEquals("**k = 3** gives 0.95", data.getData(MIMEType.TEXT_MARKDOWN));
        assertEquals("**k = 3** gives 0.95", data.getData(MIMEType.TEXT_PLAIN));
    }

    @Test
    void renderingAsPlainTextOnlyGivesTheReadableTextAndNoImage() {
        DisplayData data = renderer.renderAs(irisChart(), "text/plain");
        assertEquals("XYChart 'Iris' 600×400", data.getData(MIMEType.TEXT_PLAIN));
        assertFalse(data.hasDataForType(MIMEType.IMAGE_PNG));
    }

    @Test
    void registeringTwiceStillDrawsAChartOnlyOnce() {
        int[] paints = {0};
        XYChart chart = new XYChart(600, 400) {
            @Override
            public void paint(Graphics2D graphics, int width, int height) {
                paints[0]++;
                super.paint(graphics, width, height);
            }
        };
        chart.addSeries("y", new double[] {0, 1}, new double[] {1, 0});
        Renderers.registerAll(renderer);
        DisplayData data = renderer.render(chart);
        assertEquals(1, paints[0]);
        assertTrue(data.hasDataForType(MIMEType.IMAGE_PNG));
    }

    @Test
    void anUnregisteredRendererStillShowsOnlyToString() {
        DisplayData data = new Renderer().render(Markdown.of("*x*"));
        assertEquals("Markdown[text=*x*]", data.getData(MIMEType.TEXT_PLAIN));
        assertFalse(data.hasDataForType(MIMEType.TEXT_MARKDOWN));
    }

    @Test
    void installFindsNoKernelInUnitTestsAndReturnsFalse() {
        assertFalse(Renderers.install());
    }

    @Test
    void registerAllRejectsNull() {
        var e = assertThrows(IllegalArgumentException.class, () -> Renderers.registerAll(null));
        assertTrue(e.getMessage().startsWith("registerAll: renderer expected"), e.getMessage());
    }
}

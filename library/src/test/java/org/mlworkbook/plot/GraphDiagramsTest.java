package org.mlworkbook.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.mlworkbook.autodiff.Var;
import org.mlworkbook.math.Rng;
import org.mlworkbook.tensor.Tensor;

class GraphDiagramsTest {

    private static long count(XYChart chart, String prefix) {
        return chart.getSeriesMap().keySet().stream()
                .filter(name -> name.startsWith(prefix) && !name.endsWith(" head")).count();
    }

    /** e = (a + b)(b + 1) at a = 2, b = 1 after backward: ∂e/∂a = 2, ∂e/∂b = 5. */
    private static Var lectureExample() {
        Var a = Var.scalar(2).named("a");
        Var b = Var.scalar(1).named("b");
        Var e = a.add(b).named("c").mul(b.add(1).named("d")).named("e");
        e.backward();
        return e;
    }

    private static double centreX(XYSeries box) {
        return (box.getXMin() + box.getXMax()) / 2;
    }

    @Test
    void theLectureGraphHasSixBoxesAndSixArrowsWithValuesAndGradients() {
        Var e = lectureExample();
        XYChart chart = GraphDiagrams.graph(e);
        assertEquals(6, count(chart, "node "));
        assertEquals(6, count(chart, "edge "));
        assertEquals(List.of(
                List.of("a", "value = 2", "grad = 2"),
                List.of("b", "value = 1", "grad = 5"),
                List.of("c = add", "value = 3", "grad = 2"),
                List.of("const", "value = 1"),
                List.of("d = add", "value = 2", "grad = 3"),
                List.of("e = mul", "value = 6", "grad = 1")), GraphDiagrams.texts(e));
        assertTrue(chart.getSeriesMap().containsKey("edge 1-4"), "b feeds d = b + 1");
    }

    @Test
    void leavesAreLeftOfTheirOperationsAndTheOutputIsRightmost() {
        XYChart chart = GraphDiagrams.graph(lectureExample());
        double a = centreX(chart.getSeriesMap().get("node 0"));
        double constant = centreX(chart.getSeriesMap().get("node 3"));
        double c = centreX(chart.getSeriesMap().get("node 2"));
        double d = centreX(chart.getSeriesMap().get("node 4"));
        double e = centreX(chart.getSeriesMap().get("node 5"));
        assertEquals(a, constant, 1e-9, "all three leaves in the first column");
        assertEquals(c, d, 1e-9, "both sums in the second");
        assertTrue(a < c && c < e);
        double arrowTip = chart.getSeriesMap().get("edge 2-5 head").getXData()[0];
        assertEquals(chart.getSeriesMap().get("node 5").getXMin(), arrowTip, 1e-9, "arrows end at the box's left edge");
    }

    @Test
    void aLeafUsedOnlyLaterSitsNextToItsOperation() {
        Var x = Var.scalar(-2).named("x");
        Var y = Var.scalar(5).named("y");
        Var z = Var.scalar(-4).named("z");
        Var f = x.add(y).named("q").mul(z).named("f");
        f.backward();
        XYChart chart = GraphDiagrams.graph(f);
        assertEquals(List.of("z", "value = -4", "grad = 3"), GraphDiagrams.texts(f).get(3));
        assertEquals(List.of("f = mul", "value = -12", "grad = 1"), GraphDiagrams.texts(f).get(4));
        assertEquals(centreX(chart.getSeriesMap().get("node 2")), centreX(chart.getSeriesMap().get("node 3")), 1e-9,
                "z stands in q's column, one left of f");
    }

    @Test
    void tensorsShowTheirShapeAndTheGradientNormAndUnnamedLeavesAreNumbered() {
        Rng rng = new Rng(0);
        Var x = Var.constant(Tensor.randomNormal(rng, 0, 1, 8, 3));
        Var w1 = Var.of(Tensor.randomNormal(rng, 0, 1, 3, 4));
        Var b1 = Var.of(Tensor.zeros(4));
        Var w2 = Var.of(Tensor.full(0.5, 4, 1));
        Var loss = x.matmul(w1).add(b1).relu().matmul(w2).pow(2).mean();
        loss.backward();
        List<List<String>> texts = GraphDiagrams.texts(loss);
        assertEquals(List.of("const", "value [8, 3]"), texts.get(0));
        assertEquals("x0", texts.get(1).get(0));
        assertEquals("value [3, 4]", texts.get(1).get(1));
        assertTrue(texts.get(1).get(2).startsWith("‖grad‖ = "), texts.get(1).toString());
        assertEquals("x1", texts.get(3).get(0));
        XYChart chart = GraphDiagrams.graph(loss);
        assertEquals(10, count(chart, "node "));
        assertEquals(9, count(chart, "edge "));
        assertArrayEquals(Plots.png(chart), Plots.png(GraphDiagrams.graph(loss)));
    }

    @Test
    void aThreeLayerNetworkIsDrawnTopDownToFitANotebook() {
        Rng rng = new Rng(1);
        Var h = Var.constant(Tensor.randomNormal(rng, 0, 1, 32, 2)).named("X");
        int[] sizes = {2, 8, 8, 3};
        for (int layer = 1; layer < sizes.length; layer++) {
            Var w = Var.of(Tensor.randomNormal(rng, 0, 1, sizes[layer - 1], sizes[layer])).named("W" + layer);
            Var b = Var.of(Tensor.zeros(sizes[layer])).named("b" + layer);
            h = h.matmul(w).add(b);
            h = layer < sizes.length - 1 ? h.tanh() : h;
        }
        Var loss = h.pow(2).mean().named("L");
        loss.backward();
        XYChart chart = GraphDiagrams.graph(loss);
        assertEquals(17, count(chart, "node "));
        assertTrue(chart.getWidth() <= GraphDiagrams.MAX_ROW_WIDTH, "width " + chart.getWidth());
        XYSeries input = chart.getSeriesMap().get("node 0");
        XYSeries output = chart.getSeriesMap().get("node 16");
        assertTrue(output.getYMax() < input.getYMin(), "the output is below the input");
        double arrowTip = chart.getSeriesMap().get("edge 15-16 head").getYData()[0];
        assertEquals(output.getYMax(), arrowTip, 1e-9, "arrows end at the top edge of the box");
    }

    @Test
    void aVarUsedTwiceByOneOperationGetsTwoArrows() {
        Var x = Var.scalar(3).named("x");
        XYChart chart = GraphDiagrams.graph(x.mul(x));
        assertEquals(2, count(chart, "node "));
        assertEquals(2, count(chart, "edge "));
        assertEquals(List.of(List.of("x", "value = 3")), GraphDiagrams.texts(x));
    }

    @Test
    void numbersAreShortAndReadable() {
        assertEquals("0.25", GraphDiagrams.number(0.25));
        assertEquals("1.333", GraphDiagrams.number(4.0 / 3));
        assertEquals("-12", GraphDiagrams.number(-12));
        assertEquals("0", GraphDiagrams.number(0));
        assertEquals("1.235e-07", GraphDiagrams.number(1.23456e-7));
    }

    @Test
    void badArgumentsAreRejected() {
        var none = assertThrows(IllegalArgumentException.class, () -> GraphDiagrams.graph(null));
        assertEquals("graph: output expected a Var, got null", none.getMessage());
        Var big = Var.scalar(0);
        for (int i = 0; i < GraphDiagrams.MAX_NODES; i++) {
            big = big.add(Var.scalar(i));
        }
        Var tooBig = big;
        var large = assertThrows(IllegalArgumentException.class, () -> GraphDiagrams.graph(tooBig));
        assertTrue(large.getMessage().startsWith("graph: output expected a graph of at most 100 nodes"), large.getMessage());
    }
}

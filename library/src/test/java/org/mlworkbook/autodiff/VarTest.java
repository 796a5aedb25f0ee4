package org.mlworkbook.autodiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mlworkbook.tensor.Tensor;

class VarTest {

    @Test
    void lectureGraphEGivesHandDerivedGradients() {
        // e = (a + b)(b + 1) at a = 2, b = 1: c = 3, d = 2, e = 6; ∂e/∂a = d = 2, ∂e/∂b = d + c = 5
        Var a = Var.scalar(2);
        Var b = Var.scalar(1);
        Var e = a.add(b).mul(b.add(1));
        e.backward();
        assertEquals(6.0, e.item(), 0.0);
        assertEquals(2.0, a.grad().item(), 0.0);
        assertEquals(5.0, b.grad().item(), 0.0);
        assertEquals(1.0, e.grad().item(), 0.0);
    }

    @Test
    void lectureGraphFGivesUpstreamTimesLocal() {
        // f = (x + y)z with g = x + y: ∂f/∂x = ∂f/∂y = z, ∂f/∂z = g; at x = −2, y = 5, z = −4: f = −12
        Var x = Var.scalar(-2);
        Var y = Var.scalar(5);
        Var z = Var.scalar(-4);
        Var g = x.add(y);
        Var f = g.mul(z);
        f.backward();
        assertEquals(-12.0, f.item(), 0.0);
        assertEquals(-4.0, x.grad().item(), 0.0);
        assertEquals(-4.0, y.grad().item(), 0.0);
        assertEquals(3.0, z.grad().item(), 0.0);
        assertEquals(-4.0, g.grad().item(), 0.0); // ∂f/∂g = z, the upstream gradient of the add node
    }

    @Test
    void aVarUsedTwiceGetsTheSumOfBothBranches() {
        Var x = Var.of(Tensor.of(3, -1.5));
        x.mul(x).sum().backward();
        assertArrayEquals(new double[] {6, -3}, x.grad().toArray(), 0.0);
    }

    @Test
    void gradientsAccumulateOverPassesUntilZeroGrad() {
        Var x = Var.scalar(3);
        x.mul(x).backward();
        x.mul(x).backward();
        assertEquals(12.0, x.grad().item(), 0.0);
        x.zeroGrad();
        assertEquals(0.0, x.grad().item(), 0.0);
        x.pow(3).backward();
        assertEquals(27.0, x.grad().item(), 1e-12);
    }

    @Test
    void backwardOnANonScalarNeedsASeed() {
        Var x = Var.of(Tensor.of(1, 2, 3));
        Var y = x.mul(2);
        IllegalStateException e = assertThrows(IllegalStateException.class, y::backward);
        assertTrue(e.getMessage().contains("backward") && e.getMessage().contains("[3]"), e.getMessage());
        y.backward(Tensor.of(1, 10, 100));
        assertArrayEquals(new double[] {2, 20, 200}, x.grad().toArray(), 0.0);
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> y.backward(Tensor.of(1, 2)));
        assertEquals("backward: seed expected shape [3], got [2]", bad.getMessage());
    }

    @Test
    void constantsGetNoGradientAndAGraphOfConstantsCannotBackward() {
        Var w = Var.of(Tensor.of(2, 3));
        Var c = Var.constant(Tensor.of(5, 7));
        w.mul(c).sum().backward();
        assertArrayEquals(new double[] {5, 7}, w.grad().toArray(), 0.0);
        assertNull(c.grad());
        Var k = c.mul(c).sum();
        assertFalse(k.requiresGrad());
        assertThrows(IllegalStateException.class, k::backward);
    }

    @Test
    void noGradRecordsNoGraphAndRestoresTheMode() {
        Var x = Var.scalar(2);
        Var y;
        try (var scope = Var.noGrad()) {
            assertFalse(Var.isGradEnabled());
            try (var inner = Var.noGrad()) {
                y = x.mul(x);
            }
            assertFalse(Var.isGradEnabled());
        }
        assertTrue(Var.isGradEnabled());
        assertEquals(4.0, y.item(), 0.0);
        assertNull(y.creator());
        assertTrue(y.inputs().isEmpty());
        assertFalse(y.requiresGrad());
    }

    @Test
    void frozenLeafIsSkipped() {
        Var w = Var.scalar(2).requiresGrad(false);
        Var x = Var.scalar(3);
        w.mul(x).backward();
        assertNull(w.grad());
        assertEquals(2.0, x.grad().item(), 0.0);
        Var product = w.mul(x);
        assertThrows(IllegalStateException.class, () -> product.requiresGrad(false));
    }

    @Test
    void graphIsRecordedWithCreatorAndInputsInOrder() {
        Var a = Var.scalar(1);
        Var b = Var.scalar(2);
        Var c = a.sub(b);
        assertEquals("sub", c.creator().name());
        assertSame(a, c.inputs().get(0));
        assertSame(b, c.inputs().get(1));
        assertNull(a.creator());
        assertNull(a.grad());
    }

    @Test
    void deepGraphDoesNotOverflowTheStack() {
        Var x = Var.scalar(1);
        Var y = x;
        for (int i = 0; i < 50_000; i++) {
            y = y.add(x.mul(0.0)).mul(1.0);
        }
        y.backward();
        assertEquals(1.0, x.grad().item(), 0.0);
    }

    @Test
    void broadcastBiasGetsTheColumnSums() {
        Var x = Var.of(Tensor.of(new double[][] {{1, 2}, {3, 4}, {5, 6}}));
        Var b = Var.of(Tensor.of(10, 20));
        Var y = x.add(b);
        assertArrayEquals(new int[] {3, 2}, y.shape());
        y.backward(Tensor.of(new double[][] {{1, 2}, {3, 4}, {5, 6}}));
        assertArrayEquals(new double[] {9, 12}, b.grad().toArray(), 0.0);
        assertArrayEquals(new int[] {2}, b.grad().shape());
        Var s = Var.scalar(2);
        x.mul(s).sum().backward();
        assertEquals(21.0, s.grad().item(), 0.0);
        assertArrayEquals(new int[0], s.grad().shape());
    }

    @Test
    void shapeErrorsNameTheOpAndBothShapes() {
        Var a = Var.of(Tensor.zeros(2, 3));
        Var b = Var.of(Tensor.zeros(4, 5));
        String add = assertThrows(IllegalArgumentException.class, () -> a.add(b)).getMessage();
        assertTrue(add.startsWith("add:") && add.contains("[2, 3]") && add.contains("[4, 5]"), add);
        String mul = assertThrows(IllegalArgumentException.class, () -> a.mul(b)).getMessage();
        assertTrue(mul.startsWith("mul:") && mul.contains("[2, 3]") && mul.contains("[4, 5]"), mul);
        String matmul = assertThrows(IllegalArgumentException.class, () -> a.matmul(b)).getMessage();
        assertTrue(matmul.startsWith("matmul:") && matmul.contains("[2, 3]") && matmul.contains("[4, 5]"), matmul);
        String reshape = assertThrows(IllegalArgumentException.class, () -> a.reshape(4)).getMessage();
        assertTrue(reshape.startsWith("reshape:") && reshape.contains("[2, 3]"), reshape);
    }

    @Test
    void badArgumentsFailFast() {
        assertThrows(IllegalArgumentException.class, () -> Var.of(null));
        assertThrows(IllegalArgumentException.class, () -> Var.apply(null, Var.scalar(1)));
        assertThrows(IllegalArgumentException.class, () -> Var.scalar(1).add((Var) null));
        assertThrows(IllegalArgumentException.class, () -> Var.scalar(1).activate(null));
    }

    @Test
    void toStringShowsValueGradAndOp() {
        Var a = Var.scalar(2);
        Var e = a.mul(a);
        e.backward();
        assertEquals("Var(4.0, grad=1.0, mul)", e.toString());
    }

    @Test
    void backwardAsksOnlyForTheGradientsOfInputsThatNeedOne() {
        boolean[][] seen = new boolean[1][];
        Op spy = new Op() {
            @Override
            public Tensor forward(Tensor... in) {
                return in[0].mul(in[1]);
            }

            @Override
            public Tensor[] backward(Tensor dz) {
                throw new AssertionError("backward(upstream, needed) expected");
            }

            @Override
            public Tensor[] backward(Tensor dz, boolean[] needed) {
                seen[0] = needed.clone();
                return new Tensor[] {null, dz};
            }
        };
        Var data = Var.constant(Tensor.of(2));
        Var w = Var.of(Tensor.of(3));
        Var.apply(spy, data, w).sum().backward();
        assertArrayEquals(new boolean[] {false, true}, seen[0]);
        assertArrayEquals(new double[] {1}, w.grad().toArray(), 0.0);
        Ops.MatMul op = new Ops.MatMul();
        op.forward(Tensor.of(new double[][] {{1, 2}, {3, 4}}), Tensor.of(new double[][] {{1}, {1}}));
        Tensor[] onlyB = op.backward(Tensor.ones(2, 1), new boolean[] {false, true});
        assertNull(onlyB[0]);
        assertArrayEquals(new double[] {4, 6}, onlyB[1].toArray(), 0.0); // Aᵀ·1
    }

    @Test
    void leavesCarryALabel() {
        Var a = Var.scalar(2).named("a");
        assertEquals("a", a.name());
        assertNull(a.mul(a).name());
        assertEquals("Var(a: 2.0)", a.toString());
        assertThrows(IllegalArgumentException.class, () -> a.named(" "));
        assertThrows(IllegalArgumentException.class, () -> a.named(null));
    }

    @Test
    void graphListsEveryNodeAfterItsInputsWithTheOutputLast() {
        Var a = Var.scalar(2).named("a");
        Var b = Var.scalar(1).named("b");
        Var c = a.add(b);
        Var d = b.add(1);
        Var e = c.mul(d);
        java.util.List<Var> nodes = e.graph();
        assertEquals(6, nodes.size()); // a, b, c, the constant 1, d, e
        assertSame(e, nodes.get(5));
        for (Var v : nodes) {
            for (Var input : v.inputs()) {
                assertTrue(nodes.indexOf(input) < nodes.indexOf(v), input + " before " + v);
            }
        }
        assertTrue(nodes.contains(d.inputs().get(1)));
        assertEquals(java.util.List.of(a), a.graph());
    }
}

package org.mlworkbook.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mlworkbook.math.Rng;

class TensorTest {

    private static final Tensor A = Tensor.of(new double[][] {{1, 2, 3}, {4, 5, 6}});

    private static String message(Runnable call) {
        return assertThrows(IllegalArgumentException.class, call::run).getMessage();
    }

    @Test
    void ofRowsCopiesAndKnowsItsShape() {
        double[][] rows = {{1, 2, 3}, {4, 5, 6}};
        Tensor t = Tensor.of(rows);
        rows[0][0] = 99;
        assertArrayEquals(new int[] {2, 3}, t.shape());
        assertEquals(2, t.rank());
        assertEquals(6, t.size());
        assertEquals(2, t.rows());
        assertEquals(3, t.cols());
        assertEquals("[2, 3]", t.shapeString());
        assertEquals(1.0, t.get(0, 0));
        assertEquals(6.0, t.get(1, 2));
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, t.toArray());
    }

    @Test
    void ofRejectsRaggedRows() {
        assertEquals("of: rows expected length 2, got 3 at row 1",
                message(() -> Tensor.of(new double[][] {{1, 2}, {3, 4, 5}})));
        assertThrows(IllegalArgumentException.class, () -> Tensor.of(new double[0][]));
    }

    @Test
    void wrapSharesTheArrayAndChecksItsLength() {
        double[] data = {1, 2, 3, 4};
        Tensor t = Tensor.wrap(data, 2, 2);
        data[3] = 40;
        assertEquals(40.0, t.get(1, 1));
        assertSame(data, t.data());
        assertEquals("wrap: data expected 6 values for shape [2, 3], got 4", message(() -> Tensor.wrap(data, 2, 3)));
    }

    @Test
    void creationHelpersFillAsNamed() {
        assertEquals(Tensor.wrap(new double[6], 2, 3), Tensor.zeros(2, 3));
        assertEquals(Tensor.of(1, 1), Tensor.ones(2));
        assertEquals(Tensor.of(7, 7, 7), Tensor.full(7, 3));
        assertEquals(0, Tensor.scalar(2.5).rank());
        assertEquals(2.5, Tensor.scalar(2.5).item());
        assertEquals(Tensor.zeros(2, 3), Tensor.zerosLike(A));
        assertEquals(Tensor.ones(2, 3), Tensor.onesLike(A));
        assertThrows(IllegalArgumentException.class, () -> Tensor.zeros(2, -1));
    }

    @Test
    void arangeExcludesStopAndLinspaceIncludesIt() {
        assertEquals(Tensor.of(0, 0.5, 1, 1.5), Tensor.arange(0, 2, 0.5));
        assertEquals(Tensor.of(3, 2, 1), Tensor.arange(3, 0, -1));
        assertEquals(0, Tensor.arange(0, 1, -1).size());
        assertEquals(Tensor.of(-1, -0.5, 0, 0.5, 1), Tensor.linspace(-1, 1, 5));
        assertEquals(Tensor.of(4), Tensor.linspace(4, 9, 1));
        assertEquals(1.0, Tensor.linspace(0, 1, 7).get(6));
        assertThrows(IllegalArgumentException.class, () -> Tensor.arange(0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> Tensor.linspace(0, 1, 0));
    }

    @Test
    void randomTensorsAreReproducibleFromTheSeed() {
        Tensor a = Tensor.randomNormal(new Rng(1), 0, 1, 3, 4);
        assertEquals(a, Tensor.randomNormal(new Rng(1), 0, 1, 3, 4));
        assertNotEquals(a, Tensor.randomNormal(new Rng(2), 0, 1, 3, 4));
        Tensor u = Tensor.randomUniform(new Rng(1), 2, 3, 100);
        assertTrue(u.min() >= 2 && u.max() < 3);
        Rng rng = new Rng(0);
        assertEquals(new Rng(0).normal(), Tensor.randomNormal(rng, 0, 1, 1).item());
    }

    @Test
    void setWritesOneElementAndGetChecksTheIndex() {
        Tensor t = Tensor.zeros(2, 3);
        t.set(5, 1, 2);
        assertEquals(5.0, t.data()[5]);
        assertEquals("get: index expected within shape [2, 3], got [2, 0]", message(() -> t.get(2, 0)));
        assertEquals("get: index expected 2 coordinates for shape [2, 3], got [1]", message(() -> t.get(1)));
        assertEquals("item: expected a tensor of size 1, got shape [2, 3]", message(t::item));
    }

    @Test
    void reshapeIsAViewSharingData() {
        Tensor t = Tensor.arange(0, 6, 1);
        Tensor m = t.reshape(2, -1);
        assertArrayEquals(new int[] {2, 3}, m.shape());
        m.set(100, 1, 0);
        assertEquals(100.0, t.get(3));
        assertSame(t.data(), m.data());
        assertEquals("reshape: expected a shape of 6 elements, got [4, -1] for a tensor of shape [6]",
                message(() -> t.reshape(4, -1)));
        assertThrows(IllegalArgumentException.class, () -> t.reshape(-1, -1));
        assertThrows(IllegalArgumentException.class, () -> t.reshape(5));
    }

    @Test
    void transposeSwapsRowsAndColumns() {
        Tensor t = A.transpose();
        assertEquals(Tensor.of(new double[][] {{1, 4}, {2, 5}, {3, 6}}), t);
        assertEquals(A, t.transpose());
        assertEquals("transpose: expected a 2-D tensor, got shape [3]", message(() -> Tensor.of(1, 2, 3).transpose()));
    }

    @Test
    void slicingCopiesRowsAndColumns() {
        assertEquals(Tensor.of(4, 5, 6), A.row(1));
        assertEquals(Tensor.of(2, 5), A.column(1));
        assertEquals(Tensor.of(new double[][] {{4, 5, 6}}), A.rows(1, 2));
        assertEquals(Tensor.of(new double[][] {{4, 5, 6}, {1, 2, 3}, {4, 5, 6}}), A.rows(new int[] {1, 0, 1}));
        assertEquals(Tensor.of(new double[][] {{3, 1}, {6, 4}}), A.columns(new int[] {2, 0}));
        Tensor row = A.row(0);
        row.set(-1, 0);
        assertEquals(1.0, A.get(0, 0));
        assertEquals("rows: indices expected values in 0..1, got 2 at position 1",
                message(() -> A.rows(new int[] {0, 2})));
        assertThrows(IllegalArgumentException.class, () -> A.row(2));
        assertThrows(IllegalArgumentException.class, () -> A.column(-1));
        assertThrows(IllegalArgumentException.class, () -> A.rows(2, 1));
    }

    @Test
    void toMatrixAndCopyAreIndependent() {
        double[][] m = A.toMatrix();
        m[0][0] = 42;
        assertEquals(1.0, A.get(0, 0));
        Tensor c = A.copy();
        c.set(42, 0, 0);
        assertEquals(1.0, A.get(0, 0));
        assertEquals(2.0, A.toMatrix()[0][1]);
    }

    @Test
    void elementWiseOpsOnEqualShapes() {
        Tensor b = Tensor.of(new double[][] {{2, 2, 2}, {1, 2, 3}});
        assertEquals(Tensor.of(new double[][] {{3, 4, 5}, {5, 7, 9}}), A.add(b));
        assertEquals(Tensor.of(new double[][] {{-1, 0, 1}, {3, 3, 3}}), A.sub(b));
        assertEquals(Tensor.of(new double[][] {{2, 4, 6}, {4, 10, 18}}), A.mul(b));
        assertEquals(Tensor.of(new double[][] {{0.5, 1, 1.5}, {4, 2.5, 2}}), A.div(b));
    }

    @Test
    void rowVectorBroadcastsOverTheRows() {
        Tensor bias = Tensor.of(10, 20, 30);
        Tensor expected = Tensor.of(new double[][] {{11, 22, 33}, {14, 25, 36}});
        assertEquals(expected, A.add(bias));
        assertEquals(expected, A.add(bias.reshape(1, 3)));
        assertEquals(expected, bias.add(A));
        assertEquals(Tensor.of(new double[][] {{9, 18, 27}, {6, 15, 24}}), bias.sub(A));
        assertEquals(Tensor.of(new double[][] {{1, 1, 1}, {4, 2.5, 2}}), A.div(Tensor.of(1, 2, 3)));
    }

    @Test
    void scalarTensorBroadcastsOnEitherSide() {
        assertEquals(A.mul(2), A.mul(Tensor.scalar(2)));
        assertEquals(A.mul(2), Tensor.scalar(2).mul(A));
        assertEquals(Tensor.of(new double[][] {{5, 4, 3}, {2, 1, 0}}), Tensor.scalar(6).sub(A));
    }

    @Test
    void shapeMismatchNamesBothShapes() {
        Tensor x = Tensor.zeros(3, 4);
        assertEquals("add: expected the same shape, a scalar or a row vector of length 4, got [3, 4] and [3]",
                message(() -> x.add(Tensor.zeros(3))));
        assertEquals("mul: expected the same shape, a scalar or a row vector of length 4, got [3, 4] and [4, 4]",
                message(() -> x.mul(Tensor.zeros(4, 4))));
        assertEquals("sub: expected the same shape or a scalar, got [2] and [3]",
                message(() -> Tensor.zeros(2).sub(Tensor.zeros(3))));
        assertEquals("add: other expected a tensor, got null", message(() -> x.add((Tensor) null)));
    }

    @Test
    void scalarAndUnaryOps() {
        Tensor x = Tensor.of(1, 4, 9);
        assertEquals(Tensor.of(3, 6, 11), x.add(2));
        assertEquals(Tensor.of(0, 3, 8), x.sub(1));
        assertEquals(Tensor.of(0.5, 2, 4.5), x.mul(0.5));
        assertEquals(Tensor.of(0.5, 2, 4.5), x.div(2));
        assertEquals(Tensor.of(-1, -4, -9), x.neg());
        assertEquals(Tensor.of(1, 2, 3), x.sqrt());
        assertEquals(Tensor.of(1, 16, 81), x.pow(2));
        assertEquals(Tensor.of(1, 4, 9), x.neg().abs());
        assertTrue(Tensor.of(0, 1).exp().allClose(Tensor.of(1, Math.E), 1e-15));
        assertTrue(Tensor.of(1, Math.E).log().allClose(Tensor.of(0, 1), 1e-15));
        assertEquals(Tensor.of(2, 5, 10), x.map(v -> v + 1));
    }

    @Test
    void tensorsMayHoldNanAndInfinity() {
        Tensor x = Tensor.of(1, 0, -1).div(Tensor.zeros(3));
        assertEquals(Double.POSITIVE_INFINITY, x.get(0));
        assertTrue(Double.isNaN(x.get(1)));
        assertEquals("[ Infinity,       NaN, -Infinity]", x.toString());
        assertEquals(Tensor.of(Double.NaN), Tensor.of(Double.NaN));
    }

    @Test
    void inPlaceOpsModifyAndReturnThis() {
        Tensor w = A.copy();
        assertSame(w, w.addInPlace(Tensor.of(1, 1, 1)));
        assertEquals(A.add(1), w);
        w.subInPlace(Tensor.ones(2, 3));
        assertEquals(A, w);
        w.mulInPlace(2);
        assertEquals(A.mul(2), w);
        assertThrows(IllegalArgumentException.class, () -> Tensor.of(1, 2, 3).addInPlace(A));
    }

    @Test
    void fullReductions() {
        assertEquals(21.0, A.sum());
        assertEquals(3.5, A.mean());
        assertEquals(6.0, A.max());
        assertEquals(1.0, A.min());
        assertEquals(5, A.argmax());
        assertEquals(1, Tensor.of(1, 3, 3, 2).argmax());
        assertEquals(0.0, Tensor.zeros(0).sum());
        assertEquals("mean: expected a non-empty tensor, got shape [0]", message(() -> Tensor.zeros(0).mean()));
    }

    @Test
    void reductionsAlongAnAxis() {
        assertEquals(Tensor.of(5, 7, 9), A.sum(0));
        assertEquals(Tensor.of(6, 15), A.sum(1));
        assertEquals(Tensor.of(2.5, 3.5, 4.5), A.mean(0));
        assertEquals(Tensor.of(2, 5), A.mean(1));
        Tensor b = Tensor.of(new double[][] {{3, 1, 2}, {0, 7, 7}});
        assertEquals(Tensor.of(3, 7, 7), b.max(0));
        assertEquals(Tensor.of(3, 7), b.max(1));
        assertEquals(Tensor.of(0, 1, 2), b.min(0));
        assertArrayEquals(new int[] {0, 1, 1}, b.argmax(0));
        assertArrayEquals(new int[] {0, 1}, b.argmax(1));
        assertEquals(Tensor.scalar(6), Tensor.of(1, 2, 3).sum(0));
        assertEquals("sum: axis expected 0..1 for shape [2, 3], got 2", message(() -> A.sum(2)));
    }

    @Test
    void reductionsAlongTheMiddleAxisOfA3dTensor() {
        Tensor t = Tensor.arange(0, 12, 1).reshape(2, 3, 2);
        assertEquals(Tensor.of(new double[][] {{6, 9}, {24, 27}}), t.sum(1));
        assertArrayEquals(new int[] {2, 2, 2, 2}, t.argmax(1));
    }

    @Test
    void matmulMatchesAHandComputedProduct() {
        Tensor b = Tensor.of(new double[][] {{7, 8}, {9, 10}, {11, 12}});
        // [1 2 3]·[7 9 11]ᵀ = 7 + 18 + 33 = 58, [1 2 3]·[8 10 12]ᵀ = 64; [4 5 6]: 28+45+66 = 139, 32+50+72 = 154
        assertEquals(Tensor.of(new double[][] {{58, 64}, {139, 154}}), A.matmul(b));
    }

    @Test
    void largeMatmulOnAllCoresMatchesTheDefinitionAndRepeatsExactly() {
        Rng rng = new Rng(9);
        Tensor a = Tensor.randomUniform(rng, -1, 1, 130, 90);   // 130·90·110 multiply-adds > PARALLEL_WORK
        Tensor b = Tensor.randomUniform(rng, -1, 1, 90, 110);
        assertTrue(130L * 90 * 110 >= TensorOps.PARALLEL_WORK);
        Tensor c = a.matmul(b);
        for (int i = 0; i < 130; i += 7) {
            for (int j = 0; j < 110; j += 5) {
                double sum = 0;
                for (int k = 0; k < 90; k++) sum += a.get(i, k) * b.get(k, j);
                assertEquals(sum, c.get(i, j), 1e-12, "c[" + i + ", " + j + "]");
            }
        }
        assertArrayEquals(c.data(), a.matmul(b).data(), "a second product is bit for bit the same");
    }

    @Test
    void everyMatmulPathMatchesTheDefinition() {
        Rng rng = new Rng(10);
        int[][] shapes = {{3, 5, 40}, {40, 20, 3}, {2, 7, 50}, {60, 70, 80}, {5, 1, 33}};  // EJML for few rows or columns, else the row kernel
        for (int[] s : shapes) {
            Tensor a = Tensor.randomUniform(rng, -1, 1, s[0], s[1]);
            Tensor b = Tensor.randomUniform(rng, -1, 1, s[1], s[2]);
            Tensor c = a.matmul(b);
            for (int i = 0; i < s[0]; i++) {
                for (int j = 0; j < s[2]; j++) {
                    double sum = 0;
                    for (int k = 0; k < s[1]; k++) sum += a.get(i, k) * b.get(k, j);
                    assertEquals(sum, c.get(i, j), 1e-12, java.util.Arrays.toString(s) + " c[" + i + ", " + j + "]");
                }
            }
        }
    }

    @Test
    void matmulReadsVectorsAsRowOnTheLeftAndColumnOnTheRight() {
        assertEquals(Tensor.of(14, 32), A.matmul(Tensor.of(1, 2, 3)));
        assertEquals(Tensor.of(9, 12, 15), Tensor.of(1, 2).matmul(A));
        assertEquals(Tensor.scalar(32), Tensor.of(1, 2, 3).matmul(Tensor.of(4, 5, 6)));
        assertEquals(32.0, Tensor.of(1, 2, 3).dot(Tensor.of(4, 5, 6)));
    }

    @Test
    void matmulShapeErrorNamesBothShapes() {
        assertEquals("matmul: expected a.cols == b.rows, got [2, 3] and [2, 3]", message(() -> A.matmul(A)));
        assertEquals("matmul: expected 1-D or 2-D tensors, got [2, 3] and [1, 1, 1]",
                message(() -> A.matmul(Tensor.zeros(1, 1, 1))));
        assertEquals("dot: expected two 1-D tensors of the same length, got [2] and [3]",
                message(() -> Tensor.zeros(2).dot(Tensor.zeros(3))));
    }

    @Test
    void matmulWithOutParameterWritesIntoTheGivenTensor() {
        Tensor out = Tensor.full(-1, 2, 2);
        Tensor b = Tensor.of(new double[][] {{7, 8}, {9, 10}, {11, 12}});
        assertSame(out, TensorOps.matmul(A, b, out));
        assertEquals(A.matmul(b), out);
        assertEquals("matmul: out expected shape [2, 2] for [2, 3]·[3, 2], got [3, 3]",
                message(() -> TensorOps.matmul(A, b, Tensor.zeros(3, 3))));
        Tensor square = Tensor.ones(2, 2);
        assertThrows(IllegalArgumentException.class, () -> TensorOps.matmul(square, Tensor.ones(2, 2), square));
    }

    @Test
    void allCloseComparesShapesAndValues() {
        assertTrue(A.allClose(A.add(1e-10), 1e-9));
        assertFalse(A.allClose(A.add(1e-8), 1e-9));
        assertFalse(A.allClose(A.reshape(3, 2), 1));
        assertFalse(Tensor.of(Double.NaN).allClose(Tensor.of(Double.NaN), 1));
        assertTrue(Tensor.of(Double.POSITIVE_INFINITY).allClose(Tensor.of(Double.POSITIVE_INFINITY), 0));
    }

    @Test
    void equalsAndHashCodeUseShapeAndValues() {
        assertEquals(A, A.copy());
        assertEquals(A.hashCode(), A.copy().hashCode());
        assertNotEquals(A, A.reshape(3, 2));
        assertNotEquals(A, A.add(1));
    }

    @Test
    void toStringPrintsSmallTensorsLikeNumpy() {
        assertEquals("[[1.0, 2.0],\n [3.0, 4.0]]", Tensor.of(new double[][] {{1, 2}, {3, 4}}).toString());
        assertEquals("[ 1.0, -2.5, 10.0]", Tensor.of(1, -2.5, 10).toString());
        assertEquals("[0.333333, 0.3     ]", Tensor.of(1.0 / 3, 0.1 + 0.2).toString());
        assertEquals("2.5", Tensor.scalar(2.5).toString());
        assertEquals("[]", Tensor.zeros(0).toString());
        assertEquals("[[[0.0, 1.0]],\n\n [[2.0, 3.0]]]", Tensor.arange(0, 4, 1).reshape(2, 1, 2).toString());
    }

    @Test
    void toStringSummarisesLargeTensorsAndShowsTheShape() {
        String text = Tensor.arange(0, 600, 1).reshape(150, 4).toString();
        assertEquals("[[  0.0,   1.0,   2.0,   3.0],\n"
                + " [  4.0,   5.0,   6.0,   7.0],\n"
                + " [  8.0,   9.0,  10.0,  11.0],\n"
                + " …,\n"
                + " [588.0, 589.0, 590.0, 591.0],\n"
                + " [592.0, 593.0, 594.0, 595.0],\n"
                + " [596.0, 597.0, 598.0, 599.0]]\n"
                + "shape [150, 4]", text);
        assertEquals("[  0.0,   1.0,   2.0, …, 198.0, 199.0, 200.0]\nshape [201]", Tensor.arange(0, 201, 1).toString());
    }
}

package org.mlworkbook.tensor;

import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.mlworkbook.math.Rng;

/**
 * An n-dimensional array of {@code double}s: the workbook's one numeric type. The values live in one contiguous
 * row-major {@code double[]}: element (i, j) of an r×c tensor is {@code data()[i·c + j]}, and in general the
 * index (i₀, …, iₖ) maps to Σ iₐ·strideₐ with strideₐ = ∏_{b&gt;a} shape[b].
 *
 * <p>Operations return new tensors, except {@link #reshape} (a view that shares the data), {@link #set} and the
 * methods named {@code …InPlace}. Every operation checks shapes first; a mismatch throws
 * {@link IllegalArgumentException} naming both shapes. Element-wise operations between two tensors accept the
 * same shape, a scalar (rank 0) on either side, or a row vector ([c] or [1, c]) broadcast over the rows of an
 * r×c tensor — the bias b in xW + b. Values may be NaN or infinite (they arise in math); nothing hides them.
 *
 * <pre>{@code
 * Tensor x = Tensor.of(new double[][] {{1, 2}, {3, 4}});
 * x.add(Tensor.of(10, 20));      // [[11.0, 22.0], [13.0, 24.0]]
 * x.matmul(x.transpose());       // [[5.0, 11.0], [11.0, 25.0]]
 * x.sum(0);                      // [4.0, 6.0]
 * }</pre>
 *
 * @see TensorOps the out-parameter level for inner loops
 * @see "notebooks/01-math-foundations.ipynb"
 */
public final class Tensor {

    private final double[] data;
    private final int[] shape;

    private Tensor(double[] data, int[] shape) {
        this.data = data;
        this.shape = shape;
    }

    // ---------------------------------------------------------------- creation

    /**
     * A tensor of zeros.
     *
     * @param shape the dimensions, each ≥ 0; none for a scalar. Not modified.
     * @return a new tensor of that shape, every element 0
     * @throws IllegalArgumentException if a dimension is negative
     */
    public static Tensor zeros(int... shape) {
        return new Tensor(new double[Shapes.size("zeros", shape)], shape.clone());
    }

    /**
     * A tensor of ones.
     *
     * @param shape the dimensions, each ≥ 0. Not modified.
     * @return a new tensor of that shape, every element 1
     * @throws IllegalArgumentException if a dimension is negative
     */
    public static Tensor ones(int... shape) {
        return full(1.0, shape);
    }

    /**
     * A tensor with every element equal to {@code value}.
     *
     * @param value the fill value
     * @param shape the dimensions, each ≥ 0. Not modified.
     * @return a new tensor of that shape
     * @throws IllegalArgumentException if a dimension is negative
     */
    public static Tensor full(double value, int... shape) {
        double[] values = new double[Shapes.size("full", shape)];
        Arrays.fill(values, value);
        return new Tensor(values, shape.clone());
    }

    /**
     * A rank-0 tensor holding one number; it broadcasts against any shape.
     *
     * @param value the number
     * @return a new tensor of shape []
     */
    public static Tensor scalar(double value) {
        return new Tensor(new double[] {value}, new int[0]);
    }

    /**
     * A 1-D tensor of the given values.
     *
     * @param values the elements. Not modified (copied).
     * @return a new tensor of shape [values.length]
     * @throws IllegalArgumentException if values is null
     */
    public static Tensor of(double... values) {
        if (values == null) {
            throw new IllegalArgumentException("of: values expected an array, got null");
        }
        return new Tensor(values.clone(), new int[] {values.length});
    }

    /**
     * A 2-D tensor whose row i is {@code rows[i]}.
     *
     * @param rows the rows, at least one, all of the same length. Not modified (copied).
     * @return a new tensor of shape [rows.length, rows[0].length]
     * @throws IllegalArgumentException if rows is null or empty, a row is null, or the rows are ragged
     */
    public static Tensor of(double[][] rows) {
        if (rows == null || rows.length == 0) {
            throw new IllegalArgumentException("of: rows expected at least one row, got "
                    + (rows == null ? "null" : "an empty array"));
        }
        if (rows[0] == null) {
            throw new IllegalArgumentException("of: rows expected arrays, got null at row 0");
        }
        int cols = rows[0].length;
        double[] values = new double[Shapes.size("of", new int[] {rows.length, cols})];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] == null || rows[i].length != cols) {
                throw new IllegalArgumentException(String.format("of: rows expected length %d, got %s at row %d",
                        cols, rows[i] == null ? "null" : String.valueOf(rows[i].length), i));
            }
            System.arraycopy(rows[i], 0, values, i * cols, cols);
        }
        return new Tensor(values, new int[] {rows.length, cols});
    }

    /**
     * A tensor over an existing array, without copying: later writes to {@code data} show in the tensor and
     * the other way round.
     *
     * @param data  the row-major elements, exactly ∏ shape of them. Modified when the tensor is (shared).
     * @param shape the dimensions, each ≥ 0. Not modified.
     * @return a tensor backed by {@code data}
     * @throws IllegalArgumentException if data is null or its length is not ∏ shape
     */
    public static Tensor wrap(double[] data, int... shape) {
        int size = Shapes.size("wrap", shape);
        if (data == null || data.length != size) {
            throw new IllegalArgumentException(String.format("wrap: data expected %d values for shape %s, got %s",
                    size, Arrays.toString(shape), data == null ? "null" : String.valueOf(data.length)));
        }
        return new Tensor(data, shape.clone());
    }

    /**
     * The 1-D tensor start, start + step, start + 2·step, … stopping before {@code stop} (numpy's arange):
     * n = ⌈(stop − start)/step⌉ elements, xᵢ = start + i·step.
     *
     * @param start the first value, finite
     * @param stop  the bound, excluded, finite
     * @param step  the increment, finite and non-zero (negative counts down)
     * @return a new 1-D tensor, empty if the step points away from stop
     * @throws IllegalArgumentException if an argument is not finite or step is 0
     */
    public static Tensor arange(double start, double stop, double step) {
        if (!Double.isFinite(start) || !Double.isFinite(stop) || !Double.isFinite(step) || step == 0) {
            throw new IllegalArgumentException(String.format(
                    "arange: start, stop expected finite and step finite and non-zero, got %s, %s, %s",
                    start, stop, step));
        }
        double count = Math.ceil((stop - start) / step);
        if (count > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("arange: expected at most 2³¹ − 9 values, got " + count);
        }
        int n = (int) Math.max(0, count);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = start + i * step;
        }
        return new Tensor(values, new int[] {n});
    }

    /**
     * n evenly spaced values from start to stop, both included: xᵢ = start + i·(stop − start)/(n − 1), with the
     * last one exactly stop.
     *
     * @param start the first value, finite
     * @param stop  the last value, finite
     * @param n     the number of values, ≥ 1 (n = 1 gives [start])
     * @return a new 1-D tensor of length n
     * @throws IllegalArgumentException if start or stop is not finite or n &lt; 1
     */
    public static Tensor linspace(double start, double stop, int n) {
        if (!Double.isFinite(start) || !Double.isFinite(stop) || n < 1) {
            throw new IllegalArgumentException(String.format(
                    "linspace: start, stop expected finite and n >= 1, got %s, %s, %d", start, stop, n));
        }
        double[] values = new double[n];
        double step = n == 1 ? 0 : (stop - start) / (n - 1);
        for (int i = 0; i < n; i++) {
            values[i] = start + i * step;
        }
        if (n > 1) {
            values[n - 1] = stop;
        }
        return new Tensor(values, new int[] {n});
    }

    /**
     * A tensor of independent normal samples N(mean, std²), drawn in row-major order from {@code rng}.
     *
     * @param rng   the generator. Modified (advanced).
     * @param mean  μ, finite
     * @param std   σ, finite, ≥ 0
     * @param shape the dimensions. Not modified.
     * @return a new tensor
     * @throws IllegalArgumentException if rng is null, mean or std is invalid, or a dimension is negative
     */
    public static Tensor randomNormal(Rng rng, double mean, double std, int... shape) {
        requireRng("randomNormal", rng);
        double[] values = new double[Shapes.size("randomNormal", shape)];
        for (int i = 0; i < values.length; i++) {
            values[i] = rng.normal(mean, std);
        }
        return new Tensor(values, shape.clone());
    }

    /**
     * A tensor of independent uniform samples in [low, high), drawn in row-major order from {@code rng}.
     *
     * @param rng   the generator. Modified (advanced).
     * @param low   the lower bound, included, finite
     * @param high  the upper bound, excluded, finite, &gt; low
     * @param shape the dimensions. Not modified.
     * @return a new tensor
     * @throws IllegalArgumentException if rng is null, the bounds are invalid or a dimension is negative
     */
    public static Tensor randomUniform(Rng rng, double low, double high, int... shape) {
        requireRng("randomUniform", rng);
        double[] values = new double[Shapes.size("randomUniform", shape)];
        for (int i = 0; i < values.length; i++) {
            values[i] = rng.uniform(low, high);
        }
        return new Tensor(values, shape.clone());
    }

    /**
     * Zeros in the shape of {@code other}.
     *
     * @param other the model. Not modified.
     * @return a new tensor of other's shape
     */
    public static Tensor zerosLike(Tensor other) {
        requireTensor("zerosLike", "other", other);
        return zeros(other.shape);
    }

    /**
     * Ones in the shape of {@code other}.
     *
     * @param other the model. Not modified.
     * @return a new tensor of other's shape
     */
    public static Tensor onesLike(Tensor other) {
        requireTensor("onesLike", "other", other);
        return ones(other.shape);
    }

    // ---------------------------------------------------------------- shape and elements

    /** @return a copy of the dimensions, e.g. {150, 4} */
    public int[] shape() {
        return shape.clone();
    }

    /** @return the number of dimensions: 0 for a scalar, 1 for a vector, 2 for a matrix */
    public int rank() {
        return shape.length;
    }

    /** @return the number of elements, ∏ shape */
    public int size() {
        return data.length;
    }

    /**
     * @return the number of rows of a 2-D tensor
     * @throws IllegalArgumentException if the tensor is not 2-D
     */
    public int rows() {
        requireMatrix("rows");
        return shape[0];
    }

    /**
     * @return the number of columns of a 2-D tensor
     * @throws IllegalArgumentException if the tensor is not 2-D
     */
    public int cols() {
        requireMatrix("cols");
        return shape[1];
    }

    /** @return the shape as text, e.g. {@code "[150, 4]"} ({@code "[]"} for a scalar) */
    public String shapeString() {
        return Arrays.toString(shape);
    }

    /**
     * One element.
     *
     * @param index one coordinate per dimension, each in 0 … shape[a] − 1. Not modified.
     * @return the element at that index
     * @throws IllegalArgumentException if the index has the wrong length or is out of range
     */
    public double get(int... index) {
        return data[offset("get", index)];
    }

    /**
     * Sets one element. This tensor is modified (and every view sharing its data).
     *
     * @param value the new value
     * @param index one coordinate per dimension. Not modified.
     * @throws IllegalArgumentException if the index has the wrong length or is out of range
     */
    public void set(double value, int... index) {
        data[offset("set", index)] = value;
    }

    /**
     * The value of a one-element tensor (any rank).
     *
     * @return the only element
     * @throws IllegalArgumentException if the size is not 1
     */
    public double item() {
        if (data.length != 1) {
            throw new IllegalArgumentException("item: expected a tensor of size 1, got shape " + shapeString());
        }
        return data[0];
    }

    /** @return the backing row-major array itself, shared: writing to it changes the tensor. */
    public double[] data() {
        return data;
    }

    /** @return a copy of the elements in row-major order */
    public double[] toArray() {
        return data.clone();
    }

    /**
     * The rows of a 2-D tensor as a new {@code double[rows][cols]}.
     *
     * @return a copy
     * @throws IllegalArgumentException if the tensor is not 2-D
     */
    public double[][] toMatrix() {
        requireMatrix("toMatrix");
        double[][] matrix = new double[shape[0]][];
        for (int i = 0; i < shape[0]; i++) {
            matrix[i] = Arrays.copyOfRange(data, i * shape[1], (i + 1) * shape[1]);
        }
        return matrix;
    }

    /**
     * The same elements, in the same row-major order, seen with another shape. The result shares the data:
     * writing to one changes the other. One dimension may be −1; it is inferred from the size.
     *
     * @param newShape the new dimensions, with ∏ newShape = size(). Not modified.
     * @return a view of this tensor's data
     * @throws IllegalArgumentException if the sizes differ, more than one dimension is −1, or one is &lt; −1
     */
    public Tensor reshape(int... newShape) {
        if (newShape == null) {
            throw new IllegalArgumentException("reshape: shape expected dimensions, got null");
        }
        int[] resolved = newShape.clone();
        int inferred = -1;
        int known = 1;
        for (int a = 0; a < resolved.length; a++) {
            if (resolved[a] == -1 && inferred < 0) {
                inferred = a;
            } else if (resolved[a] < 0) {
                throw new IllegalArgumentException(String.format(
                        "reshape: shape expected dimensions >= 0 and at most one -1, got %s for a tensor of shape %s",
                        Arrays.toString(newShape), shapeString()));
            } else {
                known *= resolved[a];
            }
        }
        if (inferred >= 0 && known > 0 && data.length % known == 0) {
            resolved[inferred] = data.length / known;
        }
        if (inferred >= 0 && resolved[inferred] < 0 || Shapes.size("reshape", resolved) != data.length) {
            throw new IllegalArgumentException(String.format("reshape: expected a shape of %d elements, got %s "
                    + "for a tensor of shape %s", data.length, Arrays.toString(newShape), shapeString()));
        }
        return new Tensor(data, resolved);
    }

    /**
     * The transpose of a 2-D tensor: (Aᵀ)ᵢⱼ = Aⱼᵢ.
     *
     * @return a new c×r tensor (a copy, since storage is always row-major)
     * @throws IllegalArgumentException if the tensor is not 2-D
     */
    public Tensor transpose() {
        requireMatrix("transpose");
        int r = shape[0];
        int c = shape[1];
        double[] values = new double[data.length];
        TensorOps.transposeInto(data, r, c, values);
        return new Tensor(values, new int[] {c, r});
    }

    /**
     * Row i of a 2-D tensor.
     *
     * @param i the row, 0 … rows − 1
     * @return a new 1-D tensor of length cols (a copy)
     * @throws IllegalArgumentException if the tensor is not 2-D or i is out of range
     */
    public Tensor row(int i) {
        requireMatrix("row");
        requireIndex("row", "i", i, shape[0]);
        return new Tensor(Arrays.copyOfRange(data, i * shape[1], (i + 1) * shape[1]), new int[] {shape[1]});
    }

    /**
     * Column j of a 2-D tensor.
     *
     * @param j the column, 0 … cols − 1
     * @return a new 1-D tensor of length rows (a copy)
     * @throws IllegalArgumentException if the tensor is not 2-D or j is out of range
     */
    public Tensor column(int j) {
        requireMatrix("column");
        requireIndex("column", "j", j, shape[1]);
        double[] values = new double[shape[0]];
        for (int i = 0; i < values.length; i++) {
            values[i] = data[i * shape[1] + j];
        }
        return new Tensor(values, new int[] {values.length});
    }

    /**
     * Rows from … to − 1 of a 2-D tensor (numpy's {@code x[from:to]}).
     *
     * @param from the first row, included, 0 ≤ from ≤ to
     * @param to   the last row, excluded, ≤ rows
     * @return a new (to − from)×cols tensor (a copy)
     * @throws IllegalArgumentException if the tensor is not 2-D or the range is invalid
     */
    public Tensor rows(int from, int to) {
        requireMatrix("rows");
        if (from < 0 || to < from || to > shape[0]) {
            throw new IllegalArgumentException(String.format(
                    "rows: range expected 0 <= from <= to <= %d, got from = %d, to = %d", shape[0], from, to));
        }
        return new Tensor(Arrays.copyOfRange(data, from * shape[1], to * shape[1]), new int[] {to - from, shape[1]});
    }

    /**
     * The rows at the given indices, in that order (a gather; indices may repeat).
     *
     * @param indices row indices, each in 0 … rows − 1. Not modified.
     * @return a new indices.length×cols tensor
     * @throws IllegalArgumentException if the tensor is not 2-D, indices is null or an index is out of range
     */
    public Tensor rows(int[] indices) {
        requireMatrix("rows");
        requireIndices("rows", indices, shape[0]);
        int c = shape[1];
        double[] values = new double[indices.length * c];
        for (int k = 0; k < indices.length; k++) {
            System.arraycopy(data, indices[k] * c, values, k * c, c);
        }
        return new Tensor(values, new int[] {indices.length, c});
    }

    /**
     * The columns at the given indices, in that order (indices may repeat).
     *
     * @param indices column indices, each in 0 … cols − 1. Not modified.
     * @return a new rows×indices.length tensor
     * @throws IllegalArgumentException if the tensor is not 2-D, indices is null or an index is out of range
     */
    public Tensor columns(int[] indices) {
        requireMatrix("columns");
        requireIndices("columns", indices, shape[1]);
        int r = shape[0];
        int c = shape[1];
        double[] values = new double[r * indices.length];
        for (int i = 0; i < r; i++) {
            for (int k = 0; k < indices.length; k++) {
                values[i * indices.length + k] = data[i * c + indices[k]];
            }
        }
        return new Tensor(values, new int[] {r, indices.length});
    }

    /** @return a new tensor with the same shape and a copy of the data */
    public Tensor copy() {
        return new Tensor(data.clone(), shape.clone());
    }

    // ---------------------------------------------------------------- element-wise

    /**
     * Element-wise sum zᵢ = xᵢ + yᵢ, broadcasting a scalar or a row vector (see the class comment).
     *
     * @param other y. Not modified.
     * @return a new tensor of the larger shape
     * @throws IllegalArgumentException if the shapes do not broadcast; the message names both
     */
    public Tensor add(Tensor other) {
        return broadcast("add", other, Double::sum);
    }

    /**
     * Element-wise difference zᵢ = xᵢ − yᵢ, broadcasting as {@link #add(Tensor)}.
     *
     * @param other y. Not modified.
     * @return a new tensor
     * @throws IllegalArgumentException if the shapes do not broadcast
     */
    public Tensor sub(Tensor other) {
        return broadcast("sub", other, (x, y) -> x - y);
    }

    /**
     * Element-wise (Hadamard) product zᵢ = xᵢ·yᵢ, broadcasting as {@link #add(Tensor)}.
     *
     * @param other y. Not modified.
     * @return a new tensor
     * @throws IllegalArgumentException if the shapes do not broadcast
     */
    public Tensor mul(Tensor other) {
        return broadcast("mul", other, (x, y) -> x * y);
    }

    /**
     * Element-wise quotient zᵢ = xᵢ / yᵢ (IEEE: 1/0 = ∞, 0/0 = NaN), broadcasting as {@link #add(Tensor)}.
     *
     * @param other y. Not modified.
     * @return a new tensor
     * @throws IllegalArgumentException if the shapes do not broadcast
     */
    public Tensor div(Tensor other) {
        return broadcast("div", other, (x, y) -> x / y);
    }

    /** @param value c @return a new tensor xᵢ + c */
    public Tensor add(double value) {
        return map(x -> x + value);
    }

    /** @param value c @return a new tensor xᵢ − c */
    public Tensor sub(double value) {
        return map(x -> x - value);
    }

    /** @param value c @return a new tensor c·xᵢ */
    public Tensor mul(double value) {
        return map(x -> x * value);
    }

    /** @param value c @return a new tensor xᵢ / c */
    public Tensor div(double value) {
        return map(x -> x / value);
    }

    /** @return a new tensor −xᵢ */
    public Tensor neg() {
        return map(x -> -x);
    }

    /**
     * f applied to every element.
     *
     * @param f the function
     * @return a new tensor f(xᵢ) of the same shape
     * @throws IllegalArgumentException if f is null
     */
    public Tensor map(DoubleUnaryOperator f) {
        if (f == null) {
            throw new IllegalArgumentException("map: f expected a function, got null");
        }
        double[] values = new double[data.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = f.applyAsDouble(data[i]);
        }
        return new Tensor(values, shape.clone());
    }

    /** @param exponent p @return a new tensor xᵢᵖ ({@link Math#pow}) */
    public Tensor pow(double exponent) {
        return map(x -> Math.pow(x, exponent));
    }

    /** @return a new tensor e^{xᵢ} */
    public Tensor exp() {
        return map(Math::exp);
    }

    /** @return a new tensor ln xᵢ (−∞ at 0, NaN below) */
    public Tensor log() {
        return map(Math::log);
    }

    /** @return a new tensor |xᵢ| */
    public Tensor abs() {
        return map(Math::abs);
    }

    /** @return a new tensor √xᵢ (NaN below 0) */
    public Tensor sqrt() {
        return map(Math::sqrt);
    }

    /**
     * xᵢ ← xᵢ + yᵢ, broadcasting a scalar or a row vector over this tensor. This tensor is modified.
     *
     * @param other y, of this shape, a scalar or a row vector. Not modified.
     * @return this tensor
     * @throws IllegalArgumentException if other does not broadcast to this shape
     */
    public Tensor addInPlace(Tensor other) {
        return inPlace("addInPlace", other, Double::sum);
    }

    /**
     * xᵢ ← xᵢ − yᵢ, broadcasting as {@link #addInPlace}. This tensor is modified; e.g. {@code w.subInPlace(g.mul(η))}.
     *
     * @param other y. Not modified.
     * @return this tensor
     * @throws IllegalArgumentException if other does not broadcast to this shape
     */
    public Tensor subInPlace(Tensor other) {
        return inPlace("subInPlace", other, (x, y) -> x - y);
    }

    /**
     * xᵢ ← c·xᵢ. This tensor is modified.
     *
     * @param value c
     * @return this tensor
     */
    public Tensor mulInPlace(double value) {
        for (int i = 0; i < data.length; i++) {
            data[i] *= value;
        }
        return this;
    }

    // ---------------------------------------------------------------- reductions

    /** @return Σᵢ xᵢ over all elements (0 for an empty tensor) */
    public double sum() {
        double total = 0;
        for (double x : data) {
            total += x;
        }
        return total;
    }

    /**
     * @return (1/n) Σᵢ xᵢ over all n elements
     * @throws IllegalArgumentException if the tensor is empty
     */
    public double mean() {
        requireNotEmpty("mean");
        return sum() / data.length;
    }

    /**
     * @return maxᵢ xᵢ (NaN if some element is NaN)
     * @throws IllegalArgumentException if the tensor is empty
     */
    public double max() {
        requireNotEmpty("max");
        double best = Double.NEGATIVE_INFINITY;
        for (double x : data) {
            best = Math.max(best, x);
        }
        return best;
    }

    /**
     * @return minᵢ xᵢ (NaN if some element is NaN)
     * @throws IllegalArgumentException if the tensor is empty
     */
    public double min() {
        requireNotEmpty("min");
        double best = Double.POSITIVE_INFINITY;
        for (double x : data) {
            best = Math.min(best, x);
        }
        return best;
    }

    /**
     * @return the row-major position of the largest element, the first one on ties; NaNs are skipped
     *         unless every element is NaN (then 0)
     * @throws IllegalArgumentException if the tensor is empty
     */
    public int argmax() {
        requireNotEmpty("argmax");
        return argmaxOf(data, 0, data.length, 1);
    }

    /**
     * Sums along one axis, removing it: for a 2-D tensor, axis 0 gives the column sums Σᵢ xᵢⱼ (length cols) and
     * axis 1 the row sums Σⱼ xᵢⱼ (length rows).
     *
     * @param axis 0 … rank − 1
     * @return a new tensor whose shape is this shape without that axis
     * @throws IllegalArgumentException if the axis is out of range
     */
    public Tensor sum(int axis) {
        return reduce("sum", axis, 0.0, Double::sum);
    }

    /**
     * Means along one axis: (1/nₐ) Σ along the axis, removing it.
     *
     * @param axis 0 … rank − 1
     * @return a new tensor without that axis
     * @throws IllegalArgumentException if the axis is out of range or has length 0
     */
    public Tensor mean(int axis) {
        requireAxis("mean", axis, true);
        return reduce("mean", axis, 0.0, Double::sum).mulInPlace(1.0 / shape[axis]);
    }

    /**
     * Maxima along one axis, removing it (NaN propagates).
     *
     * @param axis 0 … rank − 1
     * @return a new tensor without that axis
     * @throws IllegalArgumentException if the axis is out of range or has length 0
     */
    public Tensor max(int axis) {
        requireAxis("max", axis, true);
        return reduce("max", axis, Double.NEGATIVE_INFINITY, Math::max);
    }

    /**
     * Minima along one axis, removing it (NaN propagates).
     *
     * @param axis 0 … rank − 1
     * @return a new tensor without that axis
     * @throws IllegalArgumentException if the axis is out of range or has length 0
     */
    public Tensor min(int axis) {
        requireAxis("min", axis, true);
        return reduce("min", axis, Double.POSITIVE_INFINITY, Math::min);
    }

    /**
     * Positions of the maxima along one axis (first on ties): for a 2-D tensor of class scores, axis 1 gives the
     * predicted class of each row.
     *
     * @param axis 0 … rank − 1
     * @return a new array, one position per element of the reduced shape, in row-major order
     * @throws IllegalArgumentException if the axis is out of range or has length 0
     */
    public int[] argmax(int axis) {
        requireAxis("argmax", axis, true);
        int length = shape[axis];
        int inner = innerSize(axis);
        int outer = outerSize(axis);
        int[] result = new int[outer * inner];
        for (int o = 0; o < outer; o++) {
            for (int in = 0; in < inner; in++) {
                result[o * inner + in] = argmaxOf(data, o * length * inner + in, length, inner);
            }
        }
        return result;
    }

    // ---------------------------------------------------------------- linear algebra

    /**
     * Matrix product C = A·B, cᵢⱼ = Σₖ aᵢₖ bₖⱼ, computed as {@link TensorOps#matmul} describes. A 1-D operand
     * is read as a row vector on the left ([n]·[n, p] → [p]) and as a column vector on the right
     * ([m, n]·[n] → [m]); two 1-D operands give their dot product as a scalar tensor.
     *
     * @param other B, with as many rows as this tensor has columns. Not modified.
     * @return a new tensor
     * @throws IllegalArgumentException if a rank is not 1 or 2 or the inner dimensions differ
     * @see TensorOps#matmul(Tensor, Tensor, Tensor)
     */
    public Tensor matmul(Tensor other) {
        Tensor result = zeros(TensorOps.matmulShape("matmul", this, other));
        TensorOps.multiply(this, other, result);
        return result;
    }

    /**
     * Dot product x·y = Σᵢ xᵢyᵢ of two 1-D tensors of equal length.
     *
     * @param other y. Not modified.
     * @return the dot product (0 for empty vectors)
     * @throws IllegalArgumentException if either is not 1-D or the lengths differ
     */
    public double dot(Tensor other) {
        requireTensor("dot", "other", other);
        if (rank() != 1 || other.rank() != 1 || data.length != other.data.length) {
            throw new IllegalArgumentException(String.format(
                    "dot: expected two 1-D tensors of the same length, got %s and %s", shapeString(),
                    other.shapeString()));
        }
        double total = 0;
        for (int i = 0; i < data.length; i++) {
            total += data[i] * other.data[i];
        }
        return total;
    }

    // ---------------------------------------------------------------- comparison and text

    /**
     * Whether both tensors have the same shape and every |xᵢ − yᵢ| ≤ tolerance (NaN is never close; equal
     * infinities are).
     *
     * @param other     y. Not modified.
     * @param tolerance the absolute tolerance, ≥ 0
     * @return true if close everywhere
     * @throws IllegalArgumentException if other is null or tolerance is negative or NaN
     */
    public boolean allClose(Tensor other, double tolerance) {
        requireTensor("allClose", "other", other);
        if (!(tolerance >= 0)) {
            throw new IllegalArgumentException("allClose: tolerance expected >= 0, got " + tolerance);
        }
        if (!Arrays.equals(shape, other.shape)) {
            return false;
        }
        for (int i = 0; i < data.length; i++) {
            double x = data[i];
            double y = other.data[i];
            if (!(x == y || Math.abs(x - y) <= tolerance)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Equal shapes and equal elements, compared as {@link Double#equals} does (NaN equals NaN, 0.0 differs
     * from −0.0).
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Tensor t && Arrays.equals(shape, t.shape) && Arrays.equals(data, t.data);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(shape) + Arrays.hashCode(data);
    }

    /**
     * numpy-style text: {@code [[1.0, 2.0],\n [3.0, 4.0]]}, numbers to 6 significant digits; tensors of more
     * than 100 elements are summarised with "…" and end with a line {@code shape [150, 4]}.
     */
    @Override
    public String toString() {
        return TensorFormat.format(data, shape);
    }

    // ---------------------------------------------------------------- internals

    /** How {@code other} broadcasts against this tensor's shape: the result shape, or null if it does not. */
    private int[] broadcastShape(Tensor other) {
        if (Arrays.equals(shape, other.shape) || other.rank() == 0) {
            return shape;
        }
        if (rank() == 0) {
            return other.shape;
        }
        if (rank() == 2 && isRowOf(other, shape[1])) {
            return shape;
        }
        if (other.rank() == 2 && isRowOf(this, other.shape[1])) {
            return other.shape;
        }
        return null;
    }

    private static boolean isRowOf(Tensor t, int cols) {
        return t.rank() == 1 && t.shape[0] == cols || t.rank() == 2 && t.shape[0] == 1 && t.shape[1] == cols;
    }

    private Tensor broadcast(String method, Tensor other, DoubleBinaryOperator op) {
        requireTensor(method, "other", other);
        int[] resultShape = broadcastShape(other);
        if (resultShape == null) {
            throw shapeMismatch(method, this, other);
        }
        double[] values = new double[Shapes.size(method, resultShape)];
        combine(data, other.data, values, op);
        return new Tensor(values, resultShape.clone());
    }

    private Tensor inPlace(String method, Tensor other, DoubleBinaryOperator op) {
        requireTensor(method, "other", other);
        if (broadcastShape(other) != shape) {
            throw shapeMismatch(method, this, other);
        }
        combine(data, other.data, data, op);
        return this;
    }

    /**
     * out[i] = op(x[i mod |x|], y[i mod |y|]) — exact for the three broadcasts allowed: equal sizes, a scalar,
     * or a row vector whose length divides the other's size row by row.
     */
    private static void combine(double[] x, double[] y, double[] out, DoubleBinaryOperator op) {
        int n = out.length;
        if (x.length == n && y.length == n) {
            for (int i = 0; i < n; i++) {
                out[i] = op.applyAsDouble(x[i], y[i]);
            }
        } else if (x.length == n) {
            for (int i = 0; i < n; i++) {
                out[i] = op.applyAsDouble(x[i], y[i % y.length]);
            }
        } else {
            for (int i = 0; i < n; i++) {
                out[i] = op.applyAsDouble(x[i % x.length], y[i]);
            }
        }
    }

    private static IllegalArgumentException shapeMismatch(String method, Tensor a, Tensor b) {
        Tensor matrix = a.rank() == 2 ? a : b.rank() == 2 ? b : null;
        String expected = matrix == null ? "the same shape or a scalar"
                : "the same shape, a scalar or a row vector of length " + matrix.shape[1];
        return new IllegalArgumentException(String.format("%s: expected %s, got %s and %s", method, expected,
                a.shapeString(), b.shapeString()));
    }

    private Tensor reduce(String method, int axis, double identity, DoubleBinaryOperator op) {
        requireAxis(method, axis, false);
        int length = shape[axis];
        int inner = innerSize(axis);
        int outer = outerSize(axis);
        int[] resultShape = new int[rank() - 1];
        for (int a = 0, r = 0; a < rank(); a++) {
            if (a != axis) {
                resultShape[r++] = shape[a];
            }
        }
        double[] values = new double[outer * inner];
        for (int o = 0; o < outer; o++) {
            for (int in = 0; in < inner; in++) {
                double acc = identity;
                int start = o * length * inner + in;
                for (int k = 0; k < length; k++) {
                    acc = op.applyAsDouble(acc, data[start + k * inner]);
                }
                values[o * inner + in] = acc;
            }
        }
        return new Tensor(values, resultShape);
    }

    /** ∏ of the dimensions before {@code axis}. */
    private int outerSize(int axis) {
        int outer = 1;
        for (int a = 0; a < axis; a++) {
            outer *= shape[a];
        }
        return outer;
    }

    /** ∏ of the dimensions after {@code axis}. */
    private int innerSize(int axis) {
        int inner = 1;
        for (int a = axis + 1; a < shape.length; a++) {
            inner *= shape[a];
        }
        return inner;
    }

    /** The position k (0 … length − 1) of the largest of values[start + k·stride], first on ties, NaN skipped. */
    private static int argmaxOf(double[] values, int start, int length, int stride) {
        int best = 0;
        double bestValue = Double.NaN;
        for (int k = 0; k < length; k++) {
            double v = values[start + k * stride];
            if (v > bestValue || Double.isNaN(bestValue) && !Double.isNaN(v)) {
                best = k;
                bestValue = v;
            }
        }
        return best;
    }

    private int offset(String method, int[] index) {
        if (index == null || index.length != shape.length) {
            throw new IllegalArgumentException(String.format("%s: index expected %d coordinates for shape %s, got %s",
                    method, shape.length, shapeString(), Arrays.toString(index)));
        }
        int at = 0;
        for (int a = 0; a < shape.length; a++) {
            if (index[a] < 0 || index[a] >= shape[a]) {
                throw new IllegalArgumentException(String.format("%s: index expected within shape %s, got %s",
                        method, shapeString(), Arrays.toString(index)));
            }
            at = at * shape[a] + index[a];
        }
        return at;
    }

    private void requireMatrix(String method) {
        if (shape.length != 2) {
            throw new IllegalArgumentException(method + ": expected a 2-D tensor, got shape " + shapeString());
        }
    }

    private void requireNotEmpty(String method) {
        if (data.length == 0) {
            throw new IllegalArgumentException(method + ": expected a non-empty tensor, got shape " + shapeString());
        }
    }

    private void requireAxis(String method, int axis, boolean nonEmpty) {
        if (axis < 0 || axis >= shape.length) {
            throw new IllegalArgumentException(String.format("%s: axis expected 0..%d for shape %s, got %d",
                    method, shape.length - 1, shapeString(), axis));
        }
        if (nonEmpty && shape[axis] == 0) {
            throw new IllegalArgumentException(String.format("%s: axis %d expected length >= 1, got shape %s",
                    method, axis, shapeString()));
        }
    }

    private static void requireIndex(String method, String argument, int index, int bound) {
        if (index < 0 || index >= bound) {
            throw new IllegalArgumentException(String.format("%s: %s expected 0..%d, got %d",
                    method, argument, bound - 1, index));
        }
    }

    private static void requireIndices(String method, int[] indices, int bound) {
        if (indices == null) {
            throw new IllegalArgumentException(method + ": indices expected an array, got null");
        }
        for (int k = 0; k < indices.length; k++) {
            if (indices[k] < 0 || indices[k] >= bound) {
                throw new IllegalArgumentException(String.format("%s: indices expected values in 0..%d, got %d at "
                        + "position %d", method, bound - 1, indices[k], k));
            }
        }
    }

    static void requireTensor(String method, String argument, Tensor tensor) {
        if (tensor == null) {
            throw new IllegalArgumentException(method + ": " + argument + " expected a tensor, got null");
        }
    }

    private static void requireRng(String method, Rng rng) {
        if (rng == null) {
            throw new IllegalArgumentException(method + ": rng expected an Rng, got null");
        }
    }
}

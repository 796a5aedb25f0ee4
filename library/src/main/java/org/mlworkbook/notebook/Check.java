package org.mlworkbook.notebook;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Assertions for graded exercise cells. A passed check prints one line {@code ✓ <what>}; a failed one throws a
 * {@link CheckFailure} whose message says what was checked, what was expected and what came:
 * <pre>{@code
 * Check.close(2.0, mean(new double[] {1, 2, 3}), 1e-9, "mean of [1, 2, 3]");
 * // CheckFailure: mean of [1, 2, 3]: expected 2.0 ± 1e-09, got 2.5
 * }</pre>
 * Use these, never Java's {@code assert}, which is off by default. An unanswered exercise throws
 * {@code UnsupportedOperationException("exercise <grade_id>")}; that exception always reaches the notebook
 * unchanged, even from inside {@link #throwsException}, so the student sees which exercise is still open.
 * Numbers in messages are written as {@code 2.0}, {@code 2.5}, {@code 1e-09}.
 */
public final class Check {

    /** The message of an exercise stub in a student's release, as NOTEBOOKS.md writes it. */
    private static final Pattern EXERCISE_STUB = Pattern.compile("exercise [a-zA-Z0-9_\\-]*");
    private static final int MAX_SHOWN_CHARS = 200;

    private Check() {
    }

    /**
     * Passes when {@code condition} holds.
     *
     * @param condition the fact to check
     * @param what      what is being checked, e.g. {@code "the loss decreases"}
     * @throws CheckFailure             if {@code condition} is false: {@code "<what>: expected true, got false"}
     * @throws IllegalArgumentException if {@code what} is null or blank
     */
    public static void isTrue(boolean condition, String what) {
        requireWhat("isTrue", what);
        if (!condition) {
            throw new CheckFailure(what + ": expected true, got false");
        }
        pass(what);
    }

    /**
     * Passes when {@code Objects.equals(expected, actual)}, comparing arrays (also nested ones such as
     * {@code int[][]}) by content as {@link Arrays#deepEquals} does. The message prints arrays by content, quotes
     * strings, names the first differing index of two arrays of equal length, and names the types when two
     * different values print alike ({@code 2 (Integer)} vs {@code 2 (Long)}).
     *
     * @param expected the right answer
     * @param actual   the student's answer
     * @param what     what is being checked
     * @throws CheckFailure             if the two differ
     * @throws IllegalArgumentException if {@code what} is null or blank
     */
    public static void equal(Object expected, Object actual, String what) {
        requireWhat("equal", what);
        if (Objects.deepEquals(expected, actual)) {
            pass(what);
            return;
        }
        String shownExpected = show(expected);
        String shownActual = show(actual);
        if (shownExpected.equals(shownActual)) {
            shownExpected += " (" + typeName(expected) + ")";
            shownActual += " (" + typeName(actual) + ")";
        }
        String message = what + ": expected " + shownExpected + ", got " + shownActual;
        int index = firstDifference(expected, actual);
        throw new CheckFailure(index < 0 ? message : message + "; first difference at [" + index + "]");
    }

    /**
     * Passes when |expected − actual| ≤ tolerance (an absolute tolerance), or when both are the same infinity.
     * NaN never passes.
     *
     * @param expected  the right answer
     * @param actual    the student's answer
     * @param tolerance the largest allowed absolute difference, ≥ 0
     * @param what      what is being checked
     * @throws CheckFailure             if the two differ by more: {@code "<what>: expected 2.0 ± 1e-09, got 2.5"}
     * @throws IllegalArgumentException if {@code tolerance} is negative or NaN, or {@code what} is null or blank
     */
    public static void close(double expected, double actual, double tolerance, String what) {
        requireWhat("close", what);
        requireTolerance("close", tolerance);
        if (!within(expected, actual, tolerance)) {
            throw new CheckFailure(String.format("%s: expected %s ± %s, got %s",
                    what, format(expected), format(tolerance), format(actual)));
        }
        pass(what);
    }

    /**
     * Passes when both vectors have the same length and |expectedᵢ − actualᵢ| ≤ tolerance for every i (NaN never
     * passes). On failure the message names both lengths, or the number of elements off and the first of them
     * with both values.
     *
     * @param expected  the right answer. Not modified.
     * @param actual    the student's answer. Not modified.
     * @param tolerance the largest allowed absolute difference per element, ≥ 0
     * @param what      what is being checked
     * @throws CheckFailure             if {@code actual} is null, has another length, or differs by more, e.g.
     *                                  {@code "w: 1 of 3 elements differ by more than 1e-09; first at [1]:
     *                                  expected 2.0, got 2.5"}
     * @throws IllegalArgumentException if {@code expected} is null, {@code tolerance} is negative or NaN, or
     *                                  {@code what} is null or blank
     */
    public static void allClose(double[] expected, double[] actual, double tolerance, String what) {
        requireWhat("allClose", what);
        requireTolerance("allClose", tolerance);
        if (expected == null) {
            throw new IllegalArgumentException("allClose: argument 'expected' expected an array, got null");
        }
        if (actual == null || actual.length != expected.length) {
            throw new CheckFailure(String.format("%s: expected length %d, got %s",
                    what, expected.length, actual == null ? "null" : "length " + actual.length));
        }
        int bad = 0;
        int first = -1;
        for (int i = 0; i < expected.length; i++) {
            if (!within(expected[i], actual[i], tolerance)) {
                bad++;
                first = first < 0 ? i : first;
            }
        }
        if (bad > 0) {
            throw new CheckFailure(String.format(
                    "%s: %d of %d elements differ by more than %s; first at [%d]: expected %s, got %s",
                    what, bad, expected.length, format(tolerance), first,
                    format(expected[first]), format(actual[first])));
        }
        pass(what);
    }

    /**
     * Passes when both matrices have the same shape and |expectedᵢⱼ − actualᵢⱼ| ≤ tolerance for every i, j (NaN
     * never passes). On failure the message names both shapes ({@code 2×3}, or the row lengths of a ragged
     * array), or the number of elements off and the first of them with both values.
     *
     * @param expected  the right answer, rectangular. Not modified.
     * @param actual    the student's answer. Not modified.
     * @param tolerance the largest allowed absolute difference per element, ≥ 0
     * @param what      what is being checked
     * @throws CheckFailure             if {@code actual} is null, has another shape, or differs by more, e.g.
     *                                  {@code "w: expected shape 2×3, got 3×2"}
     * @throws IllegalArgumentException if {@code expected} is null or ragged, {@code tolerance} is negative or
     *                                  NaN, or {@code what} is null or blank
     */
    public static void allClose(double[][] expected, double[][] actual, double tolerance, String what) {
        requireWhat("allClose", what);
        requireTolerance("allClose", tolerance);
        if (expected == null || !isRectangular(expected)) {
            throw new IllegalArgumentException("allClose: argument 'expected' expected a rectangular array, got "
                    + shape(expected));
        }
        int cols = expected.length == 0 ? 0 : expected[0].length;
        if (actual == null || actual.length != expected.length || !isRectangular(actual)
                || (actual.length > 0 && actual[0].length != cols)) {
            throw new CheckFailure(String.format("%s: expected shape %s, got %s",
                    what, shape(expected), shape(actual)));
        }
        int bad = 0;
        int firstRow = -1;
        int firstCol = -1;
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < cols; j++) {
                if (!within(expected[i][j], actual[i][j], tolerance)) {
                    if (bad++ == 0) {
                        firstRow = i;
                        firstCol = j;
                    }
                }
            }
        }
        if (bad > 0) {
            throw new CheckFailure(String.format(
                    "%s: %d of %d elements differ by more than %s; first at [%d][%d]: expected %s, got %s",
                    what, bad, expected.length * cols, format(tolerance), firstRow, firstCol,
                    format(expected[firstRow][firstCol]), format(actual[firstRow][firstCol])));
        }
        pass(what);
    }

    /**
     * Passes when running {@code code} throws an exception of {@code type} (or a subtype), and returns it so its
     * message can be checked too. An exercise stub's {@code UnsupportedOperationException("exercise <id>")} and
     * JVM errors other than {@link AssertionError} (stack overflow, out of memory, thread death on interrupt)
     * pass through unchanged.
     *
     * @param type the exception class expected
     * @param code the code that should throw, e.g. {@code () -> knn.fit(x, yTooShort)}
     * @param what what is being checked
     * @param <T>  the exception type
     * @return the exception thrown
     * @throws CheckFailure             if {@code code} throws nothing ({@code "<what>: expected
     *                                  IllegalArgumentException, got no exception"}) or another exception (then
     *                                  the cause)
     * @throws IllegalArgumentException if {@code type} or {@code code} is null, or {@code what} is null or blank
     */
    public static <T extends Throwable> T throwsException(Class<T> type, Runnable code, String what) {
        requireWhat("throwsException", what);
        if (type == null || code == null) {
            throw new IllegalArgumentException(String.format("throwsException: %s expected non-null, got null",
                    type == null ? "type" : "code"));
        }
        try {
            code.run();
        } catch (UnsupportedOperationException thrown) {
            if (EXERCISE_STUB.matcher(String.valueOf(thrown.getMessage())).matches()) {
                throw thrown;
            }
            return caught(type, thrown, what);
        } catch (Error thrown) {
            if (!(thrown instanceof AssertionError) && !type.isInstance(thrown)) {
                throw thrown;
            }
            return caught(type, thrown, what);
        } catch (Throwable thrown) {
            return caught(type, thrown, what);
        }
        throw new CheckFailure(what + ": expected " + type.getSimpleName() + ", got no exception");
    }

    private static <T extends Throwable> T caught(Class<T> type, Throwable thrown, String what) {
        if (!type.isInstance(thrown)) {
            String message = thrown.getMessage();
            throw new CheckFailure(String.format("%s: expected %s, got %s%s", what, type.getSimpleName(),
                    thrown.getClass().getSimpleName(), message == null ? "" : ": " + message), thrown);
        }
        pass(what);
        return type.cast(thrown);
    }

    private static void pass(String what) {
        System.out.println("✓ " + what);
    }

    /** |e − a| ≤ tolerance, or e and a the same infinity; false whenever either is NaN. */
    private static boolean within(double expected, double actual, double tolerance) {
        if (Double.isNaN(expected) || Double.isNaN(actual)) {
            return false;
        }
        return expected == actual || Math.abs(expected - actual) <= tolerance;
    }

    /** Java's shortest round-trip text, exponents written as e-09 / e+10: 2.0, 2.5, 1e-09, 1.5e+10, NaN. */
    static String format(double value) {
        String text = Double.toString(value);
        int e = text.indexOf('E');
        if (e < 0) {
            return text;
        }
        String mantissa = text.substring(0, e);
        if (mantissa.endsWith(".0")) {
            mantissa = mantissa.substring(0, mantissa.length() - 2);
        }
        int exponent = Integer.parseInt(text.substring(e + 1));
        return String.format("%se%s%02d", mantissa, exponent < 0 ? "-" : "+", Math.abs(exponent));
    }

    private static String show(Object value) {
        String text;
        if (value == null) {
            return "null";
        } else if (value instanceof String) {
            text = "\"" + value + "\"";
        } else if (value instanceof Character) {
            text = "'" + value + "'";
        } else if (value instanceof Double) {
            text = format((Double) value);
        } else if (value.getClass().isArray()) {
            String deep = Arrays.deepToString(new Object[] {value});
            text = deep.substring(1, deep.length() - 1);
        } else {
            text = String.valueOf(value);
        }
        if (text.length() <= MAX_SHOWN_CHARS) {
            return text;
        }
        String cut = text.substring(0, MAX_SHOWN_CHARS) + "…";
        return value.getClass().isArray() ? cut + " (length " + Array.getLength(value) + ")" : cut;
    }

    private static String typeName(Object value) {
        return value == null ? "null" : value.getClass().getSimpleName();
    }

    /** The first index where two arrays of equal length differ, or −1 if they are not both such arrays. */
    private static int firstDifference(Object expected, Object actual) {
        if (expected == null || actual == null || !expected.getClass().isArray() || !actual.getClass().isArray()
                || Array.getLength(expected) != Array.getLength(actual)) {
            return -1;
        }
        for (int i = 0; i < Array.getLength(expected); i++) {
            if (!Objects.deepEquals(Array.get(expected, i), Array.get(actual, i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isRectangular(double[][] matrix) {
        if (matrix.length == 0) {
            return true;
        }
        if (matrix[0] == null) {
            return false;
        }
        for (double[] row : matrix) {
            if (row == null || row.length != matrix[0].length) {
                return false;
            }
        }
        return true;
    }

    /** "2×3" for a rectangular array, "null", or "ragged rows of lengths [3, 2]". */
    private static String shape(double[][] matrix) {
        if (matrix == null) {
            return "null";
        }
        if (isRectangular(matrix)) {
            return matrix.length + "×" + (matrix.length == 0 ? 0 : matrix[0].length);
        }
        List<String> lengths = new ArrayList<>();
        for (double[] row : matrix) {
            lengths.add(row == null ? "null" : Integer.toString(row.length));
        }
        return "ragged rows of lengths " + lengths;
    }

    private static void requireWhat(String method, String what) {
        if (what == null || what.isBlank()) {
            throw new IllegalArgumentException(String.format(
                    "%s: what expected a description of the check, got %s",
                    method, what == null ? "null" : "\"" + what + "\""));
        }
    }

    private static void requireTolerance(String method, double tolerance) {
        if (!(tolerance >= 0)) {
            throw new IllegalArgumentException(method + ": tolerance expected >= 0, got " + format(tolerance));
        }
    }
}

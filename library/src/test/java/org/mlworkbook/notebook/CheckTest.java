package org.mlworkbook.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CheckTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private PrintStream originalOut;

    @BeforeEach
    void captureSystemOut() {
        originalOut = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreSystemOut() {
        System.setOut(originalOut);
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void closeWithinTolerancePrintsOneTickLine() {
        Check.close(2.0, 2.0 + 1e-10, 1e-9, "mean of [1, 2, 3]");
        assertEquals("✓ mean of [1, 2, 3]" + System.lineSeparator(), printed());
    }

    @Test
    void closeFailureReadsExpectedPlusMinusToleranceGotActual() {
        var e = assertThrows(CheckFailure.class, () -> Check.close(2.0, 2.5, 1e-9, "mean of [1, 2, 3]"));
        assertEquals("mean of [1, 2, 3]: expected 2.0 ± 1e-09, got 2.5", e.getMessage());
        assertEquals("", printed());
    }

    @Test
    void closeNeverPassesNaNEvenWithInfiniteTolerance() {
        var e = assertThrows(CheckFailure.class,
                () -> Check.close(1.0, Double.NaN, Double.POSITIVE_INFINITY, "loss"));
        assertEquals("loss: expected 1.0 ± Infinity, got NaN", e.getMessage());
    }

    @Test
    void closePassesForTheSameInfinity() {
        Check.close(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 0, "log(0) penalty");
        assertEquals("✓ log(0) penalty" + System.lineSeparator(), printed());
    }

    @Test
    void closeRejectsNegativeTolerance() {
        var e = assertThrows(IllegalArgumentException.class, () -> Check.close(1, 1, -1, "x"));
        assertEquals("close: tolerance expected >= 0, got -1.0", e.getMessage());
    }

    @Test
    void everyCheckRejectsABlankDescription() {
        var e = assertThrows(IllegalArgumentException.class, () -> Check.isTrue(true, " "));
        assertEquals("isTrue: what expected a description of the check, got \" \"", e.getMessage());
    }

    @Test
    void isTrueFailureSaysExpectedTrueGotFalse() {
        var e = assertThrows(CheckFailure.class, () -> Check.isTrue(false, "the loss decreases"));
        assertEquals("the loss decreases: expected true, got false", e.getMessage());
    }

    @Test
    void checkFailureIsAnAssertionError() {
        var e = assertThrows(CheckFailure.class, () -> Check.isTrue(false, "x"));
        assertInstanceOf(AssertionError.class, e);
    }

    @Test
    void equalComparesNestedArraysByContent() {
        Check.equal(new int[][] {{1, 2}, {3}}, new int[][] {{1, 2}, {3}}, "confusion matrix");
        assertEquals("✓ confusion matrix" + System.lineSeparator(), printed());
    }

    @Test
    void equalFailureOnArraysPrintsContentsAndFirstDifference() {
        var e = assertThrows(CheckFailure.class,
                () -> Check.equal(new int[] {0, 1, 2}, new int[] {0, 2, 2}, "predicted labels"));
        assertEquals("predicted labels: expected [0, 1, 2], got [0, 2, 2]; first difference at [1]", e.getMessage());
    }

    @Test
    void equalQuotesStrings() {
        var e = assertThrows(CheckFailure.class, () -> Check.equal("setosa", "setosa ", "class name"));
        assertEquals("class name: expected \"setosa\", got \"setosa \"", e.getMessage());
    }

    @Test
    void equalNamesTheTypesWhenTwoValuesPrintAlike() {
        var e = assertThrows(CheckFailure.class, () -> Check.equal(2, 2L, "count"));
        assertEquals("count: expected 2 (Integer), got 2 (Long)", e.getMessage());
    }

    @Test
    void equalShortensLongArraysAndGivesTheirLength() {
        int[] expected = new int[1000];
        int[] actual = new int[1000];
        actual[999] = 1;
        var e = assertThrows(CheckFailure.class, () -> Check.equal(expected, actual, "labels"));
        assertTrue(e.getMessage().contains("… (length 1000)"), e.getMessage());
        assertTrue(e.getMessage().endsWith("; first difference at [999]"), e.getMessage());
    }

    @Test
    void equalPassesForTwoNulls() {
        Check.equal(null, null, "nothing");
        assertEquals("✓ nothing" + System.lineSeparator(), printed());
    }

    @Test
    void allCloseNamesCountFirstBadIndexAndBothValues() {
        var e = assertThrows(CheckFailure.class, () -> Check.allClose(
                new double[] {1, 2, 3}, new double[] {1, 2.5, 4}, 1e-9, "w"));
        assertEquals("w: 2 of 3 elements differ by more than 1e-09; first at [1]: expected 2.0, got 2.5",
                e.getMessage());
    }

    @Test
    void allCloseFailsOnADifferentLength() {
        var e = assertThrows(CheckFailure.class,
                () -> Check.allClose(new double[3], new double[4], 1e-9, "w"));
        assertEquals("w: expected length 3, got length 4", e.getMessage());
    }

    @Test
    void allCloseFailsOnAMissingAnswerRatherThanThrowingNullPointer() {
        var e = assertThrows(CheckFailure.class, () -> Check.allClose(new double[3], null, 1e-9, "w"));
        assertEquals("w: expected length 3, got null", e.getMessage());
    }

    @Test
    void allCloseTreatsNaNAsAMismatch() {
        var e = assertThrows(CheckFailure.class,
                () -> Check.allClose(new double[] {0, 0}, new double[] {0, Double.NaN}, 1, "grad"));
        assertEquals("grad: 1 of 2 elements differ by more than 1.0; first at [1]: expected 0.0, got NaN",
                e.getMessage());
    }

    @Test
    void allCloseOfMatricesNamesBothShapes() {
        var e = assertThrows(CheckFailure.class,
                () -> Check.allClose(new double[2][3], new double[3][2], 1e-9, "W"));
        assertEquals("W: expected shape 2×3, got 3×2", e.getMessage());
    }

    @Test
    void allCloseOfMatricesDescribesARaggedAnswer() {
        var e = assertThrows(CheckFailure.class, () -> Check.allClose(
                new double[2][3], new double[][] {{0, 0, 0}, {0, 0}}, 1e-9, "W"));
        assertEquals("W: expected shape 2×3, got ragged rows of lengths [3, 2]", e.getMessage());
    }

    @Test
    void allCloseOfMatricesNamesFirstBadRowAndColumn() {
        double[][] actual = new double[2][3];
        actual[1][2] = 0.5;
        var e = assertThrows(CheckFailure.class, () -> Check.allClose(new double[2][3], actual, 0.1, "W"));
        assertEquals("W: 1 of 6 elements differ by more than 0.1; first at [1][2]: expected 0.0, got 0.5",
                e.getMessage());
    }

    @Test
    void allCloseOfMatricesPassesWithinTolerance() {
        Check.allClose(new double[][] {{1, 2}, {3, 4}}, new double[][] {{1, 2}, {3, 4 + 1e-12}}, 1e-9, "W");
        assertEquals("✓ W" + System.lineSeparator(), printed());
    }

    @Test
    void allCloseRejectsARaggedExpectedMatrix() {
        var e = assertThrows(IllegalArgumentException.class, () -> Check.allClose(
                new double[][] {{1}, {1, 2}}, new double[2][2], 1e-9, "W"));
        assertEquals("allClose: argument 'expected' expected a rectangular array, got ragged rows of lengths [1, 2]",
                e.getMessage());
    }

    @Test
    void throwsExceptionReturnsTheExceptionThrown() {
        var thrown = new IllegalArgumentException("k expected >= 1, got 0");
        var returned = Check.throwsException(IllegalArgumentException.class, () -> {
            throw thrown;
        }, "rejects k = 0");
        assertSame(thrown, returned);
        assertEquals("✓ rejects k = 0" + System.lineSeparator(), printed());
    }

    @Test
    void throwsExceptionFailsWhenNothingIsThrown() {
        var e = assertThrows(CheckFailure.class,
                () -> Check.throwsException(IllegalArgumentException.class, () -> { }, "rejects k = 0"));
        assertEquals("rejects k = 0: expected IllegalArgumentException, got no exception", e.getMessage());
    }

    @Test
    void throwsExceptionFailsOnAnotherExceptionAndKeepsItAsCause() {
        var npe = new NullPointerException("x is null");
        var e = assertThrows(CheckFailure.class, () -> Check.throwsException(IllegalArgumentException.class, () -> {
            throw npe;
        }, "rejects null"));
        assertEquals("rejects null: expected IllegalArgumentException, got NullPointerException: x is null",
                e.getMessage());
        assertSame(npe, e.getCause());
    }

    @Test
    void throwsExceptionLetsAnUnansweredExerciseThrough() {
        var stub = new UnsupportedOperationException("exercise ex00-mean");
        var e = assertThrows(UnsupportedOperationException.class,
                () -> Check.throwsException(RuntimeException.class, () -> {
                    throw stub;
                }, "rejects an empty array"));
        assertSame(stub, e);
        assertEquals("", printed());
    }

    @Test
    void throwsExceptionAcceptsAnOrdinaryUnsupportedOperation() {
        Check.throwsException(UnsupportedOperationException.class, () -> {
            throw new UnsupportedOperationException("read-only");
        }, "list is read-only");
        assertEquals("✓ list is read-only" + System.lineSeparator(), printed());
    }

    @Test
    void throwsExceptionLetsAStackOverflowThrough() {
        var overflow = new StackOverflowError();
        var e = assertThrows(StackOverflowError.class,
                () -> Check.throwsException(IllegalArgumentException.class, () -> {
                    throw overflow;
                }, "rejects n < 0"));
        assertSame(overflow, e);
    }

    @Test
    void numbersInMessagesAreWrittenShortWithTwoDigitExponents() {
        assertEquals("2.0", Check.format(2.0));
        assertEquals("1e-09", Check.format(1e-9));
        assertEquals("1.5e+10", Check.format(1.5e10));
        assertEquals("-0.001", Check.format(-0.001));
    }
}

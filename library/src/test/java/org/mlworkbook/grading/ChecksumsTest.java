package org.mlworkbook.grading;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Expected digests: MD5 of the concatenated parts, computed with Python's hashlib following nbgrader's recipe. */
class ChecksumsTest {
    @Test
    void aLockedTestCellHashesSourceTypeFlagsIdAndPoints() {
        // md5("Check.isTrue(true, \"x\");" + "code" + "True" + "False" + "True" + "t1" + "2.0")
        assertEquals("f047e899d5f76eb5fe2a73d9b67db483",
                Checksums.compute(TestCells.test("t1", 2, "Check.isTrue(true, \"x\");")));
    }

    @Test
    void aSolutionCellHasNoPointsAndIsNeverLocked() {
        String stub = "// YOUR CODE HERE\nthrow new UnsupportedOperationException(\"exercise s1\");";
        assertEquals("159da843c95f5c8e98bfaa723ad29c34", Checksums.compute(TestCells.solution("s1", stub)));
    }

    @Test
    void aReadOnlyMarkdownCellHashesItsUtf8Source() {
        assertEquals("df1a0d73a7304e5aaff8fd0f20071a5f", Checksums.compute(
                TestCells.graded("markdown", "Read-only σ text", false, false, true, "intro", null)));
    }

    @Test
    void aGradeCellCountsAsLockedEvenWhenItsFlagSaysNotAndHalfPointsReadAsPythonWritesThem() {
        // md5("x" + "code" + "True" + "False" + "True" + "g" + "0.5"): nbgrader's is_locked is True for grade cells
        assertEquals("01496cffc37a6512c0e14aea411b1d72",
                Checksums.compute(TestCells.graded("code", "x", true, false, false, "g", 0.5)));
    }

    @Test
    void aManuallyGradedAnswerIsGradeAndSolutionButNotLocked() {
        assertEquals("1acab2661c68b2773569a4de170222df",
                Checksums.compute(TestCells.graded("markdown", "YOUR ANSWER HERE", true, true, false, "essay", 3.0)));
    }

    @Test
    void pointsAreSpelledLikePythonsFloatRepr() {
        assertEquals("2.0", Checksums.pythonFloat(2));
        assertEquals("0.5", Checksums.pythonFloat(0.5));
        assertEquals("1e-05", Checksums.pythonFloat(1e-5));
        assertEquals("0.0001", Checksums.pythonFloat(1e-4));
        assertEquals("123456789.0", Checksums.pythonFloat(123456789));
        assertEquals("1.5e+16", Checksums.pythonFloat(1.5e16));
        assertEquals("1e+16", Checksums.pythonFloat(1e16));
        assertEquals("-3.25", Checksums.pythonFloat(-3.25));
    }

    @Test
    void aCellWithoutGradeIdIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Checksums.compute(TestCells.cell("code", "x")));
        assertEquals(true, e.getMessage().startsWith("compute: cell expected nbgrader metadata with a grade_id"));
    }
}

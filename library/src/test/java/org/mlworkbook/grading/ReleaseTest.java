package org.mlworkbook.grading;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReleaseTest {
    private static final String SOLUTION = "double f(double x) {\n    // BEGIN SOLUTION\n    return 2 * x;\n    // END SOLUTION\n}";
    private static final String TEST = "Check.close(4, f(2), 1e-12, \"f(2)\");\n// BEGIN HIDDEN TESTS\nCheck.close(6, f(3), 1e-12, \"f(3)\");\n// END HIDDEN TESTS\n";

    private static JsonObject source() {
        JsonObject demo = TestCells.cell("code", "int answer = 42;");
        JsonArray outputs = new JsonArray();
        JsonObject stream = new JsonObject();
        stream.addProperty("output_type", "stream");
        outputs.add(stream);
        demo.add("outputs", outputs);
        demo.addProperty("execution_count", 3);
        return TestCells.notebook(TestCells.cell("markdown", "# Title"), demo,
                TestCells.solution("ex-f", SOLUTION), TestCells.test("ex-f-test", 2, TEST),
                TestCells.graded("markdown", "Explain.\n\nBEGIN SOLUTION\nBecause.\nEND SOLUTION", true, true, false, "ex-essay", 1.0));
    }

    @Test
    void theSolutionRegionBecomesTheStubIndentedLikeItsMarker() {
        JsonObject released = Release.student(source());
        assertEquals("double f(double x) {\n    // YOUR CODE HERE\n    throw new UnsupportedOperationException(\"exercise ex-f\");\n}",
                Notebooks.source(TestCells.cellAt(released, 2)));
    }

    @Test
    void hiddenTestsAreRemovedAndTheVisibleCheckStays() {
        assertEquals("Check.close(4, f(2), 1e-12, \"f(2)\");\n", Notebooks.source(TestCells.cellAt(Release.student(source()), 3)));
    }

    @Test
    void aMarkdownAnswerBecomesYourAnswerHere() {
        assertEquals("Explain.\n\nYOUR ANSWER HERE", Notebooks.source(TestCells.cellAt(Release.student(source()), 4)));
    }

    @Test
    void outputsAndExecutionCountsAreCleared() {
        JsonObject demo = TestCells.cellAt(Release.student(source()), 1);
        assertEquals(new JsonArray(), demo.get("outputs"));
        assertTrue(demo.get("execution_count").isJsonNull());
    }

    @Test
    void testCellsAreReadOnlyAndCarryNbgradersChecksumOfTheReleasedSource() {
        JsonObject test = TestCells.cellAt(Release.student(source()), 3);
        JsonObject metadata = test.getAsJsonObject("metadata");
        assertEquals(new JsonPrimitive(false), metadata.get("deletable"));
        assertEquals(new JsonPrimitive(false), metadata.get("editable"));
        // Python: md5("Check.close(4, f(2), 1e-12, \"f(2)\");\n" "code" "True" "False" "True" "ex-f-test" "2.0")
        assertEquals("a1a34195d49590f4a41991b382f3dfcf", Notebooks.nbgrader(test).get("checksum").getAsString());
        assertEquals("code", Notebooks.nbgrader(test).get("cell_type").getAsString());
    }

    @Test
    void solutionCellsStayEditableAndPlainCellsGetNoNbgraderMetadata() {
        JsonObject released = Release.student(source());
        assertFalse(TestCells.cellAt(released, 2).getAsJsonObject("metadata").has("editable"));
        assertEquals(null, Notebooks.nbgrader(TestCells.cellAt(released, 1)));
    }

    @Test
    void theSourceIsNotModified() {
        JsonObject source = source();
        JsonObject before = source.deepCopy();
        Release.student(source);
        assertEquals(before, source);
    }

    @Test
    void anUnclosedSolutionRegionIsRejectedNamingTheCell() {
        JsonObject notebook = TestCells.notebook(TestCells.solution("s", "// BEGIN SOLUTION\nreturn 1;"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Release.student(notebook));
        assertEquals("student: cell 1 (s) expected END SOLUTION after BEGIN SOLUTION, got the end of the cell", e.getMessage());
    }

    @Test
    void solutionMarkersOutsideASolutionCellAreRejected() {
        JsonObject notebook = TestCells.notebook(TestCells.cell("code", "// BEGIN SOLUTION\nint x;\n// END SOLUTION"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Release.student(notebook));
        assertEquals("student: cell 1 expected solution markers only in a solution cell, got them in a plain cell", e.getMessage());
    }
}

package org.mlworkbook.grading;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RestoreTest {
    private static final String HIDDEN = "Check.close(4, f(2), 1e-12, \"f(2)\");\n// BEGIN HIDDEN TESTS\nCheck.close(6, f(3), 1e-12, \"f(3)\");\n// END HIDDEN TESTS";

    private static JsonObject source() {
        return TestCells.notebook(TestCells.cell("code", "int demo = 1;"),
                TestCells.solution("ex-f", "double f(double x) {\n    // BEGIN SOLUTION\n    return 2 * x;\n    // END SOLUTION\n}"),
                TestCells.test("ex-f-test", 2, HIDDEN),
                TestCells.solution("ex-g", "int g() {\n    // BEGIN SOLUTION\n    return 1;\n    // END SOLUTION\n}"),
                TestCells.test("ex-g-test", 1, "Check.equal(1, g(), \"g()\");"));
    }

    /** A student's answer: the released notebook with f answered. */
    private static JsonObject answered() {
        JsonObject submission = Release.student(source());
        Notebooks.setSource(TestCells.cellAt(submission, 1), "double f(double x) {\n    return x + x;\n}");
        return submission;
    }

    private static List<String> ids(JsonObject notebook) {
        List<String> ids = new ArrayList<>();
        for (var cell : Notebooks.cells(notebook)) ids.add(Notebooks.gradeId(cell.getAsJsonObject()));
        return ids;
    }

    @Test
    void anUntouchedSubmissionGetsTheHiddenTestsBackAndKeepsTheAnswer() {
        Restore.Restored restored = Restore.restore(source(), answered());
        assertEquals(List.of(), restored.findings());
        assertEquals(HIDDEN, Notebooks.source(TestCells.cellAt(restored.notebook(), 2)));
        assertEquals("double f(double x) {\n    return x + x;\n}", Notebooks.source(TestCells.cellAt(restored.notebook(), 1)));
    }

    @Test
    void anEditedTestCellIsRestoredAndReported() {
        JsonObject submission = answered();
        Notebooks.setSource(TestCells.cellAt(submission, 2), "// all good");
        Restore.Restored restored = Restore.restore(source(), submission);
        assertEquals(List.of(new Finding("ex-f-test", Finding.Kind.EDITED)), restored.findings());
        assertEquals(HIDDEN, Notebooks.source(TestCells.cellAt(restored.notebook(), 2)));
    }

    @Test
    void aDeletedTestCellIsPutBackRightAfterItsAnswer() {
        JsonObject submission = answered();
        Notebooks.cells(submission).remove(2);
        Restore.Restored restored = Restore.restore(source(), submission);
        assertEquals(List.of(new Finding("ex-f-test", Finding.Kind.DELETED)), restored.findings());
        assertEquals(java.util.Arrays.asList(null, "ex-f", "ex-f-test", "ex-g", "ex-g-test"), ids(restored.notebook()));
    }

    @Test
    void aDeletedAnswerCellComesBackAsTheReleasedStub() {
        JsonObject submission = answered();
        Notebooks.cells(submission).remove(1);
        Restore.Restored restored = Restore.restore(source(), submission);
        assertEquals(List.of(new Finding("ex-f", Finding.Kind.DELETED)), restored.findings());
        assertEquals(true, Notebooks.source(TestCells.cellAt(restored.notebook(), 1)).contains("exercise ex-f"));
    }

    @Test
    void aRenamedTestCellRunsAsAnOrdinaryCellAndTheOriginalIsPutBack() {
        JsonObject submission = answered();
        JsonObject renamed = TestCells.cellAt(submission, 2);
        Notebooks.nbgrader(renamed).addProperty("grade_id", "mine");
        Notebooks.setSource(renamed, "// nothing to check");
        Restore.Restored restored = Restore.restore(source(), submission);
        assertEquals(List.of(new Finding("mine", Finding.Kind.UNKNOWN_ID), new Finding("ex-f-test", Finding.Kind.DELETED)),
                restored.findings());
        assertEquals("ex-f-test", Notebooks.gradeId(TestCells.cellAt(restored.notebook(), 2)));
        assertNull(Notebooks.nbgrader(TestCells.cellAt(restored.notebook(), 3)));
        assertEquals("// nothing to check", Notebooks.source(TestCells.cellAt(restored.notebook(), 3)));
    }

    @Test
    void tamperedPointsOnAnAnswerCellAreReplacedByTheSources() {
        JsonObject submission = answered();
        Notebooks.nbgrader(TestCells.cellAt(submission, 1)).addProperty("grade", true);
        Notebooks.nbgrader(TestCells.cellAt(submission, 1)).addProperty("points", 100);
        JsonObject restored = Restore.restore(source(), submission).notebook();
        assertEquals(Notebooks.nbgrader(TestCells.cellAt(source(), 1)), Notebooks.nbgrader(TestCells.cellAt(restored, 1)));
    }

    @Test
    void studentOutputsAreClearedAndTheKernelIsTheSources() {
        JsonObject submission = answered();
        JsonArray fake = new JsonArray();
        fake.add(new JsonObject());
        TestCells.cellAt(submission, 0).add("outputs", fake);
        submission.getAsJsonObject("metadata").addProperty("kernel", "python3");
        JsonObject restored = Restore.restore(source(), submission).notebook();
        assertEquals(new JsonArray(), TestCells.cellAt(restored, 0).get("outputs"));
        assertEquals(source().get("metadata"), restored.get("metadata"));
    }

    @Test
    void overlapCountsSharedGradeIds() {
        assertEquals(4, Restore.overlap(source(), answered()));
        assertEquals(0, Restore.overlap(source(), TestCells.notebook(TestCells.cell("code", "1"))));
    }
}

package org.mlworkbook.grading;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScoringTest {
    private static JsonObject source() {
        return TestCells.notebook(TestCells.test("t", 2, "Check.isTrue(true, \"x\");"));
    }

    private static JsonObject ran(JsonObject... outputs) {
        JsonObject executed = source();
        JsonObject cell = TestCells.cellAt(executed, 0);
        JsonArray array = new JsonArray();
        for (JsonObject output : outputs) array.add(output);
        cell.add("outputs", array);
        cell.addProperty("execution_count", 1);
        return executed;
    }

    private static JsonObject stream(String name, String text) {
        JsonObject output = new JsonObject();
        output.addProperty("output_type", "stream");
        output.addProperty("name", name);
        output.addProperty("text", text);
        return output;
    }

    private static JsonObject result(String plain) {
        JsonObject output = new JsonObject();
        output.addProperty("output_type", "execute_result");
        JsonObject data = new JsonObject();
        data.addProperty("text/plain", plain);
        output.add("data", data);
        return output;
    }

    private static Score only(JsonObject executed) {
        List<Score> scores = Scoring.score(source(), executed, "the kernel died");
        assertEquals(1, scores.size());
        return scores.get(0);
    }

    @Test
    void aCellThatRanCleanlyGetsFullPoints() {
        assertEquals(new Score("t", 2, 2, Score.Status.PASSED, ""), only(ran(stream("stdout", "✓ x\n"))));
    }

    @Test
    void anErrorOutputGetsZeroWithItsMessage() {
        JsonObject error = new JsonObject();
        error.addProperty("output_type", "error");
        error.addProperty("ename", "CheckFailure");
        error.addProperty("evalue", "f(2): expected 4.0, got 5.0");
        assertEquals(new Score("t", 0, 2, Score.Status.FAILED, "CheckFailure: f(2): expected 4.0, got 5.0"),
                only(ran(stream("stdout", "✓ x\n"), error)));
    }

    @Test
    void outputOnStderrGetsZero() {
        assertEquals(new Score("t", 0, 2, Score.Status.FAILED, "wrote to stderr: warning"), only(ran(stream("stderr", "warning\n"))));
    }

    @Test
    void aNumericResultIsPartialCreditClampedToTheCellsPoints() {
        assertEquals(new Score("t", 1.5, 2, Score.Status.PARTIAL, "the cell's result gave 1.5 of 2.0"), only(ran(result("1.5"))));
        assertEquals(2, only(ran(result("7"))).points());
        assertEquals(0, only(ran(result("-1"))).points());
    }

    @Test
    void aNonNumericResultGetsFullPoints() {
        assertEquals(new Score("t", 2, 2, Score.Status.PASSED, ""), only(ran(result("\"done\""))));
    }

    @Test
    void aCellThatNeverRanGetsZeroWithTheReason() {
        assertEquals(new Score("t", 0, 2, Score.Status.NOT_RUN, "the kernel died"), only(source()));
    }

    @Test
    void aWrittenAnswerIsFlaggedForManualGrading() {
        JsonObject source = TestCells.notebook(TestCells.graded("markdown", "YOUR ANSWER HERE", true, true, false, "essay", 3.0));
        assertEquals(List.of(new Score("essay", 0, 3, Score.Status.MANUAL, "a written answer: grade it by hand")),
                Scoring.score(source, source, ""));
    }

    @Test
    void zerosScoresEveryGradeCellAsNotRun() {
        assertEquals(List.of(new Score("t", 0, 2, Score.Status.NOT_RUN, "unreadable")), Scoring.zeros(source(), "unreadable"));
    }
}

package org.mlworkbook.notebooks;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NotebookFormatTest {
    @TempDir
    Path dir;

    private static final String GOOD = """
            {"nbformat": 4, "nbformat_minor": 5,
             "metadata": {"kernelspec": {"name": "mlworkbook", "display_name": "Java · ML Workbook", "language": "java"},
                          "language_info": {"name": "java"}},
             "cells": [
               {"cell_type": "markdown", "metadata": {}, "source": ["# 99 · Test"]},
               {"cell_type": "code", "metadata": {"nbgrader": {"schema_version": 3, "grade": false, "solution": true, "locked": false, "grade_id": "ex99-a"}},
                "execution_count": null, "outputs": [], "source": ["int a() {\\n", "// BEGIN SOLUTION\\n", "return 1;\\n", "// END SOLUTION\\n", "}"]},
               {"cell_type": "code", "metadata": {"nbgrader": {"schema_version": 3, "grade": true, "solution": false, "locked": true, "points": 1, "grade_id": "ex99-a-test"}},
                "execution_count": null, "outputs": [], "source": "Check.equal(1, a(), \\"a()\\");"},
               {"cell_type": "code", "metadata": {"nbgrader": {"schema_version": 3, "grade": true, "solution": false, "locked": true, "points": 2, "grade_id": "ex99-b-test"}},
                "execution_count": null, "outputs": [], "source": "Check.isTrue(true, \\"b\\");"}
             ]}""";

    private static JsonObject good() {
        return JsonParser.parseString(GOOD).getAsJsonObject();
    }

    private static JsonObject cell(JsonObject notebook, int index) {
        return notebook.getAsJsonArray("cells").get(index).getAsJsonObject();
    }

    @Test
    void wellFormedNotebookHasNoProblems() {
        assertEquals(List.of(), NotebookFormat.problems(good()));
        assertEquals(List.of("ex99-a-test", "ex99-b-test"), NotebookFormat.gradedCellIds(good()));
    }

    @Test
    void malformedJsonNamesTheFileAndTheProblem() throws IOException {
        Path broken = Files.writeString(dir.resolve("42-broken.ipynb"), "{\"cells\": [ {\"cell_type\": \"code\", }");
        var e = assertThrows(IllegalArgumentException.class, () -> NotebookFormat.read(broken));
        assertTrue(e.getMessage().startsWith("42-broken.ipynb: not valid JSON: "), e.getMessage());
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void jsonThatIsNotAnObjectIsRejected() throws IOException {
        Path list = Files.writeString(dir.resolve("43-list.ipynb"), "[1, 2]");
        var e = assertThrows(IllegalArgumentException.class, () -> NotebookFormat.read(list));
        assertEquals("43-list.ipynb: expected a JSON object, got an array", e.getMessage());
    }

    @Test
    void storedOutputsAndExecutionCountsAreProblems() {
        JsonObject notebook = good();
        cell(notebook, 1).add("outputs", JsonParser.parseString("[{\"output_type\": \"stream\", \"name\": \"stdout\", \"text\": \"1\"}]"));
        cell(notebook, 2).addProperty("execution_count", 3);
        List<String> problems = NotebookFormat.problems(notebook);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("cell 2 (grade_id ex99-a): outputs expected [] (stored without outputs), got [{"), problems.get(0));
        assertEquals("cell 3 (grade_id ex99-a-test): execution_count expected null, got 3", problems.get(1));
    }

    @Test
    void wrongKernelspecIsAProblem() {
        JsonObject notebook = good();
        notebook.getAsJsonObject("metadata").getAsJsonObject("kernelspec").addProperty("name", "java");
        assertEquals(List.of("metadata.kernelspec.name expected \"mlworkbook\", got \"java\""), NotebookFormat.problems(notebook));
    }

    @Test
    void duplicateAndMalformedGradeIdsAreProblems() {
        JsonObject notebook = good();
        cell(notebook, 3).getAsJsonObject("metadata").getAsJsonObject("nbgrader").addProperty("grade_id", "ex99-a-test");
        assertEquals(List.of("cell 4 (grade_id ex99-a-test): grade_id expected unique in the notebook, got a second ex99-a-test"),
                NotebookFormat.problems(notebook));
        cell(notebook, 3).getAsJsonObject("metadata").getAsJsonObject("nbgrader").addProperty("grade_id", "ex 99");
        assertEquals(List.of("cell 4 (grade_id ex 99): grade_id expected to match ^[a-zA-Z0-9_\\-]*$, got ex 99"),
                NotebookFormat.problems(notebook));
    }

    @Test
    void solutionCellWithoutMarkersAndUnlockedTestCellAreProblems() {
        JsonObject notebook = good();
        cell(notebook, 1).addProperty("source", "int a() { return 1; }");
        cell(notebook, 2).getAsJsonObject("metadata").getAsJsonObject("nbgrader").addProperty("locked", false);
        assertEquals(List.of(
                "cell 2 (grade_id ex99-a): a code solution cell expected // BEGIN SOLUTION … // END SOLUTION, got none",
                "cell 3 (grade_id ex99-a-test): a test cell expected locked true, got false"), NotebookFormat.problems(notebook));
    }

    @Test
    void graderSchemaAndPointsAreChecked() {
        JsonObject notebook = good();
        JsonObject nbgrader = cell(notebook, 2).getAsJsonObject("metadata").getAsJsonObject("nbgrader");
        nbgrader.addProperty("schema_version", 1);
        nbgrader.remove("points");
        assertEquals(List.of("cell 3 (grade_id ex99-a-test): nbgrader.schema_version expected 3, got 1",
                "cell 3 (grade_id ex99-a-test): a graded cell expected points > 0, got null"), NotebookFormat.problems(notebook));
    }

    @Test
    void tooFewGradedExercisesIsAProblem() {
        JsonObject notebook = good();
        JsonArray cells = notebook.getAsJsonArray("cells");
        cells.remove(3);
        assertEquals(List.of("graded test cells expected 2 to 4 (NOTEBOOKS.md), got 1"), NotebookFormat.problems(notebook));
    }
}

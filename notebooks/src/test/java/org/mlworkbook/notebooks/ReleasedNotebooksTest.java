package org.mlworkbook.notebooks;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.mlworkbook.grading.Checksums;
import org.mlworkbook.grading.Release;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The student release of every notebook still follows the format rules (a released answer cell has the stub
 * instead of the solution markers), keeps no solution or hidden test, and carries nbgrader's checksums.
 */
class ReleasedNotebooksTest {
    private static final Path NOTEBOOKS = Path.of("").toAbsolutePath();  // surefire runs in the module folder

    @TestFactory
    Stream<DynamicTest> everyReleasedNotebookFollowsTheFormatRules() throws IOException {
        List<Path> notebooks;
        try (Stream<Path> files = Files.list(NOTEBOOKS)) {
            notebooks = files.filter(f -> f.toString().endsWith(".ipynb")).sorted().toList();
        }
        assertFalse(notebooks.isEmpty(), "notebooks expected in " + NOTEBOOKS);
        return notebooks.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
    }

    private static void check(Path file) throws IOException {
        JsonObject source = NotebookFormat.read(file);
        JsonObject released = Release.student(source);
        List<String> problems = NotebookFormat.problems(released).stream()
                .filter(p -> !p.contains("expected // BEGIN SOLUTION … // END SOLUTION")).toList();
        assertEquals(List.of(), problems, file.getFileName() + " (released)");
        assertEquals(NotebookFormat.gradedCellIds(source), NotebookFormat.gradedCellIds(released));
        for (JsonElement element : released.getAsJsonArray("cells")) {
            JsonObject cell = element.getAsJsonObject();
            String text = NotebookFormat.source(cell);
            assertFalse(text.contains("BEGIN SOLUTION") || text.contains("END SOLUTION") || text.contains("HIDDEN TESTS"), text);
            JsonObject metadata = cell.getAsJsonObject("metadata");
            if (!metadata.has("nbgrader")) continue;
            JsonObject nbgrader = metadata.getAsJsonObject("nbgrader");
            String id = nbgrader.get("grade_id").getAsString();
            assertEquals(Checksums.compute(cell), nbgrader.get("checksum").getAsString(), id);
            if (nbgrader.get("solution").getAsBoolean())
                assertTrue(text.contains("throw new UnsupportedOperationException(\"exercise " + id + "\");"), id);
            else
                assertFalse(metadata.get("editable").getAsBoolean() || metadata.get("deletable").getAsBoolean(), id);
        }
    }
}

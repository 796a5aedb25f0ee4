package org.mlworkbook.notebooks;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * One dynamic test per {@code notebooks/*.ipynb}: the stored file follows NOTEBOOKS.md, and
 * the notebook runs top to bottom in the freshly built kernel with no error output, every
 * graded cell of this (solution) version included.
 */
class NotebooksTest {
    private static final Path NOTEBOOKS = Path.of("").toAbsolutePath();  // surefire runs in the module folder
    private static final Path REPO = NOTEBOOKS.getParent();

    @TempDir
    static Path work;
    private static NotebookRunner runner;

    @TestFactory
    Stream<DynamicTest> everyNotebookIsWellFormedAndRunsWithoutErrors() throws IOException {
        List<Path> notebooks;
        try (Stream<Path> files = Files.list(NOTEBOOKS)) {
            notebooks = files.filter(f -> f.getFileName().toString().endsWith(".ipynb")).sorted().collect(Collectors.toList());
        }
        assertFalse(notebooks.isEmpty(), "expected notebooks in " + NOTEBOOKS + ", got none");
        return notebooks.stream().map(notebook -> DynamicTest.dynamicTest(notebook.getFileName().toString(), () -> check(notebook)));
    }

    private static void check(Path notebook) throws Exception {
        String name = notebook.getFileName().toString();
        assertTrue(name.matches("\\d\\d-[a-z0-9]+(-[a-z0-9]+)*\\.ipynb"), name + ": file name expected NN-kebab-title.ipynb");
        JsonObject json = NotebookFormat.read(notebook);
        List<String> problems = NotebookFormat.problems(json);
        if (!problems.isEmpty()) fail(name + " breaks the notebook rules:\n  " + String.join("\n  ", problems));

        if (runner == null) runner = NotebookRunner.create(REPO, work);
        NotebookRunner.Report report = runner.execute(notebook, work);
        System.out.printf("%s: %d cells ran in %.1f s%n", name, report.cells(), report.seconds());
        StringBuilder failures = new StringBuilder();
        for (NotebookRunner.CellError error : report.errors()) {
            failures.append(String.format("%n%s %s%s: %s: %s", name,
                    error.cell() == null ? "(kernel)" : "cell " + error.cell(),
                    error.grade_id() == null ? "" : " (grade_id " + error.grade_id() + ")",
                    error.ename(), error.evalue()));
            for (String line : error.traceback()) failures.append("\n    ").append(line.replace("\n", "\n    "));
        }
        if (!report.unexecuted_code_cells().isEmpty())
            failures.append(String.format("%n%s: code cells %s expected to run, got no execution", name, report.unexecuted_code_cells()));
        if (failures.length() > 0) fail(name + " did not run cleanly (graded cells: " + NotebookFormat.gradedCellIds(json) + "):" + failures);
    }
}

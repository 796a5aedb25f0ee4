package org.mlworkbook.grading;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GraderTest {
    @TempDir
    Path dir;

    private Path touch(String path) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{}");
        return file;
    }

    @Test
    void aFolderOfStudentFoldersGivesOneSubmissionPerNotebookNamedByFolder() throws IOException {
        Path ann = touch("batch/ann/00-welcome.ipynb");
        Path bob = touch("batch/bob/00-welcome.ipynb");
        touch("batch/bob/notes.txt");
        assertEquals(List.of(new Grader.Submission("ann", ann), new Grader.Submission("bob", bob)),
                Grader.submissions(dir.resolve("batch")));
    }

    @Test
    void aSingleFileBelongsToItsFoldersStudent() throws IOException {
        Path file = touch("carol/01-math-foundations.ipynb");
        assertEquals(List.of(new Grader.Submission("carol", file)), Grader.submissions(file));
    }

    @Test
    void somethingElseIsRejected() throws IOException {
        Path text = touch("x/notes.txt");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Grader.submissions(text));
        assertEquals("submissions: path expected an .ipynb file or a folder of them, got " + text, e.getMessage());
    }

    @Test
    void executionLimitsMustBePositive() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Execution.Settings("python3", Path.of("run.py"), "mlworkbook", 0, 60, 512, 1000, Map.of()));
        assertEquals("Settings: cellTimeoutSeconds expected > 0, got 0", e.getMessage());
    }
}

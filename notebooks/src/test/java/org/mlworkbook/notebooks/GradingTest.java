package org.mlworkbook.notebooks;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlworkbook.grading.Execution;
import org.mlworkbook.grading.Finding;
import org.mlworkbook.grading.Graded;
import org.mlworkbook.grading.Grader;
import org.mlworkbook.grading.Release;
import org.mlworkbook.grading.Score;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Grades one batch of notebook-00 submissions in the real kernel: the solution, the student release, and each
 * attack (a test cell with its check deleted, a deleted test cell, a renamed grade_id, an infinite loop,
 * System.exit(0), 50 MB of output, a memory blow-up, a malformed file, the wrong notebook, a stranger notebook).
 * Then every notebook is graded twice, its solution (full marks) and its student release (0 on every exercise,
 * every demo cell running): about two more minutes on 2 cores.
 */
class GradingTest {
    private static final Path NOTEBOOKS = Path.of("").toAbsolutePath();  // surefire runs in the module folder
    private static final Path REPO = NOTEBOOKS.getParent();
    private static final String NB = "00-welcome.ipynb";
    private static final String WRONG_STD = "double standardDeviation(double... xs) {\n    return 0;\n}";
    private static final int STD = 21, STD_TEST = 22, SEPAL = 24;

    @TempDir
    static Path dir;
    private static final Map<String, Graded> results = new HashMap<>();
    private static final Map<Path, byte[]> submitted = new HashMap<>();
    private static Path output;

    @BeforeAll
    static void gradeTheBatch() throws Exception {
        JsonObject source = NotebookFormat.read(NOTEBOOKS.resolve(NB));
        Path submissions = dir.resolve("submissions");
        write(submissions, "solution", NB, source);
        write(submissions, "blank", NB, Release.student(source));
        JsonObject deletedCheck = withSource(source, STD, WRONG_STD);
        setSource(cell(deletedCheck, STD_TEST), "// checked");
        write(submissions, "deleted-check", NB, deletedCheck);
        JsonObject deletedTest = withSource(source, STD, WRONG_STD);
        deletedTest.getAsJsonArray("cells").remove(STD_TEST);
        write(submissions, "deleted-test", NB, deletedTest);
        JsonObject renamed = withSource(source, STD, WRONG_STD);
        cell(renamed, STD_TEST).getAsJsonObject("metadata").getAsJsonObject("nbgrader").addProperty("grade_id", "ex00-free");
        setSource(cell(renamed, STD_TEST), "// nothing to check");
        write(submissions, "renamed", NB, renamed);
        write(submissions, "loop", NB, withSource(source, STD, "double standardDeviation(double... xs) {\n    while (true) { }\n}"));
        write(submissions, "exit", NB, withSource(source, STD, "System.exit(0);"));
        write(submissions, "memory", NB, withSource(source, STD, "double standardDeviation(double... xs) {\n"
                + "    long[][] hog = new long[64][];\n    for (int i = 0; i < hog.length; i++) hog[i] = new long[50_000_000];\n    return hog.length;\n}"));
        write(submissions, "output", NB, withSource(source, SEPAL, "for (int i = 0; i < 50_000; i++) System.out.println(\"x\".repeat(999));\n"
                + NotebookFormat.source(cell(source, SEPAL))));
        Path malformed = submissions.resolve("malformed").resolve(NB);
        Files.createDirectories(malformed.getParent());
        Files.writeString(malformed, "{\"cells\": [", StandardCharsets.UTF_8);
        write(submissions, "wrong", NB, Release.student(NotebookFormat.read(NOTEBOOKS.resolve("01-math-foundations.ipynb"))));
        JsonObject stranger = withSource(source, STD, "int x = 1;");
        for (JsonElement c : stranger.getAsJsonArray("cells")) c.getAsJsonObject().getAsJsonObject("metadata").remove("nbgrader");
        write(submissions, "stranger", NB, stranger);
        try (var files = Files.walk(submissions)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) submitted.put(f, Files.readAllBytes(f));
        }

        output = dir.resolve("grades");
        List<Graded> graded = new Grader(NOTEBOOKS, settings()).grade(Grader.submissions(submissions), output, 2);
        for (Graded g : graded) results.put(g.student(), g);
    }

    @Test
    void theSolutionGetsFullMarksWithNothingToReport() {
        Graded solution = results.get("solution");
        assertEquals(3.0, solution.points());
        assertEquals(3.0, solution.maxPoints());
        assertEquals(List.of(), solution.findings());
        assertEquals(List.of(), solution.problems());
    }

    @Test
    void theReleaseGetsZeroOnEveryExerciseWhileEveryDemoCellRuns() throws IOException {
        Graded blank = results.get("blank");
        assertEquals(List.of(Score.Status.FAILED, Score.Status.FAILED), blank.scores().stream().map(Score::status).toList());
        assertEquals(0.0, blank.points());
        assertEquals("java.lang.UnsupportedOperationException: exercise ex00-std", blank.scores().get(0).message());
        assertDemoCellsRan(output.resolve("blank/00-welcome.ipynb"));
    }

    @Test
    void everyNotebooksSolutionGetsFullMarksAndItsReleaseZeroWithEveryDemoCellRunning() throws Exception {
        Path submissions = dir.resolve("all");
        List<Path> notebooks;
        try (var files = Files.list(NOTEBOOKS)) {
            notebooks = files.filter(f -> f.toString().endsWith(".ipynb")).sorted().toList();
        }
        for (Path notebook : notebooks) {
            JsonObject source = NotebookFormat.read(notebook);
            write(submissions, "solution", notebook.getFileName().toString(), source);
            write(submissions, "release", notebook.getFileName().toString(), Release.student(source));
        }
        Path grades = dir.resolve("all-grades");
        // the grader's own default cell limit: the short-lived grading JVM (C1 only, two notebooks at once on two
        // cores) runs the heavier demo cells (a grid search) 2–5 times slower than the lab does
        Execution.Settings settings = settings(GRADER_CELL_TIMEOUT_SECONDS);
        for (Graded graded : new Grader(NOTEBOOKS, settings).grade(Grader.submissions(submissions), grades, 2)) {
            String what = graded.student() + " " + graded.notebook();
            assertEquals(List.of(), graded.problems(), what);
            assertEquals(List.of(), graded.findings(), what);
            if (graded.student().equals("solution")) {
                assertEquals(graded.maxPoints(), graded.points(), what + " " + graded.scores());
            } else {
                assertTrue(graded.scores().stream().allMatch(score -> score.status() == Score.Status.FAILED), what + " " + graded.scores());
                assertDemoCellsRan(grades.resolve("release").resolve(graded.notebook()));
            }
        }
    }

    /** Every code cell without nbgrader metadata ran and has no error output. */
    private static void assertDemoCellsRan(Path executedNotebook) throws IOException {
        JsonObject executed = NotebookFormat.read(executedNotebook);
        for (JsonElement element : executed.getAsJsonArray("cells")) {
            JsonObject c = element.getAsJsonObject();
            if (!"code".equals(c.get("cell_type").getAsString()) || c.getAsJsonObject("metadata").has("nbgrader")) continue;
            assertFalse(c.get("execution_count").isJsonNull(), executedNotebook.getFileName() + ": " + NotebookFormat.source(c));
            for (JsonElement out : c.getAsJsonArray("outputs"))
                assertFalse("error".equals(out.getAsJsonObject().get("output_type").getAsString()),
                        executedNotebook.getFileName() + ": " + NotebookFormat.source(c));
        }
    }

    @Test
    void aTestCellWithItsCheckDeletedIsRestoredAndReported() {
        assertAttack("deleted-check", new Finding("ex00-std-test", Finding.Kind.EDITED));
    }

    @Test
    void aDeletedTestCellIsPutBackAndReported() {
        assertAttack("deleted-test", new Finding("ex00-std-test", Finding.Kind.DELETED));
    }

    @Test
    void aRenamedGradeIdDoesNotEscapeTheTest() {
        assertAttack("renamed", new Finding("ex00-free", Finding.Kind.UNKNOWN_ID), new Finding("ex00-std-test", Finding.Kind.DELETED));
    }

    @Test
    void anInfiniteLoopCostsOnlyItsExercise() {
        assertEquals(List.of(0.0, 2.0), points("loop"));
        assertEquals(Score.Status.FAILED, results.get("loop").scores().get(0).status());
    }

    @Test
    void systemExitStopsThatNotebookOnlyAndIsReported() {
        Graded exit = results.get("exit");
        assertEquals(List.of(0.0, 0.0), points("exit"));
        assertEquals(List.of(Score.Status.NOT_RUN, Score.Status.NOT_RUN), exit.scores().stream().map(Score::status).toList());
        assertTrue(exit.problems().get(0).startsWith("the kernel died"), exit.problems().toString());
    }

    @Test
    void aMemoryBlowUpFailsItsExerciseOnly() {
        assertEquals(List.of(0.0, 2.0), points("memory"));
        assertTrue(results.get("memory").scores().get(0).message().contains("OutOfMemoryError"), results.get("memory").scores().get(0).message());
    }

    @Test
    void fiftyMegabytesOfOutputAreTruncatedAndTheAnswerStillCounts() throws IOException {
        assertEquals(List.of(1.0, 2.0), points("output"));
        assertTrue(Files.size(output.resolve("output/00-welcome.ipynb")) < 2_000_000, "executed notebook size");
    }

    @Test
    void aMalformedFileScoresZeroAndIsReported() {
        Graded malformed = results.get("malformed");
        assertEquals(List.of(0.0, 0.0), points("malformed"));
        assertTrue(malformed.problems().get(0).startsWith("not a readable notebook: read: 00-welcome.ipynb expected an nbformat 4 notebook"),
                malformed.problems().toString());
    }

    @Test
    void theWrongNotebookIsGradedAsTheNotebookItIsAndReported() {
        Graded wrong = results.get("wrong");
        assertEquals("01-math-foundations.ipynb", wrong.notebook());
        assertEquals(0.0, wrong.points());
        assertEquals(6.0, wrong.maxPoints());
        assertTrue(wrong.problems().get(0).startsWith("submitted as 00-welcome.ipynb, but its grade_ids are those of 01-math-foundations.ipynb"));
    }

    @Test
    void aNotebookWithoutAnyGradeIdMatchesNothingAndScoresZero() {
        Graded stranger = results.get("stranger");
        assertEquals(0.0, stranger.points());
        assertTrue(stranger.problems().get(0).startsWith("matches no source notebook"), stranger.problems().toString());
    }

    @Test
    void theBatchWritesGradebookSummaryAndFeedbackAndLeavesSubmissionsAlone() throws IOException {
        List<String> gradebook = Files.readAllLines(output.resolve("gradebook.csv"));
        assertEquals("student,notebook,grade_id,points,max_points,status", gradebook.get(0));
        assertTrue(gradebook.contains("solution,00-welcome.ipynb,ex00-widest-sepal-test,2.0,2.0,passed"), gradebook.toString());
        assertTrue(gradebook.contains("exit,00-welcome.ipynb,ex00-std-test,0.0,1.0,not_run"), gradebook.toString());
        assertTrue(Files.readString(output.resolve("summary.json")).contains("\"submissions\": 12"));
        assertTrue(Files.readString(output.resolve("deleted-test/00-welcome.html")).contains("ex00-std-test: deleted"));
        for (Map.Entry<Path, byte[]> file : submitted.entrySet())
            assertArrayEquals(file.getValue(), Files.readAllBytes(file.getKey()), file.getKey().toString());
    }

    @Test
    void regradingGivesTheSameGradebook() throws Exception {
        Path again = dir.resolve("again");
        List<Grader.Submission> quick = new ArrayList<>();
        for (String student : List.of("malformed", "stranger"))
            quick.add(new Grader.Submission(student, dir.resolve("submissions").resolve(student).resolve(NB)));
        Grader grader = new Grader(NOTEBOOKS, settings());
        grader.grade(quick, again, 1);
        byte[] gradebook = Files.readAllBytes(again.resolve("gradebook.csv"));
        byte[] summary = Files.readAllBytes(again.resolve("summary.json"));
        grader.grade(quick, again, 2);
        assertArrayEquals(gradebook, Files.readAllBytes(again.resolve("gradebook.csv")));
        assertArrayEquals(summary, Files.readAllBytes(again.resolve("summary.json")));
    }

    private static void assertAttack(String student, Finding... findings) {
        assertEquals(List.of(findings), results.get(student).findings());
        assertEquals(List.of(0.0, 2.0), points(student));
        assertEquals(Score.Status.FAILED, results.get(student).scores().get(0).status());
    }

    private static List<Double> points(String student) {
        return results.get(student).scores().stream().map(Score::points).toList();
    }

    /** The cell limit of the attack tests: short, so the infinite loop is stopped quickly. */
    private static final int ATTACK_CELL_TIMEOUT_SECONDS = 10;
    /** The cell limit of {@code ./workbook grade} by default, for grading every notebook. */
    private static final int GRADER_CELL_TIMEOUT_SECONDS = 60;

    private static Execution.Settings settings() throws IOException, InterruptedException {
        return settings(ATTACK_CELL_TIMEOUT_SECONDS);
    }

    private static Execution.Settings settings(int cellTimeoutSeconds) throws IOException, InterruptedException {
        return new Execution.Settings(python(), REPO.resolve("environment/run_notebook.py"), NotebookFormat.KERNEL_NAME,
                cellTimeoutSeconds, 240, 512, 1_000_000, Map.of("JUPYTER_PATH", kernel().toString()));
    }

    private static Path jupyterPath;

    /** The kernelspec, installed once into the temporary folder (never the user's Jupyter). */
    private static synchronized Path kernel() throws IOException, InterruptedException {
        if (jupyterPath != null) return jupyterPath;
        Path prefix = dir.resolve("jupyter");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = REPO.resolve("library/target/mlworkbook-library.jar") + File.pathSeparator + REPO.resolve("library/target/lib/*");
        Process install = new ProcessBuilder(java, "-jar", REPO.resolve("environment/kernel/target/mlworkbook-kernel.jar").toString(),
                "install", "--prefix", prefix.toString(), "--classpath", classpath).redirectErrorStream(true).start();
        String log = new String(install.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(install.waitFor(5, TimeUnit.MINUTES) && install.exitValue() == 0, log);
        jupyterPath = prefix.resolve("share/jupyter");
        return jupyterPath;
    }

    private static String python() {
        String configured = System.getenv("WORKBOOK_PYTHON");
        return configured != null && !configured.isBlank() ? configured
                : Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    }

    private static void write(Path root, String student, String name, JsonObject notebook) throws IOException {
        Path file = root.resolve(student).resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, notebook.toString(), StandardCharsets.UTF_8);
    }

    private static JsonObject withSource(JsonObject source, int index, String text) {
        JsonObject copy = source.deepCopy();
        setSource(cell(copy, index), text);
        return copy;
    }

    private static JsonObject cell(JsonObject notebook, int index) {
        return notebook.getAsJsonArray("cells").get(index).getAsJsonObject();
    }

    private static void setSource(JsonObject cell, String text) {
        JsonArray lines = new JsonArray();
        lines.add(text);
        cell.add("source", lines);
    }
}

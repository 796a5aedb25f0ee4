package org.mlworkbook.bench;

import com.google.gson.JsonObject;
import org.mlworkbook.grading.Execution;
import org.mlworkbook.grading.Graded;
import org.mlworkbook.grading.Grader;
import org.mlworkbook.grading.Notebooks;
import org.mlworkbook.grading.Release;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Grades 30 submissions of notebook 00 (15 solutions, 15 untouched releases) in one batch, every core busy, each
 * in its own kernel. Goal of issue 8: ≤ 2 min on 2 cores. Prints submissions per minute and checks the scores
 * (solutions 3/3, releases 0/3). Needs the kernelspec on {@code JUPYTER_PATH} ({@code ./workbook bench grade}
 * installs it) and runs from the repository root.
 */
public final class GradeBench {
    private static final int SUBMISSIONS = 30;
    private static final double GOAL_SECONDS = 120;

    private GradeBench() {}

    /** Builds the batch in build/bench/submissions, grades it into build/bench/grades and prints the rate. */
    public static void run() throws Exception {
        String jupyterPath = System.getenv("JUPYTER_PATH");
        if (jupyterPath == null) {
            System.out.println("grade: FAIL (JUPYTER_PATH expected to hold the mlworkbook kernelspec; run ./workbook bench grade)");
            return;
        }
        Path root = Path.of("build/bench").toAbsolutePath();
        Path submissions = root.resolve("submissions");
        JsonObject source = Notebooks.read(Path.of("notebooks/00-welcome.ipynb"));
        JsonObject released = Release.student(source);
        for (int i = 0; i < SUBMISSIONS; i++)
            Notebooks.write(i % 2 == 0 ? source : released, submissions.resolve(String.format("student%02d", i)).resolve("00-welcome.ipynb"));
        String python = System.getenv().getOrDefault("WORKBOOK_PYTHON", "/usr/bin/python3");
        Execution.Settings settings = new Execution.Settings(python, Path.of("environment/run_notebook.py").toAbsolutePath(),
                "mlworkbook", 60, 300, 1024, 1_000_000, Map.of("JUPYTER_PATH", jupyterPath));
        int cores = Runtime.getRuntime().availableProcessors();
        long started = System.nanoTime();
        List<Graded> results = new Grader(Path.of("notebooks"), settings).grade(Grader.submissions(submissions), root.resolve("grades"), cores);
        double seconds = (System.nanoTime() - started) / 1e9;
        long right = results.stream().filter(g -> g.points() == (Integer.parseInt(g.student().substring(7)) % 2 == 0 ? 3.0 : 0.0)).count();
        System.out.printf(Locale.ROOT, "grade 30 × 00-welcome: %.1f s on %d cores, %.1f submissions per minute; scores as expected: %d/%d%n",
                seconds, cores, SUBMISSIONS * 60 / seconds, right, results.size());
        boolean pass = seconds <= GOAL_SECONDS && right == SUBMISSIONS;
        System.out.printf(Locale.ROOT, "grade: %s (goal: <= %.0f s on 2 cores, all scores right)%n", pass ? "PASS" : "FAIL", GOAL_SECONDS);
    }
}

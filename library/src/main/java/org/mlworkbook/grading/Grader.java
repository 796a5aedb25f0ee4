package org.mlworkbook.grading;

import com.google.gson.JsonObject;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Grades a batch of submissions against the source notebooks: each is matched to its source by grade_ids,
 * {@link Restore restored}, {@link Execution executed} in its own kernel process and {@link Scoring scored};
 * students run in parallel. The output folder gets, per student, the executed notebook and a feedback page
 * ({@code <student>/<notebook>.ipynb}, {@code <student>/<notebook>.html}), and {@code gradebook.csv} and
 * {@code summary.json}; it is built aside and moved into place, so it is either the old or the new one.
 * Submissions are only read.
 */
public final class Grader {
    /**
     * One submitted file.
     *
     * @param student the student's name (their folder)
     * @param file    the {@code .ipynb}
     */
    public record Submission(String student, Path file) {}

    private final Path sourceDir;
    private final Map<String, JsonObject> sources;
    private final Execution.Settings settings;

    /**
     * @param sourceDir the folder of source (solution) notebooks
     * @param settings  how notebooks are run
     * @throws IOException              when the folder cannot be read
     * @throws IllegalArgumentException "Grader: sourceDir expected .ipynb notebooks, got none in …", or a malformed source
     */
    public Grader(Path sourceDir, Execution.Settings settings) throws IOException {
        this.settings = settings;
        this.sourceDir = sourceDir;
        this.sources = new LinkedHashMap<>();
        for (Path file : notebooksIn(sourceDir)) sources.put(file.getFileName().toString(), Notebooks.read(file));
        if (sources.isEmpty())
            throw new IllegalArgumentException("Grader: sourceDir expected .ipynb notebooks, got none in " + sourceDir);
    }

    /**
     * Grades a batch and writes the output folder.
     *
     * @param submissions the submissions
     * @param outputDir   the output folder (replaced as a whole)
     * @param jobs        how many submissions run at once (&gt; 0)
     * @return the results, sorted by student, then notebook
     * @throws IOException          when the output cannot be written
     * @throws InterruptedException when interrupted
     */
    public List<Graded> grade(List<Submission> submissions, Path outputDir, int jobs) throws IOException, InterruptedException {
        if (jobs <= 0) throw new IllegalArgumentException("grade: jobs expected > 0, got " + jobs);
        Path target = outputDir.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        Path staging = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".new-");
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        List<Graded> results = new ArrayList<>();
        try {
            List<Future<Graded>> futures = new ArrayList<>();
            for (Submission submission : submissions) futures.add(pool.submit(() -> gradeSafely(submission, staging)));
            for (Future<Graded> future : futures) {
                try {
                    results.add(future.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("grade: a grading task expected to report its own failures, got " + e.getCause(), e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        results.sort(Comparator.comparing(Graded::student).thenComparing(Graded::notebook).thenComparing(Graded::file));
        Reports.writeBatch(results, staging);
        replace(staging, target);
        return results;
    }

    private Graded gradeSafely(Submission submission, Path staging) {
        try {
            return gradeOne(submission, staging);
        } catch (IOException | RuntimeException e) {
            String name = submission.file().getFileName().toString();
            return new Graded(submission.student(), name, name, sources.containsKey(name) ? Scoring.zeros(sources.get(name), "not graded: " + e) : List.of(),
                    List.of(), List.of("not graded: " + e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            String name = submission.file().getFileName().toString();
            return new Graded(submission.student(), name, name, List.of(), List.of(), List.of("not graded: interrupted"));
        }
    }

    private Graded gradeOne(Submission submission, Path staging) throws IOException, InterruptedException {
        String name = submission.file().getFileName().toString();
        JsonObject submitted;
        try {
            submitted = Notebooks.read(submission.file());
        } catch (IllegalArgumentException | IOException e) {
            String why = "not a readable notebook: " + e.getMessage();
            return finish(submission, name, sources.containsKey(name) ? Scoring.zeros(sources.get(name), why) : List.of(),
                    List.of(), List.of(why), null, staging);
        }
        String matched = match(submitted, name);
        if (matched == null) {
            String why = "matches no source notebook (it shares no grade_id with any of " + sources.keySet() + ")";
            return finish(submission, name, sources.containsKey(name) ? Scoring.zeros(sources.get(name), why) : List.of(),
                    List.of(), List.of(why), null, staging);
        }
        List<String> problems = new ArrayList<>();
        if (!matched.equals(name))
            problems.add("submitted as " + name + ", but its grade_ids are those of " + matched + "; graded as " + matched);
        JsonObject source = sources.get(matched);
        Restore.Restored restored = Restore.restore(source, submitted);
        Path work = Files.createTempDirectory("mlworkbook-grade-");
        try {
            Execution.Result run = Execution.run(settings, restored.notebook(), work, sourceDir);
            if (!run.problem().isEmpty()) problems.add(run.problem());
            List<Score> scores = run.executed() == null
                    ? Scoring.zeros(source, run.problem())
                    : Scoring.score(source, run.executed(), run.problem().isEmpty() ? "the cell did not run" : run.problem());
            return finish(submission, matched, scores, restored.findings(), problems, run.executed(), staging);
        } finally {
            deleteTree(work);
        }
    }

    private static Graded finish(Submission submission, String notebook, List<Score> scores, List<Finding> findings,
                                 List<String> problems, JsonObject executed, Path staging) throws IOException {
        Graded graded = new Graded(submission.student(), notebook, submission.file().toString(), scores, findings, problems);
        Path dir = staging.resolve(safe(submission.student()));
        String base = notebook.endsWith(".ipynb") ? notebook.substring(0, notebook.length() - ".ipynb".length()) : notebook;
        if (executed != null) Notebooks.write(executed, dir.resolve(base + ".ipynb"));
        Notebooks.writeAtomically(Reports.feedback(graded), dir.resolve(base + ".html"));
        return graded;
    }

    /** The source sharing the most grade_ids with the submission (ties: the one with the submission's file name), or null. */
    private String match(JsonObject submitted, String name) {
        String best = null;
        int bestOverlap = 0;
        for (Map.Entry<String, JsonObject> source : sources.entrySet()) {
            int overlap = Restore.overlap(source.getValue(), submitted);
            if (overlap > bestOverlap || (overlap == bestOverlap && overlap > 0 && source.getKey().equals(name))) {
                best = source.getKey();
                bestOverlap = overlap;
            }
        }
        return best;
    }

    /**
     * The submissions a path names: an {@code .ipynb} file (student: its folder's name); a folder holding
     * {@code .ipynb} files (student: the folder's name); a folder of student folders (student: each sub-folder's name).
     *
     * @param path a file or folder
     * @return the submissions, sorted
     * @throws IOException              when a folder cannot be listed
     * @throws IllegalArgumentException "submissions: path expected an .ipynb file or a folder of them, got …"
     */
    public static List<Submission> submissions(Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        String parent = absolute.getParent() == null || absolute.getParent().getFileName() == null
                ? "student" : absolute.getParent().getFileName().toString();
        if (Files.isRegularFile(absolute) && absolute.toString().endsWith(".ipynb"))
            return List.of(new Submission(parent, absolute));
        if (!Files.isDirectory(absolute))
            throw new IllegalArgumentException("submissions: path expected an .ipynb file or a folder of them, got " + path);
        List<Submission> found = new ArrayList<>();
        for (Path file : notebooksIn(absolute)) found.add(new Submission(absolute.getFileName().toString(), file));
        try (Stream<Path> children = Files.list(absolute)) {
            for (Path dir : children.filter(Files::isDirectory).filter(d -> !d.getFileName().toString().startsWith(".")).sorted().toList())
                for (Path file : notebooksIn(dir)) found.add(new Submission(dir.getFileName().toString(), file));
        }
        return found;
    }

    private static List<Path> notebooksIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".ipynb") && Files.isRegularFile(f)).sorted().toList();
        }
    }

    private static String safe(String student) {
        String name = student.replaceAll("[^A-Za-z0-9._@-]", "_");
        return name.isEmpty() || name.startsWith(".") ? "_" + name : name;
    }

    /** Moves the new folder into place: the old one (if any) is moved aside first, then deleted. */
    private static void replace(Path staging, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling("." + target.getFileName() + ".old-" + ProcessHandle.current().pid());
            deleteTree(old);
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        if (old != null) deleteTree(old);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}

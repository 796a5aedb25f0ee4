package org.mlworkbook.grading;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command line behind {@code ./workbook release} and {@code ./workbook grade}:
 * <pre>
 * release [--output DIR] NOTEBOOK…
 * grade SUBMISSION… --source DIR [--output DIR] [--jobs N] [--cell-timeout S] [--notebook-timeout S]
 *       [--memory MB] [--max-output-bytes N] [--kernel NAME] [--python PY] [--runner run_notebook.py]
 * </pre>
 * Exit status 0 when done, 2 on bad usage.
 */
public final class GradingMain {
    static final String USAGE = """
            usage: release [--output DIR] NOTEBOOK...
                   grade SUBMISSION... --source DIR [--output DIR] [--jobs N] [--cell-timeout S] [--notebook-timeout S]
                         [--memory MB] [--max-output-bytes N] [--kernel NAME] [--python PY] [--runner run_notebook.py]""";
    private static final Set<String> RELEASE_OPTIONS = Set.of("--output");
    private static final Set<String> GRADE_OPTIONS = Set.of("--source", "--output", "--jobs", "--cell-timeout", "--notebook-timeout",
            "--memory", "--max-output-bytes", "--kernel", "--python", "--runner");

    private GradingMain() {}

    /**
     * Runs {@code release} or {@code grade}.
     *
     * @param args the command and its arguments
     * @throws Exception when reading or writing fails
     */
    public static void main(String[] args) throws Exception {
        try {
            if (args.length == 0) throw new IllegalArgumentException("main: a command expected (release or grade), got none");
            List<String> rest = List.of(args).subList(1, args.length);
            switch (args[0]) {
                case "release" -> release(rest);
                case "grade" -> grade(rest);
                default -> throw new IllegalArgumentException("main: a command expected (release or grade), got '" + args[0] + "'");
            }
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
        }
    }

    private static void release(List<String> args) throws Exception {
        Map<String, String> options = new HashMap<>();
        List<String> notebooks = parse(args, RELEASE_OPTIONS, options);
        if (notebooks.isEmpty()) throw new IllegalArgumentException("release: NOTEBOOK expected, got none");
        Path output = Path.of(options.getOrDefault("--output", "build/release"));
        for (Path written : Release.releaseAll(notebooks.stream().map(Path::of).toList(), output))
            System.out.println("released " + written);
    }

    private static void grade(List<String> args) throws Exception {
        Map<String, String> options = new HashMap<>();
        List<String> paths = parse(args, GRADE_OPTIONS, options);
        if (paths.isEmpty()) throw new IllegalArgumentException("grade: SUBMISSION expected, got none");
        if (!options.containsKey("--source")) throw new IllegalArgumentException("grade: --source DIR expected, got none");
        List<Grader.Submission> submissions = new ArrayList<>();
        for (String path : paths) submissions.addAll(Grader.submissions(Path.of(path)));
        Map<String, String> environment = new HashMap<>();
        String jupyterPath = System.getenv("JUPYTER_PATH");
        if (jupyterPath != null) environment.put("JUPYTER_PATH", jupyterPath);
        Execution.Settings settings = new Execution.Settings(options.getOrDefault("--python", defaultPython()),
                Path.of(options.getOrDefault("--runner", "environment/run_notebook.py")).toAbsolutePath(),
                options.getOrDefault("--kernel", "mlworkbook"), number(options, "--cell-timeout", 60),
                number(options, "--notebook-timeout", 300), number(options, "--memory", 1024),
                number(options, "--max-output-bytes", 1_000_000), environment);
        if (!Files.isRegularFile(settings.runner()))
            throw new IllegalArgumentException("grade: --runner expected run_notebook.py, got no file " + settings.runner());
        int jobs = number(options, "--jobs", Runtime.getRuntime().availableProcessors());
        Path output = Path.of(options.getOrDefault("--output", "build/grades"));
        long started = System.nanoTime();
        List<Graded> results = new Grader(Path.of(options.get("--source")), settings).grade(submissions, output, jobs);
        double seconds = (System.nanoTime() - started) / 1e9;
        for (Graded graded : results) {
            System.out.printf("%-20s %-36s %6s / %-6s%s%n", graded.student(), graded.notebook(), Checksums.pythonFloat(graded.points()),
                    Checksums.pythonFloat(graded.maxPoints()), graded.problems().isEmpty() && graded.findings().isEmpty() ? "" : "  see notes");
            graded.problems().forEach(p -> System.out.println("    problem: " + p));
            graded.findings().forEach(f -> System.out.println("    " + f.describe()));
        }
        System.out.printf("graded %d submissions in %.1f s (%.1f per minute, %d at a time); wrote %s (gradebook.csv, summary.json, feedback)%n",
                results.size(), seconds, results.size() * 60 / seconds, jobs, output.toAbsolutePath().normalize());
    }

    private static List<String> parse(List<String> args, Set<String> known, Map<String, String> options) {
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--")) {
                if (!known.contains(arg)) throw new IllegalArgumentException("parse: an option expected among " + known + ", got '" + arg + "'");
                if (i + 1 >= args.size()) throw new IllegalArgumentException("parse: " + arg + " expected a value, got none");
                options.put(arg, args.get(++i));
            } else {
                positional.add(arg);
            }
        }
        return positional;
    }

    private static int number(Map<String, String> options, String name, int fallback) {
        String value = options.get(name);
        if (value == null) return fallback;
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parse: " + name + " expected a whole number, got '" + value + "'", e);
        }
    }

    private static String defaultPython() {
        String configured = System.getenv("WORKBOOK_PYTHON");
        if (configured != null && !configured.isBlank()) return configured;
        return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    }
}

package org.mlworkbook.notebooks;

import com.google.gson.Gson;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Executes notebooks in the freshly built kernel: installs the {@code mlworkbook} kernelspec
 * (kernel jar, library jar and its dependencies) into a private Jupyter path, never the
 * user's, and runs {@code environment/run_notebook.py} with Jupyter's nbclient.
 */
final class NotebookRunner {
    /** Seconds a single cell may run before it is interrupted and reported. */
    static final int CELL_TIMEOUT_SECONDS = 120;
    private static final long NOTEBOOK_TIMEOUT_MINUTES = 10;

    /** What run_notebook.py reports for one notebook. */
    record Report(String notebook, double seconds, int cells, List<Integer> unexecuted_code_cells, List<CellError> errors) {}

    /** One error output; {@code cell} is null when the kernel itself failed. */
    record CellError(Integer cell, Integer execution_count, String grade_id, String ename, String evalue, List<String> traceback) {}

    private final Path repo;
    private final String python;
    private final Path jupyterPath;
    private final Path executedDir;

    private NotebookRunner(Path repo, String python, Path jupyterPath, Path executedDir) {
        this.repo = repo;
        this.python = python;
        this.jupyterPath = jupyterPath;
        this.executedDir = executedDir;
    }

    /**
     * Installs the kernelspec into {@code work}/jupyter and checks that a Python with nbclient exists.
     *
     * @throws IllegalStateException with the remedy when the kernel jar, the library or Jupyter is missing
     */
    static NotebookRunner create(Path repo, Path work) throws IOException, InterruptedException {
        Path kernelJar = repo.resolve("environment/kernel/target/mlworkbook-kernel.jar");
        Path libraryJar = repo.resolve("library/target/mlworkbook-library.jar");
        for (Path needed : List.of(kernelJar, libraryJar))
            if (!Files.isRegularFile(needed))
                throw new IllegalStateException("notebook tests: expected the built " + repo.relativize(needed)
                        + ", got no such file; run `mvn -B verify` from the repository root (or ./workbook test)");
        String python = findPython();
        Path prefix = work.resolve("jupyter");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = libraryJar + File.pathSeparator + repo.resolve("library/target/lib/*");
        run(List.of(java, "-jar", kernelJar.toString(), "install", "--prefix", prefix.toString(), "--classpath", classpath),
                repo, Map.of(), 5, "installing the kernelspec");
        Path executed = repo.resolve("notebooks/target/executed");
        Files.createDirectories(executed);
        return new NotebookRunner(repo, python, prefix.resolve("share/jupyter"), executed);
    }

    /** Runs the notebook top to bottom; the executed copy is kept in notebooks/target/executed/. */
    Report execute(Path notebook, Path work) throws IOException, InterruptedException {
        String name = notebook.getFileName().toString();
        Path report = work.resolve(name + ".report.json");
        List<String> command = List.of(python, repo.resolve("environment/run_notebook.py").toString(), notebook.toString(),
                "--report", report.toString(), "--output", executedDir.resolve(name).toString(),
                "--kernel", NotebookFormat.KERNEL_NAME, "--cell-timeout", String.valueOf(CELL_TIMEOUT_SECONDS));
        Map<String, String> environment = Map.of("JUPYTER_PATH", jupyterPath.toString(), "PYDEVD_DISABLE_FILE_VALIDATION", "1");
        run(command, repo, environment, NOTEBOOK_TIMEOUT_MINUTES, "executing " + name);
        return new Gson().fromJson(Files.readString(report, StandardCharsets.UTF_8), Report.class);
    }

    private static String findPython() throws IOException, InterruptedException {
        List<String> candidates = new ArrayList<>();
        String configured = System.getenv("WORKBOOK_PYTHON");
        if (configured != null && !configured.isBlank()) candidates.add(configured);
        candidates.add("/usr/bin/python3");
        candidates.add("python3");
        for (String candidate : candidates) {
            try {
                Process probe = new ProcessBuilder(candidate, "-c", "import nbclient, nbformat, jupyter_client")
                        .redirectErrorStream(true).start();
                probe.getInputStream().readAllBytes();
                if (probe.waitFor(60, TimeUnit.SECONDS) && probe.exitValue() == 0) return candidate;
            } catch (IOException notThere) {
                // try the next candidate
            }
        }
        throw new IllegalStateException("notebook tests: expected a Python with Jupyter's nbclient, nbformat and jupyter_client, "
                + "got none among " + candidates + "; run ./workbook setup (or set WORKBOOK_PYTHON)");
    }

    private static void run(List<String> command, Path dir, Map<String, String> environment, long minutes, String what)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile("notebook-run", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new IllegalStateException(what + ": still running after " + minutes + " minutes; stopped it");
            }
            String text = Files.readString(log, StandardCharsets.UTF_8);
            System.out.print(text);
            if (process.exitValue() != 0)
                throw new IllegalStateException(what + ": expected exit status 0, got " + process.exitValue() + "\n" + text);
        } finally {
            Files.deleteIfExists(log);
        }
    }
}

package org.mlworkbook.grading;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one notebook in a fresh kernel process through {@code environment/run_notebook.py} (Jupyter's nbclient),
 * with a per-cell time limit (nbclient interrupts the cell; the kernel's own {@code IJAVA_TIMEOUT} too), a
 * per-notebook time limit (the whole process tree is killed), a heap cap for the kernel JVM
 * ({@code JAVA_TOOL_OPTIONS=-Xmx…}) and a cap on each cell's output, continuing after errors. A grading kernel
 * lives seconds, so it runs with the quick JIT only and the serial collector (a third less CPU per notebook).
 */
public final class Execution {
    /**
     * How notebooks are run.
     *
     * @param python                 a Python with nbclient
     * @param runner                 the {@code run_notebook.py} script
     * @param kernel                 the kernelspec name
     * @param cellTimeoutSeconds     the time limit of one cell (&gt; 0)
     * @param notebookTimeoutSeconds the time limit of the whole notebook, kernel start included (&gt; 0)
     * @param memoryMegabytes        the kernel JVM's maximum heap (&gt; 0)
     * @param maxOutputBytes         the stream/display output kept per cell (&gt; 0)
     * @param environment            extra environment variables (e.g. {@code JUPYTER_PATH})
     */
    public record Settings(String python, Path runner, String kernel, int cellTimeoutSeconds, int notebookTimeoutSeconds,
                           int memoryMegabytes, int maxOutputBytes, Map<String, String> environment) {
        /**
         * Checks the limits and copies the environment.
         *
         * @throws IllegalArgumentException "Settings: &lt;limit&gt; expected &gt; 0, got …"
         */
        public Settings {
            positive("cellTimeoutSeconds", cellTimeoutSeconds);
            positive("notebookTimeoutSeconds", notebookTimeoutSeconds);
            positive("memoryMegabytes", memoryMegabytes);
            positive("maxOutputBytes", maxOutputBytes);
            environment = Map.copyOf(environment);
        }

        private static void positive(String name, int value) {
            if (value <= 0) throw new IllegalArgumentException("Settings: " + name + " expected > 0, got " + value);
        }
    }

    /**
     * What came of a run.
     *
     * @param executed the executed notebook, or null when none was written (the notebook time limit, a crash)
     * @param problem  what went wrong with the run as a whole (the kernel died, the time limit), or "" when nothing
     * @param seconds  the wall time
     */
    public record Result(JsonObject executed, String problem, double seconds) {}

    /** JVM flags for a kernel that lives seconds: C1 only, the serial collector (fewer threads competing for cores). */
    static final String SHORT_LIVED_JVM = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

    private Execution() {}

    /**
     * Executes a notebook. The input is written to {@code work}; the caller's files are not touched.
     *
     * @param settings how to run
     * @param notebook the notebook. Not modified.
     * @param work     an empty private folder for this run
     * @param cwd      the folder the kernel starts in (where the source notebook lives, for its relative paths)
     * @return the executed notebook and any problem
     * @throws IOException          when files in {@code work} cannot be written or read
     * @throws InterruptedException when interrupted while waiting
     */
    public static Result run(Settings settings, JsonObject notebook, Path work, Path cwd) throws IOException, InterruptedException {
        Path input = work.resolve("submission.ipynb");
        Path output = work.resolve("executed.ipynb");
        Path report = work.resolve("report.json");
        Path log = work.resolve("run.log");
        Notebooks.write(notebook, input);
        List<String> command = new ArrayList<>(List.of(settings.python(), settings.runner().toString(), input.toString(),
                "--report", report.toString(), "--output", output.toString(), "--kernel", settings.kernel(), "--cwd", cwd.toAbsolutePath().toString(),
                "--cell-timeout", String.valueOf(settings.cellTimeoutSeconds()),
                "--max-output-bytes", String.valueOf(settings.maxOutputBytes())));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> environment = new LinkedHashMap<>(settings.environment());
        environment.put("JAVA_TOOL_OPTIONS", "-Xmx" + settings.memoryMegabytes() + "m " + SHORT_LIVED_JVM);
        environment.put("IJAVA_TIMEOUT", String.valueOf(settings.cellTimeoutSeconds() * 1000L));
        environment.put("PYDEVD_DISABLE_FILE_VALIDATION", "1");
        builder.environment().putAll(environment);
        long started = System.nanoTime();
        Process process = builder.start();
        boolean finished = process.waitFor(settings.notebookTimeoutSeconds(), TimeUnit.SECONDS);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (!finished)
            return new Result(null, "the notebook ran past its time limit of " + settings.notebookTimeoutSeconds() + " s and was stopped", seconds);
        if (process.exitValue() != 0 || !Files.isRegularFile(output))
            return new Result(null, "the notebook runner failed (exit status " + process.exitValue() + "): " + tail(log), seconds);
        return new Result(Notebooks.read(output), fatal(report), seconds);
    }

    /** The report's error with no cell (the kernel died or could not start), or "". */
    private static String fatal(Path report) throws IOException {
        if (!Files.isRegularFile(report)) return "";
        JsonObject json = JsonParser.parseString(Files.readString(report, StandardCharsets.UTF_8)).getAsJsonObject();
        for (JsonElement error : json.getAsJsonArray("errors")) {
            JsonObject e = error.getAsJsonObject();
            if (e.get("cell") == null || e.get("cell").isJsonNull()) {
                String ename = e.get("ename").getAsString();
                return ("DeadKernelError".equals(ename) ? "the kernel died (System.exit, a crash or out of memory)" : ename)
                        + ": " + e.get("evalue").getAsString().lines().findFirst().orElse("");
            }
        }
        return "";
    }

    private static String tail(Path log) throws IOException {
        if (!Files.isRegularFile(log)) return "no log";
        String text = Files.readString(log, StandardCharsets.UTF_8).strip();
        return text.length() <= 400 ? text : "…" + text.substring(text.length() - 400);
    }
}

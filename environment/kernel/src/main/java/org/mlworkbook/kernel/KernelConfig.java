package org.mlworkbook.kernel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How a kernel is set up, read from IJava's environment variables by {@link #fromEnvironment(Map)}.
 *
 * @param classpath       class path entries for cell code, compiler and run time alike
 * @param startupScripts  JShell sources evaluated, in order, before the first cell
 * @param timeoutMs       a cell's time limit in ms; &lt;= 0 for none
 * @param compilerOptions extra {@code javac} options
 */
public record KernelConfig(List<String> classpath, List<String> startupScripts, long timeoutMs,
                           List<String> compilerOptions) {
    /** Class path: path-separator list of paths and globs. */
    public static final String CLASSPATH = "IJAVA_CLASSPATH";
    /** Start-up script files: path-separator list of paths and globs. */
    public static final String STARTUP_SCRIPTS_PATH = "IJAVA_STARTUP_SCRIPTS_PATH";
    /** Start-up code, evaluated after the start-up script files. */
    public static final String STARTUP_SCRIPT = "IJAVA_STARTUP_SCRIPT";
    /** A cell's time limit in ms, -1 for none. */
    public static final String TIMEOUT = "IJAVA_TIMEOUT";
    /** Space-separated {@code javac} options. */
    public static final String COMPILER_OPTS = "IJAVA_COMPILER_OPTS";

    /** Copies the lists. */
    public KernelConfig {
        classpath = List.copyOf(classpath);
        startupScripts = List.copyOf(startupScripts);
        compilerOptions = List.copyOf(compilerOptions);
    }

    /**
     * Reads the configuration the way IJava does. Class path globs that match nothing are left out.
     *
     * @param env the environment, usually {@link System#getenv()}
     * @return the configuration
     * @throws IllegalArgumentException if {@code IJAVA_TIMEOUT} is not a whole number
     * @throws UncheckedIOException     if a start-up script cannot be read
     */
    public static KernelConfig fromEnvironment(Map<String, String> env) {
        List<String> classpath = new ArrayList<>();
        for (String glob : PathGlobs.split(env.get(CLASSPATH))) {
            PathGlobs.expand(glob).forEach(p -> classpath.add(p.toString()));
        }
        List<String> scripts = new ArrayList<>();
        for (String glob : PathGlobs.split(env.get(STARTUP_SCRIPTS_PATH))) {
            PathGlobs.expand(glob).stream().filter(Files::isRegularFile).forEach(p -> scripts.add(read(p)));
        }
        String inline = env.get(STARTUP_SCRIPT);
        if (inline != null && !inline.isBlank()) {
            scripts.add(inline);
        }
        String options = env.getOrDefault(COMPILER_OPTS, "").strip();
        return new KernelConfig(classpath, scripts, parseTimeout(env.get(TIMEOUT)),
                options.isEmpty() ? List.of() : Arrays.asList(options.split("\\s+")));
    }

    private static long parseTimeout(String text) {
        if (text == null || text.isBlank()) {
            return -1;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "fromEnvironment: " + TIMEOUT + " expected a number of milliseconds (-1 for none), got '" + text + "'", e);
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("fromEnvironment: start-up script expected readable, got " + path, e);
        }
    }
}

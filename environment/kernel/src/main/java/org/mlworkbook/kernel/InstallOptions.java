package org.mlworkbook.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The arguments of {@code install}: where Jupyter's kernels directory is, which jars join the
 * kernel's class path, and whether to build the class-data archive that makes the kernel start fast.
 *
 * @param kernelsDir the {@code .../share/jupyter/kernels} directory that gets the {@code mlworkbook} spec
 * @param classpath  path-separator lists of jars and globs to copy into the spec's {@code lib}
 * @param classData  whether to build the class-data sharing archive
 */
record InstallOptions(Path kernelsDir, List<String> classpath, boolean classData) {
    /** The usage line of {@code install}. */
    static final String USAGE = "install [--user | --sys-prefix | --prefix DIR] [--classpath CP] [--no-cds]";

    /** Copies the list. */
    InstallOptions {
        classpath = List.copyOf(classpath);
    }

    /**
     * @param args the arguments after {@code install}
     * @param env  the environment, for the user's data directory
     * @return the options
     * @throws IllegalArgumentException for an unknown or incomplete argument
     * @throws IllegalStateException    for {@code --sys-prefix} without a Python to ask
     */
    static InstallOptions parse(List<String> args, Map<String, String> env) {
        Path kernelsDir = null;
        List<String> classpath = new ArrayList<>();
        boolean classData = true;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--user" -> kernelsDir = userKernelsDir(env);
                case "--sys-prefix" -> kernelsDir = Path.of(pythonSysPrefix(), "share", "jupyter", "kernels");
                case "--prefix" -> kernelsDir = Path.of(value(args, ++i, arg), "share", "jupyter", "kernels");
                case "--classpath" -> classpath.add(value(args, ++i, arg));
                case "--no-cds" -> classData = false;
                default -> throw new IllegalArgumentException("install: argument expected one of " + USAGE + ", got '" + arg + "'");
            }
        }
        return new InstallOptions(kernelsDir != null ? kernelsDir : userKernelsDir(env), classpath, classData);
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException("install: " + option + " expected a value, got none");
        }
        return args.get(i);
    }

    /** Jupyter's per-user data directory (as jupyter_core finds it) plus {@code kernels}. */
    static Path userKernelsDir(Map<String, String> env) {
        String dataDir = env.get("JUPYTER_DATA_DIR");
        if (dataDir != null && !dataDir.isBlank()) {
            return Path.of(dataDir, "kernels");
        }
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming"))
                    .resolve("jupyter").resolve("kernels");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Jupyter").resolve("kernels");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path data = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return data.resolve("jupyter").resolve("kernels");
    }

    private static String pythonSysPrefix() {
        for (String python : List.of("python3", "python")) {
            try {
                Process p = new ProcessBuilder(python, "-c", "import sys; print(sys.prefix)")
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                String out;
                try (InputStream in = p.getInputStream()) {
                    out = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
                }
                if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 && !out.isEmpty()) {
                    return out;
                }
            } catch (IOException e) {
                // not on the PATH: try the next name
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("install: --sys-prefix expected python3 or python on the PATH to ask for sys.prefix, got neither;"
                + " use --prefix DIR or --user instead");
    }
}

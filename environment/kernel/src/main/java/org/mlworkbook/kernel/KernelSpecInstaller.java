package org.mlworkbook.kernel;

import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Writes the Jupyter kernelspec {@code mlworkbook}: {@code kernel.json}, the kernel jar, the
 * start-up script and the class-path jars in {@code lib/}. The spec is built next to its place and
 * moved there whole, so a failed install never leaves half a spec. Then a short training start of
 * the kernel records a class-data sharing archive, and {@code kernel.json} is switched to use it;
 * should the archive later not match the JVM or the jars, the JVM just starts without it.
 */
final class KernelSpecInstaller {
    /** The kernelspec name. */
    static final String NAME = "mlworkbook";
    /** The name Jupyter shows. */
    static final String DISPLAY_NAME = "Java · ML Workbook";
    /** The JVM flags every start uses, the training start included. */
    static final List<String> JVM_FLAGS = List.of("-Djava.awt.headless=true");
    /** Keeps the JVM quiet about an archive it cannot use (it then starts without it). */
    private static final List<String> QUIET_CDS = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    private static final String JAR = "mlworkbook-kernel.jar";
    private static final String STARTUP = "startup.jshell";
    private static final String ARCHIVE = "mlworkbook.jsa";
    private static final long TRAINING_TIMEOUT_S = 300;

    private final Path java;
    private final Path kernelJar;

    /**
     * @param java      the {@code java} executable that runs the kernel
     * @param kernelJar the kernel jar to copy into the spec
     */
    KernelSpecInstaller(Path java, Path kernelJar) {
        this.java = java.toAbsolutePath();
        this.kernelJar = kernelJar;
    }

    /**
     * Installs, or replaces, the kernelspec.
     *
     * @param options where, which class path, whether to build the class-data archive
     * @return the kernelspec directory
     * @throws IllegalArgumentException if a {@code --classpath} entry names no jar
     * @throws IOException              if the spec cannot be written
     */
    Path install(InstallOptions options) throws IOException {
        if (!Files.isRegularFile(kernelJar)) {
            throw new IllegalArgumentException("install: kernel jar expected a file, got " + kernelJar);
        }
        List<Path> jars = classpathJars(options.classpath());
        Path kernelsDir = options.kernelsDir().toAbsolutePath().normalize();
        Files.createDirectories(kernelsDir);
        Path spec = kernelsDir.resolve(NAME);
        Path staging = Files.createDirectory(siblingName(spec, "new"));
        try {
            Files.copy(kernelJar, staging.resolve(JAR));
            copyResource(STARTUP, staging.resolve(STARTUP));
            Path lib = Files.createDirectories(staging.resolve("lib"));
            for (Path jar : jars) {
                Files.copy(jar, lib.resolve(jar.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            }
            writeKernelJson(staging, spec, List.of());
            moveIntoPlace(staging, spec);
        } catch (IOException | RuntimeException e) {
            deleteTree(staging);
            throw e;
        }
        if (options.classData()) {
            buildClassData(spec);
        }
        return spec;
    }

    private static List<Path> classpathJars(List<String> lists) {
        List<Path> jars = new ArrayList<>();
        for (String list : lists) {
            for (String glob : PathGlobs.split(list)) {
                List<Path> matches = PathGlobs.expand(glob).stream().filter(Files::isRegularFile).toList();
                if (matches.isEmpty()) {
                    throw new IllegalArgumentException("install: --classpath entry expected an existing jar or a glob matching jars, got '"
                            + glob + "'");
                }
                jars.addAll(matches);
            }
        }
        return jars;
    }

    /** Records which classes a kernel start loads; on success kernel.json starts from the archive. */
    private void buildClassData(Path spec) throws IOException {
        Path archive = spec.resolve(ARCHIVE);
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(JVM_FLAGS);
        command.add("-XX:ArchiveClassesAtExit=" + archive);
        command.addAll(QUIET_CDS);
        command.addAll(List.of("-jar", spec.resolve(JAR).toString(), Main.WARM_UP));
        Path log = Files.createTempFile(NAME + "-training-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(spec.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(kernelEnv(spec));
        String failure;
        try {
            Process training = builder.start();
            boolean done = training.waitFor(TRAINING_TIMEOUT_S, TimeUnit.SECONDS);
            if (!done) {
                training.destroyForcibly().waitFor();
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            failure = !done ? "it did not finish in " + TRAINING_TIMEOUT_S + " s"
                    : training.exitValue() != 0 ? "it exited with " + training.exitValue() + ":\n" + output
                    : !Files.isRegularFile(archive) ? "the JVM wrote no archive:\n" + output
                    : null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = "it was interrupted";
        } finally {
            Files.deleteIfExists(log);
        }
        if (failure != null) {
            Files.deleteIfExists(archive);
            System.err.println("install: the class-data archive was not built, so the kernel starts slower; " + failure);
            return;
        }
        List<String> cds = new ArrayList<>(List.of("-Xshare:auto", "-XX:SharedArchiveFile=" + archive));
        cds.addAll(QUIET_CDS);
        writeKernelJson(spec, spec, cds);
    }

    /** kernel.json, written to a temporary file and moved over the old one. */
    private void writeKernelJson(Path dir, Path spec, List<String> extraFlags) throws IOException {
        List<String> argv = new ArrayList<>();
        argv.add(java.toString());
        argv.addAll(JVM_FLAGS);
        argv.addAll(extraFlags);
        argv.addAll(List.of("-jar", spec.resolve(JAR).toString(), "{connection_file}"));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("argv", argv);
        json.put("display_name", DISPLAY_NAME);
        json.put("language", "java");
        json.put("interrupt_mode", "message");
        json.put("env", kernelEnv(spec));
        Path temporary = dir.resolve("kernel.json.tmp");
        Files.writeString(temporary, new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json) + "\n",
                StandardCharsets.UTF_8);
        Files.move(temporary, dir.resolve("kernel.json"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Map<String, String> kernelEnv(Path spec) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(KernelConfig.CLASSPATH, spec.resolve("lib").resolve("*").toString());
        env.put(KernelConfig.STARTUP_SCRIPTS_PATH, spec.resolve(STARTUP).toString());
        return env;
    }

    private static void moveIntoPlace(Path staging, Path spec) throws IOException {
        if (!Files.exists(spec)) {
            Files.move(staging, spec, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Path old = siblingName(spec, "old");
        Files.move(spec, old, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(staging, spec, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(old, spec, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        deleteTree(old);
    }

    /** A fresh hidden name next to the spec (not a temp directory: those are private to the user). */
    private static Path siblingName(Path spec, String role) {
        return spec.resolveSibling("." + NAME + "-" + role + "-" + UUID.randomUUID());
    }

    private static void copyResource(String name, Path target) throws IOException {
        try (InputStream in = KernelSpecInstaller.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalStateException("install: resource " + name + " expected in the kernel jar, got none");
            }
            Files.copy(in, target);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}

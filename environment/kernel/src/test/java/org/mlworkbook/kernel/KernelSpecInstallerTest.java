package org.mlworkbook.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class KernelSpecInstallerTest {
    @TempDir
    Path dir;

    private Path kernelJar;
    private Path libDir;
    private KernelSpecInstaller installer;

    @BeforeEach
    void makeJars() throws Exception {
        kernelJar = Files.writeString(dir.resolve("mlworkbook-kernel.jar"), "kernel");
        libDir = Files.createDirectories(dir.resolve("target").resolve("lib"));
        Files.writeString(libDir.resolve("a.jar"), "a");
        Files.writeString(libDir.resolve("b.jar"), "b");
        Files.writeString(dir.resolve("library.jar"), "library");
        installer = new KernelSpecInstaller(Path.of("/opt/jdk/bin/java"), kernelJar);
    }

    private InstallOptions options(String... args) {
        return InstallOptions.parse(List.of(args), Map.of());
    }

    @Test
    void installWritesKernelJsonAndCopiesJarsIntoThePrefix() throws Exception {
        String classpath = dir.resolve("library.jar") + File.pathSeparator + libDir + "/*";
        Path spec = installer.install(options("--prefix", dir.resolve("prefix").toString(), "--classpath", classpath, "--no-cds"));

        assertEquals(dir.resolve("prefix/share/jupyter/kernels/mlworkbook"), spec);
        @SuppressWarnings("unchecked")
        Map<String, Object> json = new Gson().fromJson(Files.readString(spec.resolve("kernel.json")), Map.class);
        assertEquals("Java · ML Workbook", json.get("display_name"));
        assertEquals("java", json.get("language"));
        assertEquals("message", json.get("interrupt_mode"));
        @SuppressWarnings("unchecked")
        List<String> argv = (List<String>) json.get("argv");
        assertEquals("/opt/jdk/bin/java", argv.get(0));
        assertEquals(List.of("-jar", spec.resolve("mlworkbook-kernel.jar").toString(), "{connection_file}"),
                argv.subList(argv.size() - 3, argv.size()));
        assertEquals(Map.of("IJAVA_CLASSPATH", spec.resolve("lib") + File.separator + "*",
                "IJAVA_STARTUP_SCRIPTS_PATH", spec.resolve("startup.jshell").toString()), json.get("env"));

        assertEquals("kernel", Files.readString(spec.resolve("mlworkbook-kernel.jar")));
        assertEquals(Files.readString(Kernels.STARTUP_SCRIPT), Files.readString(spec.resolve("startup.jshell")));
        try (Stream<Path> lib = Files.list(spec.resolve("lib"))) {
            assertEquals(List.of("a.jar", "b.jar", "library.jar"), lib.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void reinstallReplacesTheSpecAndLeavesNoTemporaryDirectories() throws Exception {
        Path prefix = dir.resolve("prefix");
        installer.install(options("--prefix", prefix.toString(), "--classpath", libDir + "/*", "--no-cds"));
        Path spec = installer.install(options("--prefix", prefix.toString(), "--classpath", dir.resolve("library.jar").toString(), "--no-cds"));
        try (Stream<Path> lib = Files.list(spec.resolve("lib")); Stream<Path> kernels = Files.list(spec.getParent())) {
            assertEquals(List.of("library.jar"), lib.map(p -> p.getFileName().toString()).toList());
            assertEquals(List.of(spec), kernels.toList());
        }
    }

    @Test
    void missingClasspathJarFailsWithItsNameAndKeepsTheOldSpec() throws Exception {
        Path prefix = dir.resolve("prefix");
        Path spec = installer.install(options("--prefix", prefix.toString(), "--no-cds"));
        String missing = dir.resolve("missing.jar").toString();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> installer.install(options("--prefix", prefix.toString(), "--classpath", missing, "--no-cds")));
        assertTrue(e.getMessage().contains(missing), e.getMessage());
        assertTrue(Files.isRegularFile(spec.resolve("kernel.json")));
    }

    @Test
    void failedTrainingStartLeavesAWorkingSpecWithoutArchive() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path spec = new KernelSpecInstaller(java, kernelJar).install(options("--prefix", dir.resolve("prefix").toString()));
        String json = Files.readString(spec.resolve("kernel.json"));
        assertFalse(json.contains("SharedArchiveFile"), json);
        assertFalse(Files.exists(spec.resolve("mlworkbook.jsa")));
    }

    @Test
    void userKernelsDirFollowsJupyterDataDir() {
        assertEquals(Path.of("/data/jupyter", "kernels"), InstallOptions.userKernelsDir(Map.of("JUPYTER_DATA_DIR", "/data/jupyter")));
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void userKernelsDirOnLinuxFollowsXdgDataHome() {
        assertEquals(Path.of("/xdg", "jupyter", "kernels"), InstallOptions.userKernelsDir(Map.of("XDG_DATA_HOME", "/xdg")));
        assertEquals(Path.of(System.getProperty("user.home"), ".local/share/jupyter/kernels"), InstallOptions.userKernelsDir(Map.of()));
    }

    @Test
    void unknownInstallArgumentIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> options("--global"));
        assertTrue(e.getMessage().contains("'--global'"), e.getMessage());
    }
}

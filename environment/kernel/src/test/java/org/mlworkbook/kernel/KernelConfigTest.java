package org.mlworkbook.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelConfigTest {
    @TempDir
    Path dir;

    @Test
    void environmentVariablesAreReadAsIJavaReadsThem() throws Exception {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Files.writeString(lib.resolve("b.jar"), "");
        Files.writeString(lib.resolve("a.jar"), "");
        Path scripts = Files.createDirectories(dir.resolve("scripts"));
        Files.writeString(scripts.resolve("one.jshell"), "int one = 1;");
        Map<String, String> env = Map.of(
                "IJAVA_CLASSPATH", lib + "/*" + File.pathSeparator + dir.resolve("absent") + "/*",
                "IJAVA_STARTUP_SCRIPTS_PATH", scripts + "/*.jshell",
                "IJAVA_STARTUP_SCRIPT", "int two = 2;",
                "IJAVA_TIMEOUT", "1500",
                "IJAVA_COMPILER_OPTS", "-Xlint:all  -parameters");

        KernelConfig config = KernelConfig.fromEnvironment(env);

        assertEquals(List.of(lib.resolve("a.jar").toString(), lib.resolve("b.jar").toString()), config.classpath());
        assertEquals(List.of("int one = 1;", "int two = 2;"), config.startupScripts());
        assertEquals(1500, config.timeoutMs());
        assertEquals(List.of("-Xlint:all", "-parameters"), config.compilerOptions());
    }

    @Test
    void unsetEnvironmentMeansNoClasspathNoScriptsNoTimeout() {
        KernelConfig config = KernelConfig.fromEnvironment(Map.of());
        assertEquals(new KernelConfig(List.of(), List.of(), -1, List.of()), config);
    }

    @Test
    void timeoutThatIsNotANumberIsRejectedWithTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KernelConfig.fromEnvironment(Map.of("IJAVA_TIMEOUT", "soon")));
        assertTrue(e.getMessage().contains("got 'soon'"), e.getMessage());
    }

    @Test
    void compilerOptionsReachJShell() {
        WorkbookKernel strict = new WorkbookKernel(new KernelConfig(List.of(), List.of(), -1, List.of("-Werror", "-Xlint:all")));
        try {
            CellError error = assertThrows(CellError.class, () -> strict.eval("java.util.List raw = new java.util.ArrayList();\nraw.add(1);"));
            assertEquals("CompilationException", error.name());
            assertTrue(error.getMessage().contains("-Werror"), error.getMessage());
        } finally {
            strict.onShutdown(false);
        }
    }

    @Test
    void cellCodeRunsWithItsOwnClassLoaderAsContextLoader() {
        WorkbookKernel kernel = Kernels.shared();
        assertEquals("true", Kernels.plain(kernel,
                "Thread.currentThread().getContextClassLoader() == new Object() {}.getClass().getClassLoader()"));
    }
}

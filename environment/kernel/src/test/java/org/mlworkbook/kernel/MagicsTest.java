package org.mlworkbook.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MagicsTest {
    private final WorkbookKernel kernel = Kernels.shared();

    @TempDir
    Path dir;

    /** Compiles one public class into {@code classes} and returns that directory. */
    private Path compile(String packageName, String className, String body) throws IOException {
        Path source = dir.resolve("src").resolve(className + ".java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "package " + packageName + ";\npublic class " + className + " {\n" + body + "\n}\n");
        Path classes = dir.resolve("classes");
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), source.toString());
        assertEquals(0, status, "javac of " + source);
        return classes;
    }

    @Test
    void classpathMagicAddsAClassDirectory() throws Exception {
        Path classes = compile("magic.dir", "Greeter", "public static String hello() { return \"hello from dir\"; }");
        assertEquals("hello from dir", Kernels.plain(kernel, "%classpath " + classes + "\nmagic.dir.Greeter.hello()"));
    }

    @Test
    void jarsMagicAddsJarsMatchedByAGlob() throws Exception {
        Path classes = compile("magic.jar", "Adder", "public static int add(int a, int b) { return a + b; }");
        Path jar = dir.resolve("jars").resolve("adder.jar");
        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("magic/jar/Adder.class"));
            Files.copy(classes.resolve("magic/jar/Adder.class"), (OutputStream) out);
            out.closeEntry();
        }
        Kernels.plain(kernel, "%jars " + jar.getParent() + "/*.jar");
        assertEquals("5", Kernels.plain(kernel, "magic.jar.Adder.add(2, 3)"));
    }

    @Test
    void loadMagicEvaluatesAJshellFileAsCellCode() throws Exception {
        Path script = dir.resolve("helpers.jshell");
        Files.writeString(script, "int loadedBase = 40;\nint loadedPlusTwo() { return loadedBase + 2; }\n");
        assertEquals("42", Kernels.plain(kernel, "%load " + script + "\nloadedPlusTwo()"));
    }

    @Test
    void loadMagicOfAMissingFileNamesTheFile() {
        CellError error = assertThrows(CellError.class, () -> kernel.eval("%load " + dir.resolve("missing.jshell")));
        assertEquals("java.lang.IllegalArgumentException", error.name());
        assertTrue(error.getMessage().contains("missing.jshell"), error.getMessage());
    }

    @Test
    void classpathMagicWithNoMatchIsAnError() {
        CellError error = assertThrows(CellError.class, () -> kernel.eval("%classpath " + dir.resolve("nothing") + "/*.jar"));
        assertTrue(error.getMessage().startsWith("%classpath: path expected an existing file"), error.getMessage());
    }
}

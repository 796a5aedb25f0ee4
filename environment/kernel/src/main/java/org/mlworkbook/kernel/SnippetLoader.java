package org.mlworkbook.kernel;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jdk.jshell.execution.LoaderDelegate;
import jdk.jshell.spi.ExecutionControl.ClassBytecodes;
import jdk.jshell.spi.ExecutionControl.ClassInstallException;
import jdk.jshell.spi.ExecutionControl.InternalException;

/**
 * Loads the classes JShell compiles for cells, instrumented by {@link LoopInstrumenter}, and the
 * class path added at run time. Its parent is the kernel's own class loader, so cell code sees the
 * very classes the kernel runs on (the kernel instance, the renderer, the display data).
 */
final class SnippetLoader implements LoaderDelegate {
    private final CellClassLoader loader;
    private final Map<String, Class<?>> loaded = new ConcurrentHashMap<>();

    SnippetLoader(ClassLoader parent) {
        this.loader = new CellClassLoader(parent);
    }

    /** @return the class loader of cell classes and of the class path added at run time */
    ClassLoader classLoader() {
        return loader;
    }

    @Override
    public void load(ClassBytecodes[] cbcs) throws ClassInstallException {
        boolean[] installed = new boolean[cbcs.length];
        try {
            for (ClassBytecodes cbc : cbcs) {
                loader.declare(cbc.name(), LoopInstrumenter.instrument(cbc.bytecodes()));
            }
            for (int i = 0; i < cbcs.length; i++) {
                loaded.put(cbcs[i].name(), loader.loadClass(cbcs[i].name()));
                installed[i] = true;
            }
        } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
            throw new ClassInstallException("load: classes expected to install, got " + e, installed);
        }
    }

    @Override
    public void classesRedefined(ClassBytecodes[] cbcs) {
        throw new IllegalStateException("classesRedefined: not expected, the kernel does not redefine classes");
    }

    @Override
    public void addToClasspath(String path) throws InternalException {
        try {
            loader.addPath(Path.of(path));
        } catch (MalformedURLException | RuntimeException e) {
            throw new InternalException("addToClasspath: path expected a file or directory, got " + path + ": " + e);
        }
    }

    @Override
    public Class<?> findClass(String name) throws ClassNotFoundException {
        Class<?> klass = loaded.get(name);
        if (klass == null) {
            throw new ClassNotFoundException(name);
        }
        return klass;
    }

    /** The class loader behind {@link SnippetLoader}: cell classes from bytes, the rest from its URLs. */
    private static final class CellClassLoader extends URLClassLoader {
        static {
            registerAsParallelCapable();
        }

        private final Map<String, byte[]> declared = new ConcurrentHashMap<>();

        CellClassLoader(ClassLoader parent) {
            super(new URL[0], parent);
        }

        void declare(String name, byte[] classFile) {
            declared.put(name, classFile);
        }

        void addPath(Path path) throws MalformedURLException {
            addURL(path.toUri().toURL());
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] classFile = declared.remove(name);
            if (classFile == null) {
                return super.findClass(name);
            }
            return defineClass(name, classFile, 0, classFile.length);
        }
    }
}

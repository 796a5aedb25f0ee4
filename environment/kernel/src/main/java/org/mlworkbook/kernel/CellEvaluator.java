package org.mlworkbook.kernel;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;

/**
 * Evaluates cell code with JShell, one snippet at a time, in the kernel's JVM.
 * <p>
 * The value of a cell is the value of its last snippet if that is an expression without a
 * trailing {@code ;}; declarations, statements and {@code void} calls have none. The first
 * compile error or exception ends the cell with a {@link CellError}; snippets before it stay
 * defined, as in JShell.
 */
final class CellEvaluator implements AutoCloseable {
    private static final Set<Snippet.SubKind> VALUE_KINDS = EnumSet.of(Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND,
            Snippet.SubKind.VAR_VALUE_SUBKIND, Snippet.SubKind.OTHER_EXPRESSION_SUBKIND);

    private final ClassLoader cellLoader;
    private final UserThread userThread;
    private final InProcessExecutionControl control;
    private final JShell shell;
    private final CellErrors errors;
    private final long timeoutMs;
    private final Map<String, Integer> cellLines = new HashMap<>();

    /**
     * Starts JShell with the configuration's class path and compiler options.
     *
     * @param config the kernel configuration
     */
    CellEvaluator(KernelConfig config) {
        SnippetLoader loader = new SnippetLoader(CellEvaluator.class.getClassLoader());
        this.cellLoader = loader.classLoader();
        this.userThread = new UserThread(cellLoader);
        this.control = new InProcessExecutionControl(loader, userThread);
        this.shell = JShell.builder()
                .executionEngine(control.provider(), Map.of())
                .compilerOptions(config.compilerOptions().toArray(String[]::new))
                .build();
        config.classpath().forEach(shell::addToClasspath);
        this.errors = new CellErrors(shell);
        this.timeoutMs = config.timeoutMs();
    }

    /** @return JShell's source analysis, for completion */
    SourceCodeAnalysis analysis() {
        return shell.sourceCodeAnalysis();
    }

    /**
     * Adds a path to the class path of the compiler and of cell code.
     *
     * @param path a jar or class directory
     */
    void addToClasspath(String path) {
        shell.addToClasspath(path);
    }

    /**
     * Loads and initialises a class of the cell class path on a background daemon thread, if the class is there;
     * for classes whose static initialiser is slow, so that the first cell using them does not wait for it.
     * Nothing is reported: a cell that uses the class later sees any error itself.
     *
     * @param className the binary name of the class
     */
    void initializeInBackground(String className) {
        Thread thread = new Thread(() -> {
            try {
                Class.forName(className, true, cellLoader);
            } catch (ClassNotFoundException | LinkageError e) {
                // not on the class path, or broken: the cell that uses it reports that
            }
        }, "kernel-preload");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** Starts a cell: from now on until {@link #endCell()} the cell can be cancelled. */
    void beginCell() {
        cellLines.clear();
        userThread.beginCell(timeoutMs);
    }

    /** Ends the cell begun by {@link #beginCell()}. */
    void endCell() {
        userThread.endCell();
    }

    /**
     * Cancels the running cell, if any.
     *
     * @param reason why
     */
    void cancel(UserThread.Cancel reason) {
        userThread.cancel(reason);
    }

    /**
     * Fails if the running cell was cancelled.
     *
     * @throws CellError saying the cell was interrupted or timed out
     */
    void throwIfCancelled() throws CellError {
        UserThread.Cancel reason = userThread.cancelReason();
        if (reason != null) {
            throw CellErrors.cancelled(reason, timeoutMs);
        }
    }

    /**
     * Evaluates code, snippet by snippet. Must run between {@link #beginCell()} and {@link #endCell()}.
     *
     * @param code      the code
     * @param firstLine the cell line (1-based) on which the code starts, for error messages
     * @return the value of the trailing expression, or {@code null} if there is none
     * @throws CellError for a compile error, an exception, or a cancelled cell
     */
    Object eval(String code, int firstLine) throws CellError {
        Object value = null;
        String rest = code;
        int line = firstLine;
        while (true) {
            throwIfCancelled();
            SourceCodeAnalysis.CompletionInfo info = shell.sourceCodeAnalysis().analyzeCompletion(rest);
            Completeness completeness = info.completeness();
            if (completeness == Completeness.EMPTY) {
                return value;
            }
            boolean complete = completeness.isComplete();
            String source = complete ? info.source() : rest;
            String remaining = complete ? info.remaining() : "";
            boolean hidesValue = completeness != Completeness.COMPLETE_WITH_SEMI && JavaSource.endsWithSemicolon(source);
            value = evalSnippet(source, line, hidesValue);
            String consumed = rest.substring(0, rest.length() - remaining.length());
            line += JavaSource.newlines(consumed);
            rest = remaining;
        }
    }

    private Object evalSnippet(String source, int line, boolean hidesValue) throws CellError {
        List<SnippetEvent> events = shell.eval(source);
        SnippetEvent main = null;
        Object mainValue = null;
        for (SnippetEvent event : events) {
            Object value = event.value() == null ? null : control.takeValue(event.value());
            if (main == null && event.causeSnippet() == null) {
                main = event;
                mainValue = value;
            }
        }
        throwIfCancelled();
        if (main == null) {
            return null;
        }
        Snippet snippet = main.snippet();
        String leading = source.substring(0, source.length() - source.stripLeading().length());
        cellLines.put(snippet.id(), line + JavaSource.newlines(leading));
        if (main.exception() != null) {
            throw errors.exception(main.exception(), cellLines);
        }
        if (!main.status().isDefined()) {
            throw errors.compilation(snippet, line);
        }
        return hidesValue || !VALUE_KINDS.contains(snippet.subKind()) ? null : mainValue;
    }

    @Override
    public void close() {
        shell.close();
    }
}

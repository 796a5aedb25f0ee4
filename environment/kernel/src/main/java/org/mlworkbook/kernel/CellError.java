package org.mlworkbook.kernel;

import java.util.List;

/**
 * A cell that failed: what Jupyter shows as the error output. {@link #name()} is the
 * {@code ename} (the Java exception class, {@code CompilationException}, ...), the message is the
 * {@code evalue} and {@link #traceback()} the lines shown under it.
 */
public final class CellError extends Exception {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final List<String> traceback;

    /**
     * @param name      the error name, e.g. {@code java.lang.ArithmeticException}
     * @param message   the error message
     * @param traceback the lines to show, without line breaks in them
     */
    CellError(String name, String message, List<String> traceback) {
        super(message, null, false, false);
        this.name = name;
        this.traceback = List.copyOf(traceback);
    }

    /** @return the error name, Jupyter's {@code ename} */
    public String name() {
        return name;
    }

    /** @return the lines shown for the error, Jupyter's {@code traceback} */
    public List<String> traceback() {
        return traceback;
    }
}

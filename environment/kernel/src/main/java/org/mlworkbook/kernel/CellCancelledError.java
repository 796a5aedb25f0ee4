package org.mlworkbook.kernel;

/**
 * Thrown inside cell code by {@link CancellationPoint#poll()} to unwind a cancelled cell. An
 * {@link Error} so that the usual {@code catch (Exception e)} in cell code does not swallow it.
 */
final class CellCancelledError extends Error {
    private static final long serialVersionUID = 1L;

    CellCancelledError() {
        super("Cell cancelled", null, false, false);
    }
}

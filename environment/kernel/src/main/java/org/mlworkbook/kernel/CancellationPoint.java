package org.mlworkbook.kernel;

/**
 * The check that lets a running cell be stopped. {@link LoopInstrumenter} puts a call to
 * {@link #poll()} before every backward jump of the classes JShell loads for cells, so even
 * {@code while (true) {}} reaches it on every turn. The kernel raises the flag when the cell is
 * interrupted or times out and lowers it when the cell has finished.
 */
public final class CancellationPoint {
    private static volatile boolean requested;

    private CancellationPoint() {
    }

    /**
     * Called by instrumented cell code; returns at once unless the running cell was cancelled.
     *
     * @throws Error a {@code CellCancelledError} when the running cell was cancelled
     */
    public static void poll() {
        if (requested) {
            throw new CellCancelledError();
        }
    }

    static void request() {
        requested = true;
    }

    static void clear() {
        requested = false;
    }
}

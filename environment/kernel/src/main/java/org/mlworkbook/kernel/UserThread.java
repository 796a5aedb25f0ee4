package org.mlworkbook.kernel;

import java.lang.reflect.Method;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The thread that runs cell code, and the cancellation of a running cell.
 * <p>
 * A cell is bracketed by {@link #beginCell(long)} and {@link #endCell()}; each snippet's code runs
 * through {@link #run(Callable)}, which waits for it. {@link #cancel(Cancel)} (an interrupt, or
 * the cell's time limit) raises {@link CancellationPoint}'s flag, which stops loops in cell code,
 * and interrupts the thread, which stops sleeps and waits. Code that ignores both (a loop inside
 * a library) is stopped with {@code Thread.stop} where the JVM still supports it (JDK &lt; 20);
 * otherwise the thread is abandoned and later cells run on a fresh one.
 */
final class UserThread {
    /** Why a cell was cancelled. */
    enum Cancel {
        /** The user interrupted the kernel. */
        INTERRUPTED,
        /** The cell ran longer than {@code IJAVA_TIMEOUT}. */
        TIMED_OUT
    }

    private static final long GRACE_MS = 1_000;
    private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();

    private final Object lock = new Object();
    private final ClassLoader contextLoader;
    private ExecutorService executor;
    private volatile Thread thread;
    private Cancel cancel;
    private CompletableFuture<Cancel> cancelled = new CompletableFuture<>();
    private long deadlineNanos;
    private boolean inCell;

    /**
     * @param contextLoader the context class loader of the thread, the loader of cell classes, so
     *                      that service look-ups in cell code see the class path added at run time
     */
    UserThread(ClassLoader contextLoader) {
        this.contextLoader = contextLoader;
        this.executor = newExecutor();
    }

    /**
     * Starts a cell.
     *
     * @param timeoutMs the cell's time limit in ms, or a value &lt;= 0 for none
     */
    void beginCell(long timeoutMs) {
        synchronized (lock) {
            inCell = true;
            cancel = null;
            cancelled = new CompletableFuture<>();
            deadlineNanos = timeoutMs > 0 ? System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs) : 0;
        }
    }

    /** Ends the current cell: later cancellations are ignored until the next cell begins. */
    void endCell() {
        synchronized (lock) {
            inCell = false;
            CancellationPoint.clear();
        }
    }

    /** @return why the current cell was cancelled, or {@code null} if it was not */
    Cancel cancelReason() {
        synchronized (lock) {
            return cancel;
        }
    }

    /**
     * Cancels the current cell; does nothing between cells or when the cell is already cancelled.
     *
     * @param reason why
     */
    void cancel(Cancel reason) {
        synchronized (lock) {
            if (!inCell || cancel != null) {
                return;
            }
            cancel = reason;
            CancellationPoint.request();
            Thread running = thread;
            if (running != null) {
                running.interrupt();
            }
            cancelled.complete(reason);
        }
    }

    /**
     * Runs cell code on the user thread and waits for it, or for its cancellation.
     *
     * @param code the code
     * @return what the code returned
     * @throws Exception what the code threw
     * @throws CellCancelledError when the cell was cancelled before the code finished
     */
    Object run(Callable<Object> code) throws Exception {
        CompletableFuture<Object> done = new CompletableFuture<>();
        CompletableFuture<Cancel> cancelSignal;
        long deadline;
        synchronized (lock) {
            cancelSignal = cancelled;
            deadline = deadlineNanos;
            executor.execute(() -> runOnUserThread(code, done));
        }
        awaitEither(done, cancelSignal, deadline);
        if (cancelReason() != null) {
            stop(done);
            throw new CellCancelledError();
        }
        try {
            return done.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception ? (Exception) e.getCause() : e;
        }
    }

    /** Shuts the user thread down. */
    void close() {
        synchronized (lock) {
            executor.shutdownNow();
        }
    }

    private void runOnUserThread(Callable<Object> code, CompletableFuture<Object> done) {
        Thread.interrupted();
        thread = Thread.currentThread();
        try {
            if (cancelReason() != null) {
                throw new CellCancelledError();
            }
            done.complete(code.call());
        } catch (Throwable t) {
            done.completeExceptionally(t);
        } finally {
            if (thread == Thread.currentThread()) {
                thread = null;
            }
            Thread.interrupted();
        }
    }

    /** Waits until the code finishes, the cell is cancelled or its deadline (if any) passes. */
    private void awaitEither(CompletableFuture<Object> done, CompletableFuture<Cancel> cancelSignal, long deadlineNanos)
            throws InterruptedException {
        CompletableFuture<Object> either = CompletableFuture.anyOf(done, cancelSignal);
        try {
            if (deadlineNanos == 0) {
                either.get();
            } else {
                either.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (ExecutionException e) {
            return; // the code threw: run() reports it
        } catch (TimeoutException e) {
            cancel(Cancel.TIMED_OUT);
        }
    }

    /** Waits for cancelled code to unwind; forces it, and at last abandons its thread. */
    private void stop(CompletableFuture<Object> done) throws InterruptedException {
        if (finishes(done)) {
            return;
        }
        Thread stuck = thread;
        if (stuck != null && ThreadStopper.stop(stuck) && finishes(done)) {
            return;
        }
        System.err.println("The cancelled cell's thread did not stop; it is left running and later cells use a new thread.");
        synchronized (lock) {
            executor.shutdownNow();
            executor = newExecutor();
        }
    }

    private static boolean finishes(CompletableFuture<Object> done) throws InterruptedException {
        try {
            done.get(GRACE_MS, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            return true;
        } catch (TimeoutException e) {
            return false;
        }
        return true;
    }

    private ExecutorService newExecutor() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, "user-code-" + THREAD_NUMBER.incrementAndGet());
            t.setDaemon(true);
            t.setContextClassLoader(contextLoader);
            return t;
        });
    }

    /** {@code Thread.stop}, looked up reflectively: it throws from JDK 20 on and may be removed. */
    private static final class ThreadStopper {
        private static final Method STOP = lookUp();

        private static Method lookUp() {
            try {
                return Runtime.version().feature() < 20 ? Thread.class.getMethod("stop") : null;
            } catch (NoSuchMethodException e) {
                return null;
            }
        }

        /** @return whether the thread was asked to stop */
        static boolean stop(Thread thread) {
            if (STOP == null) {
                return false;
            }
            try {
                STOP.invoke(thread);
                return true;
            } catch (ReflectiveOperationException | UnsupportedOperationException e) {
                return false;
            }
        }
    }
}

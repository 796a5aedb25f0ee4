package org.mlworkbook.kernel;

import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;
import io.github.spencerpark.jupyter.kernel.JupyterIO;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The kernel's standard streams and display stream, attached to one execute request at a time.
 *
 * <p>Cell code prints to {@link #stdout} and {@link #stderr}, which collect text and send it as one stream message
 * every {@value #FLUSH_INTERVAL_MS} ms, when {@value #MAX_PENDING} bytes are waiting, before a display, and at the
 * end of the cell. (basekernel's own streams send a message for every write, so one {@code printf} became a
 * message per argument.) Writing to one stream first sends what waits in the other, so stdout and stderr keep
 * their order. Text still waiting is sent before the request is detached, so nothing printed is lost.
 */
final class KernelIO extends JupyterIO {
    /** How often waiting text is sent while a cell runs, so long cells show their progress (ipykernel: 0.2 s). */
    static final long FLUSH_INTERVAL_MS = 200;
    /** Waiting text beyond this many bytes is sent at once. */
    static final int MAX_PENDING = 64 * 1024;

    private final Object lock = new Object();
    private final Pending pendingOut = new Pending(out);
    private final Pending pendingErr = new Pending(err);
    /** Standard output for cell code. */
    final PrintStream stdout = new PrintStream(new Coalescing(pendingOut, pendingErr), false, StandardCharsets.UTF_8);
    /** Standard error for cell code. */
    final PrintStream stderr = new PrintStream(new Coalescing(pendingErr, pendingOut), false, StandardCharsets.UTF_8);
    private final ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "kernel-output");
        thread.setDaemon(true);
        return thread;
    });
    private ScheduledFuture<?> periodicFlush;

    KernelIO() {
        super(StandardCharsets.UTF_8);
    }

    /**
     * Sends output to a request.
     *
     * @param env          the request's reply environment
     * @param stdinEnabled whether the front end can answer input requests
     */
    void attach(ShellReplyEnvironment env, boolean stdinEnabled) {
        setEnv(env);
        setJupyterInEnabled(stdinEnabled);
        periodicFlush = flusher.scheduleWithFixedDelay(this::flush, FLUSH_INTERVAL_MS, FLUSH_INTERVAL_MS,
                TimeUnit.MILLISECONDS);
    }

    /**
     * Flushes, then stops sending output to the request.
     *
     * @param env the environment given to {@link #attach(ShellReplyEnvironment, boolean)}
     */
    void detach(ShellReplyEnvironment env) {
        if (periodicFlush != null) {
            periodicFlush.cancel(false);
            periodicFlush = null;
        }
        flush();
        retractEnv(env);
    }

    /** Sends waiting standard output and error text now. */
    void flush() {
        stdout.flush();
        stderr.flush();
    }

    /** Bytes waiting to go to one of basekernel's streams, where each write becomes one stream message. */
    private final class Pending {
        private final PrintStream target;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Pending(PrintStream target) {
            this.target = target;
        }

        /** Sends the waiting bytes as one message; the caller holds the lock. */
        void send() {
            if (bytes.size() > 0) {
                target.write(bytes.toByteArray(), 0, bytes.size());
                bytes.reset();
            }
        }
    }

    /**
     * The stream under a cell's {@code System.out} or {@code System.err}. PrintStream hands it whole characters per
     * write, so sending between writes never splits a UTF-8 sequence.
     */
    private final class Coalescing extends OutputStream {
        private final Pending own;
        private final Pending other;

        Coalescing(Pending own, Pending other) {
            this.own = own;
            this.other = other;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            synchronized (lock) {
                other.send();
                own.bytes.write(b, off, len);
                if (own.bytes.size() >= MAX_PENDING) {
                    own.send();
                }
            }
        }

        @Override
        public void flush() {
            synchronized (lock) {
                own.send();
            }
        }
    }
}

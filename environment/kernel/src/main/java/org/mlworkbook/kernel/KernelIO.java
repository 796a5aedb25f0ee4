package org.mlworkbook.kernel;

import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;
import io.github.spencerpark.jupyter.kernel.JupyterIO;
import java.nio.charset.StandardCharsets;

/**
 * The kernel's standard streams and display stream, attached to one execute request at a time.
 * Text still buffered is flushed before the request is detached, so nothing printed is lost.
 */
final class KernelIO extends JupyterIO {
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
    }

    /**
     * Flushes, then stops sending output to the request.
     *
     * @param env the environment given to {@link #attach(ShellReplyEnvironment, boolean)}
     */
    void detach(ShellReplyEnvironment env) {
        flush();
        retractEnv(env);
    }

    /** Sends buffered standard output and error text now. */
    void flush() {
        out.flush();
        err.flush();
    }
}

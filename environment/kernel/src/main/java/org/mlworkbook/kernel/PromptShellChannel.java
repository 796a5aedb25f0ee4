package org.mlworkbook.kernel;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.channels.Loop;
import io.github.spencerpark.jupyter.channels.ShellChannel;
import io.github.spencerpark.jupyter.channels.ShellHandler;
import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import io.github.spencerpark.jupyter.messages.HMACGenerator;
import io.github.spencerpark.jupyter.messages.Message;
import java.util.logging.Level;
import org.zeromq.ZMQ;

/**
 * A shell or control channel that waits for requests in a blocking poll. basekernel's
 * {@link ShellChannel} looks without waiting and then sleeps 50 ms, so a request sent right after
 * the previous reply, as "Run All" does, sat idle for those 50 ms: about as long as evaluating a
 * small cell. Requests are dispatched as basekernel's channel does it: to the connection's handler
 * for the message type, with the reply environment's deferred messages sent afterwards.
 */
final class PromptShellChannel extends ShellChannel {
    /** The longest a poll blocks, which bounds how long closing the channel takes. */
    private static final long WAIT_MS = 100;

    private final boolean isControl;
    private final JupyterConnection connection;
    private volatile Loop loop;

    /**
     * @param context    the ZeroMQ context
     * @param hmac       signs and checks messages
     * @param isControl  whether this is the control channel (else the shell channel)
     * @param connection the connection whose handlers serve the requests
     */
    PromptShellChannel(ZMQ.Context context, HMACGenerator hmac, boolean isControl, JupyterConnection connection) {
        super(context, hmac, isControl, connection);
        this.isControl = isControl;
        this.connection = connection;
    }

    @Override
    public void bind(KernelConnectionProperties properties) {
        if (loop != null) {
            throw new IllegalStateException("bind: channel expected unbound, got bound");
        }
        int port = isControl ? properties.getControlPort() : properties.getShellPort();
        bind(formatAddress(properties.getTransport(), properties.getIp(), port));
        ZMQ.Poller poller = ctx.poller(1);
        poller.register(this, ZMQ.Poller.POLLIN);
        loop = new Loop(isControl ? "Control" : "Shell", () -> {
            if (poller.poll(WAIT_MS) > 0) {
                dispatch(readMessage());
            }
            return 0;
        });
        loop.start();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void dispatch(Message message) {
        ShellHandler handler = connection.getHandler(message.getHeader().getType());
        if (handler == null) {
            logger.log(Level.SEVERE, "Unhandled message: " + message.getHeader().getType().getName());
            return;
        }
        ShellReplyEnvironment env = connection.prepareReplyEnv(this, message);
        try {
            handler.handle(env, message);
        } catch (RuntimeException e) {
            logger.log(Level.SEVERE, "Unhandled exception handling " + message.getHeader().getType().getName(), e);
        } finally {
            env.resolveDeferrals();
        }
        if (env.isMarkedForShutdown()) {
            connection.close();
        }
    }

    /** Stops the loop, waiting for its poll to return unless called from the loop itself, then closes. */
    @Override
    public void close() {
        Loop running = loop;
        if (running != null) {
            running.shutdown();
            if (Thread.currentThread() != running) {
                joinQuietly(running);
            }
        }
        super.close();
    }

    @Override
    public void waitUntilClose() {
        Loop running = loop;
        if (running != null) {
            joinQuietly(running);
        }
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.mlworkbook.kernel;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.channels.ShellChannel;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import io.github.spencerpark.jupyter.messages.HMACGenerator;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.publish.PublishStatus;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import org.zeromq.ZMQ;

/**
 * basekernel's {@link JupyterConnection} with {@link PromptShellChannel}s as shell and control
 * channels: requests are served as soon as they arrive, not up to 50 ms later.
 */
final class PromptConnection extends JupyterConnection {
    private final KernelConnectionProperties properties;
    private final ZMQ.Context context = ZMQ.context(1);
    private final ShellChannel promptShell;
    private final ShellChannel promptControl;

    /**
     * @param properties the connection file's contents
     * @throws NoSuchAlgorithmException if the signature scheme is unknown
     * @throws InvalidKeyException      if the key does not suit the signature scheme
     */
    PromptConnection(KernelConnectionProperties properties) throws NoSuchAlgorithmException, InvalidKeyException {
        super(properties);
        this.properties = properties;
        HMACGenerator hmac = properties.createHMACGenerator();
        this.promptShell = new PromptShellChannel(context, hmac, false, this);
        this.promptControl = new PromptShellChannel(context, hmac, true, this);
    }

    /** Binds the prompt shell and control channels in place of basekernel's, then announces the start. */
    @Override
    public void connect() {
        heartbeat.bind(properties);
        promptShell.bind(properties);
        promptControl.bind(properties);
        stdin.bind(properties);
        iopub.bind(properties);
        iopub.sendMessage(new Message<>(null, PublishStatus.MESSAGE_TYPE, PublishStatus.STARTING));
    }

    @Override
    public void close() {
        promptShell.close();
        promptControl.close();
        context.close();
        super.close();
    }

    @Override
    public void waitUntilClose() {
        promptShell.waitUntilClose();
        promptControl.waitUntilClose();
        super.waitUntilClose();
    }
}

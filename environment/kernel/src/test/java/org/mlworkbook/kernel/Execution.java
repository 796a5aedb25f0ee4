package org.mlworkbook.kernel;

import io.github.spencerpark.jupyter.channels.JupyterSocket;
import io.github.spencerpark.jupyter.channels.ShellChannel;
import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.messages.HMACGenerator;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.publish.PublishDisplayData;
import io.github.spencerpark.jupyter.messages.publish.PublishError;
import io.github.spencerpark.jupyter.messages.publish.PublishExecuteResult;
import io.github.spencerpark.jupyter.messages.publish.PublishStream;
import io.github.spencerpark.jupyter.messages.reply.ErrorReply;
import io.github.spencerpark.jupyter.messages.reply.ExecuteReply;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;

/**
 * One execute request run through {@link WorkbookKernel#execute}, the path Jupyter's requests
 * take, with every message the kernel sent recorded in order.
 */
final class Execution {
    private static final ZMQ.Context ZMQ_CONTEXT = ZMQ.context(1);

    final List<Object> messages = Collections.synchronizedList(new ArrayList<>());

    private Execution() {
    }

    /**
     * Runs a cell and resolves the deferred reply, as the shell channel does.
     *
     * @param kernel the kernel
     * @param code   the cell
     * @return what the kernel sent
     */
    static Execution run(WorkbookKernel kernel, String code) {
        Execution execution = new Execution();
        ShellReplyEnvironment env = new RecordingEnvironment(execution.messages);
        kernel.execute(env, code, false);
        env.resolveDeferrals();
        return execution;
    }

    /** @return all text written to the stream, e.g. "stdout" */
    String stream(String name) {
        return messages.stream().filter(m -> m instanceof PublishStream).map(m -> (PublishStream) m)
                .filter(s -> s.getStreamType().name().equalsIgnoreCase(name.replace("std", "")))
                .map(PublishStream::getText).collect(Collectors.joining());
    }

    /** @return how many stream messages went to the stream, e.g. "stdout" */
    long streamMessages(String name) {
        return messages.stream().filter(m -> m instanceof PublishStream).map(m -> (PublishStream) m)
                .filter(s -> s.getStreamType().name().equalsIgnoreCase(name.replace("std", ""))).count();
    }

    /** @return every stream message in order, as "stdout:text" or "stderr:text" */
    List<String> streamTexts() {
        return messages.stream().filter(m -> m instanceof PublishStream).map(m -> (PublishStream) m)
                .map(s -> "std" + s.getStreamType().name().toLowerCase() + ":" + s.getText()).toList();
    }

    /** @return the execute_result, or null */
    DisplayData result() {
        return messages.stream().filter(m -> m instanceof PublishExecuteResult).map(m -> (DisplayData) m)
                .findFirst().orElse(null);
    }

    /** @return the display_data messages */
    List<DisplayData> displays() {
        return messages.stream().filter(m -> m instanceof PublishDisplayData).map(m -> (DisplayData) m).toList();
    }

    /** @return the error output, or null */
    PublishError error() {
        return messages.stream().filter(m -> m instanceof PublishError).map(m -> (PublishError) m).findFirst().orElse(null);
    }

    /** @return whether the reply said ok */
    boolean ok() {
        return messages.stream().anyMatch(m -> m instanceof ExecuteReply)
                && messages.stream().noneMatch(m -> m instanceof ErrorReply);
    }

    /** @return the error's traceback lines joined by new lines */
    String traceback() {
        return String.join("\n", Objects.requireNonNull(error(), "no error output").getStacktrace());
    }

    @Override
    public String toString() {
        return messages.toString();
    }

    /** A reply environment whose sockets record message contents instead of sending them. */
    private static final class RecordingEnvironment extends ShellReplyEnvironment {
        RecordingEnvironment(List<Object> sink) {
            super(new RecordingShell(sink), null, new RecordingSocket(sink), null);
        }
    }

    private static final class RecordingSocket extends JupyterSocket {
        private final List<Object> sink;

        RecordingSocket(List<Object> sink) {
            super(ZMQ_CONTEXT, SocketType.PUB, HMACGenerator.NO_AUTH_INSTANCE, Logger.getLogger("test-iopub"));
            this.sink = sink;
        }

        @Override
        public void bind(KernelConnectionProperties connProps) {
            throw new UnsupportedOperationException("bind: a recording socket is never bound");
        }

        @Override
        public synchronized void sendMessage(Message<?> message) {
            sink.add(message.getContent());
        }
    }

    private static final class RecordingShell extends ShellChannel {
        private final List<Object> sink;

        RecordingShell(List<Object> sink) {
            super(ZMQ_CONTEXT, HMACGenerator.NO_AUTH_INSTANCE, false, null);
            this.sink = sink;
        }

        @Override
        public synchronized void sendMessage(Message<?> message) {
            sink.add(message.getContent());
        }
    }
}

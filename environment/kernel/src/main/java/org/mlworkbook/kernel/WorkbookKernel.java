package org.mlworkbook.kernel;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;
import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.JupyterIO;
import io.github.spencerpark.jupyter.kernel.LanguageInfo;
import io.github.spencerpark.jupyter.kernel.ReplacementOptions;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import io.github.spencerpark.jupyter.kernel.magic.CellMagicParseContext;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.MessageType;
import io.github.spencerpark.jupyter.messages.publish.PublishError;
import io.github.spencerpark.jupyter.messages.publish.PublishExecuteInput;
import io.github.spencerpark.jupyter.messages.publish.PublishExecuteResult;
import io.github.spencerpark.jupyter.messages.reply.ErrorReply;
import io.github.spencerpark.jupyter.messages.reply.ExecuteReply;
import io.github.spencerpark.jupyter.messages.request.ExecuteRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import jdk.jshell.SourceCodeAnalysis;

/**
 * The ML Workbook Jupyter kernel: Java cells evaluated by JShell inside the kernel's JVM, so that
 * {@code display(...)} and the renderers see the real objects. From a notebook it behaves like
 * IJava 1.3.0: the same environment variables ({@link KernelConfig}), magics ({@link CellMagics}),
 * display calls ({@link Display}) and {@link #getKernelInstance()}.
 * <p>
 * JShell starts, and the start-up scripts run, in the background as soon as the kernel is
 * constructed; the first request that needs JShell waits for it.
 */
public final class WorkbookKernel extends BaseKernel {
    private static final String DISPLAY_API = "display-api.jshell";
    /**
     * Tablesaw's table class, whose static initialiser scans the whole class path for readers and writers
     * (≈ 0.5 s); the kernel runs it in the background after start-up, while the student reads, so the first
     * data set or table does not pay for it.
     */
    private static final String TABLESAW_TABLE = "tech.tablesaw.api.Table";
    private static volatile WorkbookKernel instance;

    private final KernelIO io = new KernelIO();
    private final CellMagics magics = new CellMagics(this::addToClasspath, this::runLoaded);
    private final CompletableFuture<CellEvaluator> evaluator;
    private final List<CellError> startupErrors = new ArrayList<>();
    private final LanguageInfo languageInfo = new LanguageInfo.Builder("java")
            .version(Runtime.version().toString())
            .mimetype("text/x-java")
            .fileExtension(".jshell")
            .pygments("java")
            .codemirror("text/x-java")
            .build();

    /**
     * Creates the kernel and starts JShell and the start-up scripts in the background. The new
     * kernel becomes {@link #getKernelInstance()}.
     *
     * @param config the class path, start-up scripts, time limit and compiler options
     */
    public WorkbookKernel(KernelConfig config) {
        instance = this;
        this.evaluator = CompletableFuture.supplyAsync(() -> start(config), task -> {
            Thread starter = new Thread(task, "kernel-start");
            starter.setDaemon(true);
            starter.start();
        });
    }

    /**
     * The kernel that cell code runs in; the library finds it reflectively by this name, as in IJava.
     *
     * @return the kernel that most recently started or evaluated a cell, {@code null} when none runs
     */
    public static WorkbookKernel getKernelInstance() {
        return instance;
    }

    /** @return the streams of the current execute request: standard output, error, input and display */
    @Override
    public JupyterIO getIO() {
        return io;
    }

    /**
     * Shows display data now, as a {@code display_data} output of the current request.
     *
     * @param data the data; a {@code text/plain} entry is added when it has none
     */
    @Override
    public void display(DisplayData data) {
        io.display.display(withPlainText(data));
    }

    /**
     * Renders a value as the cell result or {@code display(...)} shows it.
     *
     * @param value the value; a {@link DisplayData} is taken as it is
     * @return the data, always with a {@code text/plain} entry
     */
    public DisplayData render(Object value) {
        return value instanceof DisplayData ? withPlainText((DisplayData) value) : getRenderer().render(value);
    }

    /**
     * Renders a value as the given MIME types, plus {@code text/plain}.
     *
     * @param value     the value; a {@link DisplayData} is taken as it is
     * @param mimeTypes the MIME types, e.g. {@code "text/html"}
     * @return the data, always with a {@code text/plain} entry
     */
    public DisplayData render(Object value, String... mimeTypes) {
        return value instanceof DisplayData ? withPlainText((DisplayData) value) : getRenderer().renderAs(value, mimeTypes);
    }

    /**
     * Adds a jar or class directory to the class path of the compiler and of cell code.
     *
     * @param path the path
     */
    public void addToClasspath(String path) {
        evaluator().addToClasspath(path);
    }

    /** @return Java, the running Java version, {@code .jshell} files and {@code text/x-java} highlighting */
    @Override
    public LanguageInfo getLanguageInfo() {
        return languageInfo;
    }

    /** @return the Java version and the kernel's name */
    @Override
    public String getBanner() {
        return "Java " + Runtime.version() + " · ML Workbook kernel";
    }

    /**
     * Handles the connection's requests; execute requests go to {@link #eval(String)} with
     * errors named after their Java class, and all output flushed before the reply.
     *
     * @param connection the Jupyter connection
     */
    @Override
    public void becomeHandlerForConnection(JupyterConnection connection) {
        super.becomeHandlerForConnection(connection);
        connection.setHandler(MessageType.EXECUTE_REQUEST, this::handleExecuteRequest);
    }

    /**
     * Evaluates a cell.
     *
     * @param code the cell source: Java snippets and line magics
     * @return the rendered value of the trailing expression, or {@code null} if there is none
     * @throws CellError for a compile error, an exception, a failed magic or a cancelled cell
     */
    @Override
    public DisplayData eval(String code) throws CellError {
        CellEvaluator cells = evaluator();
        instance = this;
        reportStartupErrors();
        cells.beginCell();
        try {
            Object value = run(cells, code);
            cells.throwIfCancelled();
            return value == null ? null : renderResult(value);
        } finally {
            cells.endCell();
            io.flush();
        }
    }

    /** Stops the running cell, busy loops included; it ends with a "Cell interrupted" error. */
    @Override
    public void interrupt() {
        if (evaluator.isDone() && !evaluator.isCompletedExceptionally()) {
            evaluator.join().cancel(UserThread.Cancel.INTERRUPTED);
        }
    }

    /**
     * Completes code with JShell's suggestions, those matching the expected type first.
     *
     * @param code the cell source
     * @param at   the cursor position
     * @return the replacements for the identifier before the cursor, or {@code null} if there are none
     */
    @Override
    public ReplacementOptions complete(String code, int at) {
        int[] anchor = new int[1];
        List<SourceCodeAnalysis.Suggestion> suggestions = evaluator().analysis().completionSuggestions(code, at, anchor);
        List<String> options = suggestions.stream()
                .sorted(Comparator.comparing(s -> !s.matchesType()))
                .map(SourceCodeAnalysis.Suggestion::continuation)
                .distinct()
                .toList();
        return options.isEmpty() ? null : new ReplacementOptions(options, anchor[0], at);
    }

    /**
     * Shift-Tab help: the signatures of the method or constructor whose call the cursor is in (all overloads), as
     * JShell's {@code /doc} gives them; with extra detail also their Javadoc where JShell finds the sources.
     *
     * @param code        the cell source
     * @param at          the cursor position
     * @param extraDetail whether to add the Javadoc
     * @return the documentation as text/plain, or {@code null} when there is nothing to document
     */
    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        SourceCodeAnalysis analysis = evaluator().analysis();
        String before = magics.withoutMagics(code.substring(0, Math.max(0, Math.min(at, code.length()))));
        while (true) {  // skip the complete snippets before the one the cursor is in
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(before);
            if (!info.completeness().isComplete() || info.remaining().isBlank()) break;
            before = info.remaining();
        }
        String text = analysis.documentation(before, before.length(), extraDetail).stream()
                .map(doc -> doc.javadoc() == null || doc.javadoc().isBlank() ? doc.signature()
                        : doc.signature() + "\n" + doc.javadoc().strip())
                .distinct()
                .collect(Collectors.joining(extraDetail ? "\n\n" : "\n"));
        return text.isEmpty() ? null : new DisplayData(text);
    }

    /**
     * @param code the cell source
     * @return {@code "complete"}, {@code "invalid"}, or the indent of the next line when the code is incomplete
     */
    @Override
    public String isComplete(String code) {
        SourceCodeAnalysis analysis = evaluator().analysis();
        String rest = magics.withoutMagics(code);
        while (true) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            switch (info.completeness()) {
                case EMPTY:
                    return IS_COMPLETE_YES;
                case COMPLETE:
                case COMPLETE_WITH_SEMI:
                    rest = info.remaining();
                    break;
                case UNKNOWN:
                    return IS_COMPLETE_BAD;
                default:
                    return nextIndent(rest);
            }
        }
    }

    /**
     * @param e the failure of a request
     * @return the lines of its {@link CellError} traceback
     */
    @Override
    public List<String> formatError(Exception e) {
        return asCellError(e).traceback();
    }

    /**
     * Closes JShell and its user thread.
     *
     * @param isRestarting whether the front end starts a new kernel right after
     */
    @Override
    public void onShutdown(boolean isRestarting) {
        if (instance == this) {
            instance = null;
        }
        evaluator.thenAccept(CellEvaluator::close);
    }

    /**
     * Runs one execute request the way Jupyter sees it: busy status, input, streams, the result or
     * the error, then (deferred to the end of the request) the reply and idle status.
     *
     * @param env          the request's reply environment
     * @param code         the cell source
     * @param stdinEnabled whether the front end can answer input requests
     */
    synchronized void execute(ShellReplyEnvironment env, String code, boolean stdinEnabled) {
        int count = executionCount.getAndIncrement();
        env.setBusyDeferIdle();
        env.publish(new PublishExecuteInput(code, count));
        PrintStream out = System.out;
        PrintStream err = System.err;
        InputStream in = System.in;
        if (shouldReplaceStdStreams()) {
            System.setOut(io.stdout);
            System.setErr(io.stderr);
            System.setIn(io.in);
        }
        io.attach(env, stdinEnabled);
        try {
            DisplayData result = eval(code);
            if (result != null) {
                env.publish(new PublishExecuteResult(count, result));
            }
            env.defer().reply(new ExecuteReply(count, Map.of()));
        } catch (Exception e) {
            io.flush();
            CellError error = asCellError(e);
            env.publish(new PublishError(error.name(), error.getMessage(), error.traceback()));
            ErrorReply reply = new ErrorReply(error.name(), error.getMessage(), error.traceback());
            reply.setExecutionCount(count);
            env.defer().replyError(ExecuteReply.MESSAGE_TYPE.error(), reply);
        } finally {
            io.detach(env);
            if (shouldReplaceStdStreams()) {
                System.setOut(out);
                System.setErr(err);
                System.setIn(in);
            }
        }
    }

    private void handleExecuteRequest(ShellReplyEnvironment env, Message<ExecuteRequest> message) {
        commManager.setMessageContext(message);
        execute(env, message.getContent().getCode(), message.getContent().isStdinEnabled());
    }

    private CellEvaluator start(KernelConfig config) {
        CellEvaluator cells = new CellEvaluator(config);
        List<String> scripts = new ArrayList<>();
        scripts.add(resource(DISPLAY_API));
        scripts.addAll(config.startupScripts());
        cells.beginCell();
        try {
            for (String script : scripts) {
                try {
                    run(cells, script);
                } catch (CellError e) {
                    synchronized (startupErrors) {
                        startupErrors.add(e);
                    }
                }
            }
        } finally {
            cells.endCell();
        }
        cells.initializeInBackground(TABLESAW_TABLE);
        return cells;
    }

    private Object run(CellEvaluator cells, String code) throws CellError {
        CellMagicParseContext cellMagic = magics.cellMagic(code);
        if (cellMagic != null) {
            applyMagic(() -> magics.apply(cellMagic));
            return null;
        }
        Object value = null;
        for (CellMagics.Part part : magics.split(code)) {
            cells.throwIfCancelled();
            if (part.magic() != null) {
                applyMagic(() -> magics.apply(part.magic()));
                value = null;
            } else {
                value = cells.eval(part.code(), part.firstLine());
            }
        }
        return value;
    }

    /** Renders a cell's value; a renderer that fails, even with an {@link Error}, fails the cell only. */
    private DisplayData renderResult(Object value) throws CellError {
        try {
            return render(value);
        } catch (RuntimeException | Error e) {
            throw CellErrors.of(e);
        }
    }

    private void runLoaded(String code) throws CellError {
        run(evaluator(), code);
    }

    /** A magic's action. */
    @FunctionalInterface
    private interface MagicAction {
        void run() throws Exception;
    }

    private static void applyMagic(MagicAction action) throws CellError {
        try {
            action.run();
        } catch (CellError e) {
            throw e;
        } catch (Exception e) {
            throw CellErrors.of(e);
        }
    }

    private CellEvaluator evaluator() {
        try {
            return evaluator.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("evaluator: JShell expected to start, got " + e.getCause(), e.getCause());
        }
    }

    private void reportStartupErrors() {
        synchronized (startupErrors) {
            for (CellError e : startupErrors) {
                System.err.println("A start-up script failed: " + e.name() + ": " + e.getMessage());
                e.traceback().forEach(System.err::println);
            }
            startupErrors.clear();
        }
    }

    private static CellError asCellError(Exception e) {
        return e instanceof CellError ? (CellError) e : CellErrors.of(e);
    }

    private static DisplayData withPlainText(DisplayData data) {
        if (!data.hasDataForType(MIMEType.TEXT_PLAIN)) {
            data.putText("[rich output: shown by front ends that support its MIME type]");
        }
        return data;
    }

    private static String nextIndent(String code) {
        String last = code.strip().isEmpty() ? "" : code.stripTrailing().lines().reduce((a, b) -> b).orElse("");
        String indent = last.substring(0, last.length() - last.stripLeading().length());
        return last.endsWith("{") ? indent + "    " : indent;
    }

    private static String resource(String name) {
        try (InputStream in = WorkbookKernel.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource: " + name + " expected in the kernel jar, got none");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("resource: " + name + " expected readable", e);
        }
    }
}

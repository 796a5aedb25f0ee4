package org.mlworkbook.kernel;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import jdk.jshell.execution.DirectExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * Runs JShell's snippets in the kernel's own JVM, on the {@link UserThread}, and keeps the real
 * value of each one: JShell only gets a key, and {@link #takeValue(String)} hands the object
 * itself to the kernel so that it can be rendered. A cancelled snippet ends in JShell's
 * {@link ExecutionControl.StoppedException}, which leaves JShell's state consistent.
 */
final class InProcessExecutionControl extends DirectExecutionControl {
    private static final Object NULL = new Object();

    private final UserThread userThread;
    private final Map<String, Object> values = new ConcurrentHashMap<>();
    private final AtomicLong nextKey = new AtomicLong();

    InProcessExecutionControl(SnippetLoader loader, UserThread userThread) {
        super(loader);
        this.userThread = userThread;
    }

    /**
     * Removes and returns the value kept under a key from {@link #invoke(Method)}.
     *
     * @param key the key, the {@code value()} of JShell's snippet event
     * @return the value, {@code null} for a {@code null} value or an unknown key
     */
    Object takeValue(String key) {
        Object value = values.remove(key);
        return value == NULL ? null : value;
    }

    /** @return a provider that hands this control to {@code JShell.builder().executionEngine(...)} */
    ExecutionControlProvider provider() {
        return new ExecutionControlProvider() {
            @Override
            public String name() {
                return "mlworkbook-in-process";
            }

            @Override
            public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
                return InProcessExecutionControl.this;
            }
        };
    }

    @Override
    protected String invoke(Method doitMethod) throws Exception {
        Object value;
        try {
            value = userThread.run(() -> doitMethod.invoke(null));
        } catch (CellCancelledError e) {
            throw new StoppedException();
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof CellCancelledError || userThread.cancelReason() != null) {
                throw new StoppedException();
            }
            throw e;
        }
        String key = "value-" + nextKey.incrementAndGet();
        values.put(key, value == null ? NULL : value);
        return key;
    }

    @Override
    public void stop() {
        userThread.cancel(UserThread.Cancel.INTERRUPTED);
    }

    @Override
    public void close() {
        userThread.close();
    }
}

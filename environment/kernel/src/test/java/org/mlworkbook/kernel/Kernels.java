package org.mlworkbook.kernel;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Kernels for tests: the library's test class path and the real start-up script. */
final class Kernels {
    /** The workbook's start-up script, relative to this module. */
    static final Path STARTUP_SCRIPT = Path.of("../startup.jshell");

    private static WorkbookKernel shared;

    private Kernels() {
    }

    /** @return one kernel shared by the tests that do not need their own configuration */
    static synchronized WorkbookKernel shared() {
        if (shared == null) {
            shared = create(-1);
        }
        return shared;
    }

    /**
     * @param timeoutMs the cell time limit, -1 for none
     * @return a new kernel with the test class path and the real start-up script
     */
    static WorkbookKernel create(long timeoutMs) {
        return new WorkbookKernel(config(timeoutMs));
    }

    /**
     * @return the text/plain of the cell's value, null when it has none
     * @throws AssertionError when the cell fails
     */
    static String plain(WorkbookKernel kernel, String code) {
        try {
            DisplayData data = kernel.eval(code);
            return data == null ? null : (String) data.getData(MIMEType.TEXT_PLAIN);
        } catch (CellError e) {
            throw new AssertionError(e.name() + ": " + e.getMessage() + "\n" + String.join("\n", e.traceback()), e);
        }
    }

    static KernelConfig config(long timeoutMs) {
        try {
            List<String> classpath = PathGlobs.split(System.getProperty("java.class.path"));
            return new KernelConfig(classpath, List.of(Files.readString(STARTUP_SCRIPT)), timeoutMs, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.mlworkbook.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spencerpark.jupyter.messages.publish.PublishError;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InterruptTest {
    private static final Duration LIMIT = Duration.ofSeconds(20);

    private final WorkbookKernel kernel = Kernels.shared();

    /** Runs the cell on another thread and interrupts it half a second later. */
    private Execution runAndInterrupt(String cell) throws Exception {
        Kernels.plain(kernel, "1");
        CompletableFuture<Execution> run = CompletableFuture.supplyAsync(() -> Execution.run(kernel, cell));
        TimeUnit.MILLISECONDS.sleep(500);
        kernel.interrupt();
        return run.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
    }

    @Test
    void busyLoopStopsOnInterruptAndNextCellRuns() {
        assertTimeoutPreemptively(LIMIT, () -> {
            Execution run = runAndInterrupt("while (true) {}");
            PublishError error = run.error();
            assertNotNull(error, run::toString);
            assertEquals("Cell interrupted", error.getErrorMessage());
            assertEquals("InterruptedException", error.getErrorName());
            assertEquals("2", Kernels.plain(kernel, "1 + 1"));
        });
    }

    @Test
    void loopThatSwallowsThrowablesStillStops() {
        assertTimeoutPreemptively(LIMIT, () -> {
            Execution run = runAndInterrupt("long spins = 0;\nwhile (true) { try { spins++; } catch (Throwable t) { } }");
            assertEquals("Cell interrupted", run.error().getErrorMessage(), run::toString);
            assertTrue(Long.parseLong(Kernels.plain(kernel, "spins")) > 0);
        });
    }

    @Test
    void sleepingCellStopsOnInterrupt() {
        assertTimeoutPreemptively(LIMIT, () -> {
            Execution run = runAndInterrupt("Thread.sleep(60_000);");
            assertEquals("Cell interrupted", run.error().getErrorMessage(), run::toString);
        });
    }

    @Test
    void loopInAMethodDeclaredInAnEarlierCellStops() {
        assertTimeoutPreemptively(LIMIT, () -> {
            Kernels.plain(kernel, "int spinForever() { int i = 0; while (i >= 0) { i = (i + 1) % 10; } return i; }");
            Execution run = runAndInterrupt("int never = spinForever();");
            assertEquals("Cell interrupted", run.error().getErrorMessage(), run::toString);
            assertEquals("0", Kernels.plain(kernel, "never"));
        });
    }

    @Test
    void endlessLibraryLoopCallingACellLambdaStops() {
        assertTimeoutPreemptively(LIMIT, () -> {
            Execution run = runAndInterrupt("java.util.stream.IntStream.iterate(0, i -> i + 1).forEach(i -> { });");
            assertEquals("Cell interrupted", run.error().getErrorMessage(), run::toString);
            assertEquals("8", Kernels.plain(kernel, "2 * 4"));
        });
    }

    @Test
    void cellStuckInUninstrumentedLibraryCodeIsReportedAndLaterCellsRun() {
        assertTimeoutPreemptively(LIMIT, () -> {
            try {
                Execution run = runAndInterrupt("long turns = org.mlworkbook.kernel.StubbornLoop.spin();");
                assertEquals("Cell interrupted", run.error().getErrorMessage(), run::toString);
                if (Runtime.version().feature() >= 20) {
                    assertTrue(run.stream("stderr").contains("left running"), run::toString);
                }
                assertEquals("10", Kernels.plain(kernel, "5 * 2"));
            } finally {
                StubbornLoop.release();
            }
        });
    }

    @Test
    void laterSnippetsOfAnInterruptedCellDoNotRun() {
        assertTimeoutPreemptively(LIMIT, () -> {
            Kernels.plain(kernel, "int marker = 0;");
            runAndInterrupt("while (true) {}\nmarker = 1;");
            assertEquals("0", Kernels.plain(kernel, "marker"));
        });
    }

    @Test
    void interruptBetweenCellsDoesNotCancelTheNextCell() {
        kernel.interrupt();
        assertEquals("6", Kernels.plain(kernel, "2 * 3"));
    }

    @Test
    void ijavaTimeoutStopsALongCellAndLaterCellsRun() {
        assertTimeoutPreemptively(LIMIT, () -> {
            WorkbookKernel limited = Kernels.create(300);
            try {
                Execution run = Execution.run(limited, "while (true) {}");
                assertEquals("TimeoutException", run.error().getErrorName(), run::toString);
                assertEquals("Cell timed out after 300 ms", run.error().getErrorMessage());
                assertEquals("4", Kernels.plain(limited, "2 + 2"));
            } finally {
                limited.onShutdown(false);
            }
        });
    }
}

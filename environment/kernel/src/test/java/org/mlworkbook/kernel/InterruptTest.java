package org.mlworkbook.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InterruptTest {
    private static final Duration LIMIT = Duration.ofSeconds(20);

    private final WorkbookKernel kernel = Kernels.shared();

    /** Runs the cell on another thread, interrupts it half a second later and checks that it says so. */
    private Execution interrupted(String cell) {
        return assertTimeoutPreemptively(LIMIT, () -> {
            Kernels.plain(kernel, "1");
            CompletableFuture<Execution> running = CompletableFuture.supplyAsync(() -> Execution.run(kernel, cell));
            TimeUnit.MILLISECONDS.sleep(500);
            kernel.interrupt();
            Execution run = running.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
            assertNotNull(run.error(), run::toString);
            assertEquals("Cell interrupted", run.error().getErrorMessage(), run::toString);
            assertEquals("InterruptedException", run.error().getErrorName());
            return run;
        });
    }

    @Test
    void busyLoopStopsOnInterruptAndNextCellRuns() {
        interrupted("while (true) {}");
        assertEquals("2", Kernels.plain(kernel, "1 + 1"));
    }

    @Test
    void loopThatSwallowsThrowablesStillStops() {
        interrupted("long spins = 0;\nwhile (true) { try { spins++; } catch (Throwable t) { } }");
        assertTrue(Long.parseLong(Kernels.plain(kernel, "spins")) > 0);
    }

    @Test
    void sleepingCellStopsOnInterrupt() {
        interrupted("Thread.sleep(60_000);");
    }

    @Test
    void loopInAMethodDeclaredInAnEarlierCellStops() {
        Kernels.plain(kernel, "int spinForever() { int i = 0; while (i >= 0) { i = (i + 1) % 10; } return i; }");
        interrupted("int never = spinForever();");
        assertEquals("0", Kernels.plain(kernel, "never"));
    }

    @Test
    void endlessLibraryLoopCallingACellLambdaStops() {
        interrupted("java.util.stream.IntStream.iterate(0, i -> i + 1).forEach(i -> { });");
        assertEquals("8", Kernels.plain(kernel, "2 * 4"));
    }

    @Test
    void cellStuckInUninstrumentedLibraryCodeIsReportedAndLaterCellsRun() {
        try {
            Execution run = interrupted("long turns = org.mlworkbook.kernel.StubbornLoop.spin();");
            if (Runtime.version().feature() >= 20) {
                assertTrue(run.stream("stderr").contains("left running"), run::toString);
            }
            assertEquals("10", Kernels.plain(kernel, "5 * 2"));
        } finally {
            StubbornLoop.release();
        }
    }

    @Test
    void laterSnippetsOfAnInterruptedCellDoNotRun() {
        Kernels.plain(kernel, "int marker = 0;");
        interrupted("while (true) {}\nmarker = 1;");
        assertEquals("0", Kernels.plain(kernel, "marker"));
    }

    @Test
    void interruptBetweenCellsDoesNotCancelTheNextCell() {
        kernel.interrupt();
        assertEquals("6", Kernels.plain(kernel, "2 * 3"));
    }

    @Test
    void ijavaTimeoutStopsALongCellAndLaterCellsRun() {
        WorkbookKernel limited = Kernels.create(300);
        try {
            Execution run = assertTimeoutPreemptively(LIMIT, () -> Execution.run(limited, "while (true) {}"));
            assertEquals("TimeoutException", run.error().getErrorName(), run::toString);
            assertEquals("Cell timed out after 300 ms", run.error().getErrorMessage());
            assertEquals("4", Kernels.plain(limited, "2 + 2"));
        } finally {
            limited.onShutdown(false);
        }
    }
}

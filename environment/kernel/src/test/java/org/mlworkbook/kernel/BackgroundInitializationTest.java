package org.mlworkbook.kernel;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BackgroundInitializationTest {

    /** Counted down by the static initialiser of {@link SlowToInitialize}; referencing it does not initialise that class. */
    static final CountDownLatch INITIALIZED = new CountDownLatch(1);

    /** Stands for a class whose static initialiser is slow, like Tablesaw's Table. */
    static final class SlowToInitialize {
        static {
            INITIALIZED.countDown();
        }
    }

    @Test
    void aClassOfTheCellClassPathIsInitialisedWithoutACellUsingIt() throws Exception {
        try (CellEvaluator cells = new CellEvaluator(Kernels.config(-1))) {
            cells.initializeInBackground(SlowToInitialize.class.getName());
            assertTrue(INITIALIZED.await(60, TimeUnit.SECONDS), "the static initialiser never ran");
        }
    }

    @Test
    void aClassThatIsNotOnTheClassPathIsIgnoredAndCellsStillRun() throws Exception {
        try (CellEvaluator cells = new CellEvaluator(Kernels.config(-1))) {
            cells.initializeInBackground("no.such.Preloaded");
            cells.beginCell();
            try {
                assertTrue((Boolean) cells.eval("1 + 1 == 2", 1));
            } finally {
                cells.endCell();
            }
        }
    }
}

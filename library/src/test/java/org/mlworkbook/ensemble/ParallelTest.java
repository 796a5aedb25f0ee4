package org.mlworkbook.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlworkbook.math.Rng;

class ParallelTest {

    @Test
    void resultsComeBackInIndexOrderWhateverTheThreadCount() {
        for (int threads : new int[] {1, 2, 3, 0}) {
            assertEquals(List.of(0, 1, 4, 9, 16, 25, 36), Parallel.map(7, threads, i -> i * i));
        }
        assertEquals(List.of(), Parallel.map(0, 2, i -> i));
    }

    @Test
    void memberSeedsAreTheRngStreamOfTheEnsembleSeed() {
        Rng rng = new Rng(5);
        long[] expected = {rng.nextLong(), rng.nextLong(), rng.nextLong()};
        assertArrayEquals(expected, Parallel.seeds(5, 3));
    }

    @Test
    void aFailingTaskIsRethrown() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Parallel.map(5, 2, i -> {
            if (i == 3) {
                throw new IllegalArgumentException("task 3");
            }
            return i;
        }));
        assertEquals("task 3", e.getMessage());
    }

    @Test
    void zeroThreadsMeansEveryCoreAndNegativeIsRejected() {
        assertEquals(Runtime.getRuntime().availableProcessors(), Parallel.resolve(0));
        assertEquals(2, Parallel.resolve(2));
        assertThrows(IllegalArgumentException.class, () -> Parallel.requireThreads("threads", -1));
    }
}

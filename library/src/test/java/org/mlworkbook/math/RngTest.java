package org.mlworkbook.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RngTest {

    @Test
    void firstOutputForSeedZeroIsTheSplitMix64ReferenceValue() {
        assertEquals(0xE220A8397B1DCDAFL, new Rng(0).nextLong());
    }

    @Test
    void firstUniformIsTheTop53BitsOfTheFirstOutputScaled() {
        assertEquals((0xE220A8397B1DCDAFL >>> 11) * 0x1.0p-53, new Rng(0).uniform(), 0.0);
    }

    @Test
    void firstNormalsForSeedZeroMatchThePeerBenchmarkData() {
        // shared/bench/data/linreg_1000x5.csv, row 0: x0, x1 are the first two portable normals for seed 0
        Rng rng = new Rng(0);
        assertEquals(-1.88390833335244, rng.normal(), 1e-13);
        assertEquals(0.8645068595575148, rng.normal(), 1e-13);
        assertEquals(0.22760793546360525, rng.normal(), 1e-13);
    }

    @Test
    void sameSeedGivesTheSameSequenceAndAnotherSeedDoesNot() {
        Rng a = new Rng(7);
        Rng b = new Rng(7);
        Rng c = new Rng(8);
        for (int i = 0; i < 10; i++) {
            long x = a.nextLong();
            assertEquals(x, b.nextLong());
            assertNotEquals(x, c.nextLong());
        }
        assertEquals(7, a.seed());
    }

    @Test
    void uniformStaysInItsRangeWithMeanHalf() {
        Rng rng = new Rng(1);
        double sum = 0;
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            double u = rng.uniform(-2, 4);
            assertTrue(u >= -2 && u < 4);
            sum += u;
        }
        assertEquals(1.0, sum / n, 0.02); // σ = 6/√12 ≈ 1.73, standard error 0.004
    }

    @Test
    void normalHasTheRequestedMeanAndStandardDeviation() {
        Rng rng = new Rng(2);
        int n = 200_000;
        double sum = 0;
        double sumSquares = 0;
        for (int i = 0; i < n; i++) {
            double z = rng.normal(3, 2);
            sum += z;
            sumSquares += z * z;
        }
        double mean = sum / n;
        assertEquals(3.0, mean, 0.02);
        assertEquals(2.0, Math.sqrt(sumSquares / n - mean * mean), 0.02);
    }

    @Test
    void poissonHasMeanLambdaForSmallAndLargeLambda() {
        for (double lambda : new double[] {0.5, 4, 75}) {
            Rng rng = new Rng(3);
            int n = 50_000;
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += rng.poisson(lambda);
            }
            assertEquals(lambda, sum / n, 5 * Math.sqrt(lambda / n), "lambda = " + lambda);
        }
        assertEquals(0, new Rng(3).poisson(0));
    }

    @Test
    void nextIntCoversEveryValueRoughlyEqually() {
        Rng rng = new Rng(4);
        int[] counts = new int[6];
        for (int i = 0; i < 60_000; i++) {
            counts[rng.nextInt(6)]++;
        }
        for (int count : counts) {
            assertEquals(10_000, count, 500);
        }
    }

    @Test
    void permutationHoldsEachIndexOnceAndIsNotTheIdentity() {
        int[] p = new Rng(5).permutation(50);
        int[] sorted = p.clone();
        Arrays.sort(sorted);
        int[] identity = new int[50];
        Arrays.setAll(identity, i -> i);
        assertArrayEquals(identity, sorted);
        assertTrue(!Arrays.equals(identity, p));
        assertEquals(0, new Rng(5).permutation(0).length);
    }

    @Test
    void shuffleKeepsTheValues() {
        int[] values = {10, 20, 30, 40, 50};
        new Rng(6).shuffle(values);
        int[] sorted = values.clone();
        Arrays.sort(sorted);
        assertArrayEquals(new int[] {10, 20, 30, 40, 50}, sorted);
    }

    @Test
    void choiceWithoutReplacementHasNoRepeatsAndCanTakeEverything() {
        int[] all = new Rng(7).choice(20, 20, false);
        assertEquals(20, Arrays.stream(all).distinct().count());
        int[] some = new Rng(7).choice(100, 30, false);
        assertEquals(30, Arrays.stream(some).distinct().count());
        assertTrue(Arrays.stream(some).allMatch(i -> i >= 0 && i < 100));
    }

    @Test
    void choiceWithReplacementRepeatsWhenDrawingMoreThanN() {
        int[] draws = new Rng(8).choice(3, 30, true);
        assertEquals(30, draws.length);
        assertTrue(Arrays.stream(draws).distinct().count() <= 3);
        assertTrue(Arrays.stream(draws).allMatch(i -> i >= 0 && i < 3));
    }

    @Test
    void badArgumentsAreRejectedWithTheValueInTheMessage() {
        Rng rng = new Rng(9);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> rng.choice(5, 6, false));
        assertEquals("choice: k expected in 0..5 (without replacement), got 6", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> rng.nextInt(0));
        assertThrows(IllegalArgumentException.class, () -> rng.uniform(1, 1));
        assertThrows(IllegalArgumentException.class, () -> rng.normal(0, -1));
        assertThrows(IllegalArgumentException.class, () -> rng.poisson(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> rng.permutation(-1));
        assertThrows(IllegalArgumentException.class, () -> rng.shuffle(null));
    }
}

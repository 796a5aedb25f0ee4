package org.mlworkbook.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.mlworkbook.math.Rng;

class RadixSortTest {

    @Test
    void sortsLikeArraysSortIncludingNegativesZerosAndTies() {
        Rng rng = new Rng(7);
        double[] values = new double[20_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = switch (i % 5) {
                case 0 -> rng.normal(0, 1e6);
                case 1 -> -rng.uniform();
                case 2 -> i % 2 == 0 ? 0.0 : -0.0;
                case 3 -> Math.round(rng.uniform(-3, 3));  // many ties
                default -> rng.uniform() * Double.MIN_VALUE * 1e6 - Double.MAX_VALUE * (i % 7 == 0 ? 1 : 0);
            };
        }
        double[] expected = values.clone();
        Arrays.sort(expected);
        RadixSort.sort(values);
        assertArrayEquals(expected, values);
    }

    @Test
    void sortsValuesThatShareTheirHighDigits() {
        double[] values = new double[5000];
        for (int i = 0; i < values.length; i++) values[i] = 1 + (values.length - i) * Math.ulp(1.0);
        double[] expected = values.clone();
        Arrays.sort(expected);
        RadixSort.sort(values);
        assertArrayEquals(expected, values);
    }

    @Test
    void sortsShortArrays() {
        double[] values = {3, -1, 2, -0.0, 0.0, -1};
        RadixSort.sort(values);
        assertArrayEquals(new double[] {-1, -1, -0.0, 0.0, 2, 3}, values);
    }
}

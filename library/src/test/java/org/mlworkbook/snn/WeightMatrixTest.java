package org.mlworkbook.snn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class WeightMatrixTest {

    @Test
    void sparseAndDenseAgree() {
        WeightMatrix sparse = WeightMatrix.sparse(2, 3, new int[]{1, 0}, new int[]{2, 1}, new double[]{5, 4});
        assertArrayEquals(new double[][]{{0, 4, 0}, {0, 0, 5}}, sparse.toDense());
        WeightMatrix dense = WeightMatrix.dense(sparse.toDense());
        assertEquals(6, dense.synapses());
        assertEquals(2, sparse.synapses());
        assertEquals(5, dense.get(1, 2));
        assertArrayEquals(new double[]{0, 5}, sparse.incoming(2));
    }

    @Test
    void randomConnectivityHasTheRequestedDensityAndNoSelfLoops() {
        WeightMatrix w = WeightMatrix.random(200, 200, 0.1, 0.05, false, 2);
        // 39800 candidate pairs, p = 0.1: mean 3980, sd 60
        assertEquals(3980, w.synapses(), 240);
        for (int i = 0; i < 200; i++) {
            assertEquals(0, w.get(i, i));
        }
        assertEquals(w.toDense()[3][7], WeightMatrix.random(200, 200, 0.1, 0.05, false, 2).get(3, 7));
    }

    @Test
    void normalisationRescalesAColumnToTheResource() {
        WeightMatrix w = WeightMatrix.dense(new double[][]{{1, 1}, {3, 1}});
        w.normalizeIncoming(0, 2);
        assertArrayEquals(new double[]{0.5, 1.5}, w.incoming(0), 1e-12);
        assertArrayEquals(new double[]{1, 1}, w.incoming(1), 1e-12);
    }

    @Test
    void badSynapsesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> WeightMatrix.sparse(2, 2, new int[]{0, 0}, new int[]{1, 1},
                new double[]{1, 2}));
        assertThrows(IllegalArgumentException.class, () -> WeightMatrix.sparse(2, 2, new int[]{2}, new int[]{1},
                new double[]{1}));
        assertThrows(IllegalArgumentException.class, () -> WeightMatrix.random(2, 2, 1.5, 1, false, 1));
        assertThrows(IllegalArgumentException.class, () -> WeightMatrix.dense(new double[][]{{Double.NaN}}));
    }
}

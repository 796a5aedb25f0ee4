package org.mlworkbook.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.mlworkbook.data.Dataset;
import org.mlworkbook.data.Datasets;
import org.mlworkbook.data.StandardScaler;
import org.mlworkbook.tensor.Tensor;

class ElasticNetTest {

    @Test
    void orthogonalDesignGivesSoftThresholdingDividedByOnePlusTheL2Share() {
        // wⱼ = S(βⱼ, αρ)/(1 + α(1 − ρ)) with β = (0.5, 0, 1), α = 0.5, ρ = 0.5: S(·, 0.25)/1.25 = (0.2, 0, 0.6)
        ElasticNet model = new ElasticNet(0.5, 0.5).fit(LassoTest.HADAMARD, LassoTest.Y);
        assertArrayEquals(new double[] {0.2, 0, 0.6}, model.coefficients(), 1e-12);
        assertEquals(1.5, model.intercept(), 1e-12);
    }

    @Test
    void l1RatioOneIsTheLasso() {
        assertArrayEquals(new Lasso(0.3).fit(LassoTest.HADAMARD, LassoTest.Y).coefficients(),
                new ElasticNet(0.3, 1).fit(LassoTest.HADAMARD, LassoTest.Y).coefficients(), 0.0);
    }

    @Test
    void standardisedDiabetesMatchesScikitLearn() {
        // sklearn 1.2.1: ElasticNet(alpha=0.5, l1_ratio=0.3, tol=1e-12, max_iter=100000)
        Dataset data = Datasets.diabetes();
        Tensor x = new StandardScaler().fitTransform(data.features());
        ElasticNet model = new ElasticNet(0.5, 0.3, 1e-12, 100000, true).fit(x, data.targets());
        assertArrayEquals(new double[] {0.601202651212, -7.127507969821, 19.772280852784, 12.419559283213,
                -1.122379205796, -3.179649544713, -8.679276679373, 5.598877919805, 17.018750609506,
                4.993721770888}, model.coefficients(), 1e-8);
        assertEquals(152.13348416289602, model.intercept(), 1e-9);
    }

    @Test
    void l1RatioOutsideTheUnitIntervalIsRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> new ElasticNet(1, 0));
        assertEquals("ElasticNet: l1Ratio expected a value in (0, 1], got 0.0 (for a pure L2 penalty use Ridge)",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ElasticNet(1, 1.5));
        assertThrows(IllegalArgumentException.class, () -> new ElasticNet(1, 0.5, 0, 10, true));
    }

    @Test
    void toStringShowsTheSettings() {
        assertEquals("ElasticNet(alpha=0.1, l1Ratio=0.5)", new ElasticNet(0.1, 0.5).toString());
        assertEquals("Lasso(alpha=2.0)", new Lasso(2).toString());
    }
}

package org.mlworkbook.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mlworkbook.autodiff.Activation;
import org.mlworkbook.math.Rng;
import org.mlworkbook.tensor.Tensor;

class MLPRegressorTest {

    /** y = sin(x₁) + x₂²/2 on 200 points of [−2, 2]². */
    private static Tensor x() {
        return Tensor.randomUniform(new Rng(3), -2, 2, 200, 2);
    }

    private static double[] y(Tensor x) {
        double[] y = new double[x.rows()];
        for (int i = 0; i < y.length; i++) {
            y[i] = Math.sin(x.get(i, 0)) + x.get(i, 1) * x.get(i, 1) / 2;
        }
        return y;
    }

    @Test
    void learnsASmoothFunction() {
        Tensor x = x();
        MLPRegressor mlp = new MLPRegressor().hiddenLayerSizes(32).activation(Activation.TANH).learningRate(0.01)
                .batchSize(20).maxEpochs(200).seed(0).fit(x, y(x));
        assertTrue(mlp.score(x, y(x)) > 0.98, "R² " + mlp.score(x, y(x)));
        double[] curve = mlp.lossCurve();
        assertEquals(200, curve.length);
        assertTrue(curve[199] < curve[0] / 20, curve[0] + " → " + curve[199]);
        assertEquals(2 * 32 + 32 + 32 + 1, mlp.network().parameterCount());
    }

    @Test
    void sameSeedSamePredictions() {
        Tensor x = x();
        double[] first = new MLPRegressor().hiddenLayerSizes(4).maxEpochs(3).seed(5).fit(x, y(x)).predict(x);
        double[] again = new MLPRegressor().hiddenLayerSizes(4).maxEpochs(3).seed(5).fit(x, y(x)).predict(x);
        assertArrayEquals(first, again, 0.0);
    }

    @Test
    void earlyStoppingRecordsTheValidationLoss() {
        Tensor x = x();
        MLPRegressor mlp = new MLPRegressor().hiddenLayerSizes(8).earlyStopping(true).maxEpochs(5).seed(0)
                .fit(x, y(x));
        assertEquals(5, mlp.history().doubleColumn("validation_loss").size());
    }

    @Test
    void aDivergingSolverStopsWithTheEpochAndBatch() {
        Tensor x = x();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new MLPRegressor().solver("sgd")
                .learningRate(1e6).maxEpochs(10).fit(x, y(x)));
        assertTrue(e.getMessage().matches("fit: the loss became (NaN|Infinity) at epoch \\d+, batch \\d+ of 1 .*"),
                e.getMessage());
    }

    @Test
    void badInputFailsClearly() {
        MLPRegressor mlp = new MLPRegressor();
        Tensor x = x();
        assertThrows(IllegalStateException.class, () -> mlp.predict(x));
        assertThrows(IllegalArgumentException.class, () -> mlp.fit(x, new double[3]));
        double[] y = y(x);
        y[7] = Double.NaN;
        assertEquals("fit: y expected finite targets, got NaN at index 7",
                assertThrows(IllegalArgumentException.class, () -> mlp.fit(x, y)).getMessage());
        mlp.maxEpochs(1).fit(x, y(x));
        assertThrows(IllegalArgumentException.class, () -> mlp.predict(Tensor.zeros(1, 5)));
    }
}

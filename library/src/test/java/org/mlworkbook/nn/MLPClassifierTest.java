package org.mlworkbook.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlworkbook.autodiff.Activation;
import org.mlworkbook.data.Dataset;
import org.mlworkbook.data.Datasets;
import org.mlworkbook.data.Split;
import org.mlworkbook.data.Splits;
import org.mlworkbook.data.StandardScaler;
import org.mlworkbook.tensor.Tensor;
import tech.tablesaw.api.Table;

class MLPClassifierTest {

    private static final Tensor XOR_X = Tensor.of(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}});
    private static final int[] XOR_Y = {0, 1, 1, 0};

    @Test
    void digitsReachTheIssuesAccuracy() {
        Split split = Splits.trainTest(Datasets.digits(), 0.25, 0, true);
        StandardScaler scaler = new StandardScaler().fit(split.train().features());
        MLPClassifier mlp = new MLPClassifier().hiddenLayerSizes(128).alpha(0).batchSize(32).learningRate(1e-3)
                .maxEpochs(50).seed(0).fit(scaler.transform(split.train().features()), split.train().labels());
        double accuracy = mlp.score(scaler.transform(split.test().features()), split.test().labels());
        assertTrue(accuracy >= 0.97, "test accuracy " + accuracy);
        assertEquals(50, mlp.lossCurve().length);
        assertEquals(64 * 128 + 128 + 128 * 10 + 10, mlp.network().parameterCount());
    }

    @Test
    void xorIsLearnedWithAHiddenLayerAndNotWithout() {
        MLPClassifier twoLayers = new MLPClassifier().hiddenLayerSizes(8).activation(Activation.TANH)
                .learningRate(0.05).maxEpochs(300).seed(0).fit(XOR_X, XOR_Y);
        assertEquals(1.0, twoLayers.score(XOR_X, XOR_Y), 0.0);
        MLPClassifier linear = new MLPClassifier().hiddenLayerSizes().learningRate(0.05).maxEpochs(300).seed(0)
                .fit(XOR_X, XOR_Y);
        assertTrue(linear.score(XOR_X, XOR_Y) <= 0.75);
    }

    @Test
    void probabilitiesAreASoftmaxWhoseArgmaxIsThePrediction() {
        Dataset iris = Datasets.iris();
        Tensor x = new StandardScaler().fitTransform(iris.features());
        MLPClassifier mlp = new MLPClassifier().hiddenLayerSizes(5, 2).activation(Activation.SIGMOID).learningRate(0.01)
                .maxEpochs(20).seed(1).fit(x, iris.labels());
        Tensor p = mlp.predictProba(x);
        assertArrayEquals(new int[] {150, 3}, p.shape());
        for (double sum : p.sum(1).toArray()) {
            assertEquals(1.0, sum, 1e-12);
        }
        assertArrayEquals(p.argmax(1), mlp.predict(x));
        assertEquals(3, mlp.numClasses());
        Tensor again = new MLPClassifier().hiddenLayerSizes(5, 2).activation(Activation.SIGMOID).learningRate(0.01)
                .maxEpochs(20).seed(1).fit(x, iris.labels()).predictProba(x);
        assertEquals(p, again);
    }

    @Test
    void earlyStoppingHoldsOutAValidationPartAndKeepsTheBestEpoch() {
        Dataset iris = Datasets.iris();
        Tensor x = new StandardScaler().fitTransform(iris.features());
        MLPClassifier mlp = new MLPClassifier().hiddenLayerSizes(10).learningRate(0.01).earlyStopping(true)
                .validationFraction(0.2).nIterNoChange(3).maxEpochs(300).seed(0).fit(x, iris.labels());
        Table history = mlp.history();
        assertEquals(List.of("epoch", "train_loss", "validation_loss", "train_accuracy", "validation_accuracy",
                "learning_rate", "seconds"), history.columnNames());
        assertTrue(history.rowCount() < 300, "stopped after " + history.rowCount());
        assertTrue(mlp.toString().startsWith("MLPClassifier(hiddenLayerSizes=[10], activation=relu, solver=adam"),
                mlp.toString());
    }

    @Test
    void badInputFailsClearly() {
        MLPClassifier mlp = new MLPClassifier();
        assertEquals("predict: called before fit(x, y)",
                assertThrows(IllegalStateException.class, () -> mlp.predict(XOR_X)).getMessage());
        assertThrows(IllegalStateException.class, mlp::history);
        assertThrows(IllegalArgumentException.class, () -> mlp.fit(XOR_X, new int[] {1, 1, 1, 1}));
        assertThrows(IllegalArgumentException.class, () -> mlp.fit(XOR_X, new int[] {0, 1, -1, 0}));
        assertThrows(IllegalArgumentException.class, () -> mlp.fit(XOR_X, new int[] {0, 1, 1}));
        assertThrows(IllegalArgumentException.class, () -> mlp.hiddenLayerSizes(10, 0));
        assertThrows(IllegalArgumentException.class, () -> mlp.solver("lbfgs"));
        assertThrows(IllegalArgumentException.class, () -> mlp.alpha(-1));
        assertThrows(IllegalArgumentException.class, () -> mlp.validationFraction(1));
        mlp.hiddenLayerSizes(3).maxEpochs(2).fit(XOR_X, XOR_Y);
        IllegalArgumentException columns = assertThrows(IllegalArgumentException.class,
                () -> mlp.predict(Tensor.zeros(2, 3)));
        assertEquals("predict: x expected 2 columns (as at fit), got 3 columns in x [2, 3]", columns.getMessage());
    }
}

package org.mlworkbook.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.mlworkbook.autodiff.Activation;
import org.mlworkbook.autodiff.Losses;
import org.mlworkbook.autodiff.Var;
import org.mlworkbook.linear.Perceptron;
import org.mlworkbook.math.Rng;
import org.mlworkbook.metrics.Classification;
import org.mlworkbook.tensor.Tensor;
import tech.tablesaw.api.Table;

class TrainerTest {

    private static final Tensor XOR_X = Tensor.of(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}});
    private static final int[] XOR_Y = {0, 1, 1, 0};
    private static final Tensor XOR_ONE_HOT = Tensor.of(new double[][] {{1, 0}, {0, 1}, {0, 1}, {1, 0}});

    /** Accuracy of argmax of the model's output on the XOR points after 500 full-batch Adam epochs. */
    private static double xorAccuracy(Layer model) {
        new Trainer(model, new Adam(model.parameters(), 0.05), Losses::softmaxCrossEntropy)
                .epochs(500).batchSize(4).seed(0).fit(XOR_X, XOR_ONE_HOT);
        return Classification.accuracy(XOR_Y, model.predict(XOR_X).argmax(1));
    }

    @Test
    void xorIsLearnedByATwoLayerNetwork() {
        Rng rng = new Rng(0);
        Layer net = new Sequential(new Dense(2, 8, Init.GLOROT_UNIFORM, rng), new ActivationLayer(Activation.TANH),
                new Dense(8, 2, Init.GLOROT_UNIFORM, rng));
        assertEquals(1.0, xorAccuracy(net), 0.0);
    }

    @Test
    void xorIsNotLearnedByASingleLayer() {
        Layer linear = new Sequential(new Dense(2, 2, Init.GLOROT_UNIFORM, new Rng(0)));
        assertTrue(xorAccuracy(linear) <= 0.75);
        Perceptron perceptron = new Perceptron(1.0, 1000, 0).fit(XOR_X, XOR_Y);
        assertTrue(perceptron.score(XOR_X, XOR_Y) <= 0.75);
    }

    /** 40 points of y = 2x₁ − x₂ + 1 with a little noise, as a 40×1 target. */
    private static Tensor[] regression(long seed) {
        Rng rng = new Rng(seed);
        Tensor x = Tensor.randomNormal(rng, 0, 1, 40, 2);
        double[] y = new double[40];
        for (int i = 0; i < 40; i++) {
            y[i] = 2 * x.get(i, 0) - x.get(i, 1) + 1 + 0.1 * rng.normal();
        }
        return new Tensor[] {x, Tensor.wrap(y, 40, 1)};
    }

    private static Layer smallNet(long seed) {
        Rng rng = new Rng(seed);
        return new Sequential(new Dense(2, 16, Init.GLOROT_UNIFORM, rng), new ActivationLayer(Activation.RELU),
                new Dense(16, 1, Init.GLOROT_UNIFORM, rng));
    }

    private static Table fitSmall(long trainerSeed, Tensor[] data) {
        Layer net = smallNet(1);
        return new Trainer(net, new Adam(net.parameters(), 0.01), Losses::mse).epochs(8).batchSize(7)
                .seed(trainerSeed).validation(data[0].rows(0, 10), data[1].rows(0, 10)).fit(data[0], data[1])
                .removeColumns("seconds");
    }

    @Test
    void sameSeedGivesTheSameHistoryAndAnotherSeedAnother() {
        Tensor[] data = regression(2);
        Table first = fitSmall(3, data);
        Table again = fitSmall(3, data);
        Table other = fitSmall(4, data);
        assertEquals(first.toString(), again.toString());
        assertArrayEquals(first.doubleColumn("train_loss").asDoubleArray(),
                again.doubleColumn("train_loss").asDoubleArray(), 0.0);
        assertArrayEquals(first.doubleColumn("validation_loss").asDoubleArray(),
                again.doubleColumn("validation_loss").asDoubleArray(), 0.0);
        assertNotEquals(first.doubleColumn("train_loss").get(1), other.doubleColumn("train_loss").get(1));
    }

    @Test
    void batchesAreShuffledEveryEpochAndTheLastPartialBatchIsKept() {
        List<Integer> sizes = new ArrayList<>();
        List<Double> firstTargets = new ArrayList<>();
        BiFunction<Var, Tensor, Var> recording = (prediction, target) -> {
            sizes.add(target.rows());
            firstTargets.add(target.get(0, 0));
            return Losses.mse(prediction, target);
        };
        Tensor x = Tensor.arange(0, 10, 1).reshape(10, 1);
        Tensor y = x.copy();
        Layer net = new Sequential(new Dense(1, 1, Init.ZEROS, new Rng(0)));
        new Trainer(net, new Sgd(net.parameters(), 1e-3), recording).epochs(2).batchSize(4).seed(5).fit(x, y);
        assertEquals(List.of(4, 4, 2, 4, 4, 2), sizes);
        Rng rng = new Rng(5);
        int[] first = rng.permutation(10);
        int[] second = rng.permutation(10);
        assertTrue(!java.util.Arrays.equals(first, second));
        assertEquals(List.of((double) first[0], (double) first[4], (double) first[8], (double) second[0],
                (double) second[4], (double) second[8]), firstTargets);
    }

    @Test
    void batchesTakeWholeRowsAlongAxisZeroOfAnyRank() {
        Tensor images = Tensor.arange(0, 12, 1).reshape(3, 2, 2);
        Tensor batch = Trainer.rows(images, new int[] {2, 0, 1}, 0, 2);
        assertArrayEquals(new int[] {2, 2, 2}, batch.shape());
        assertArrayEquals(new double[] {8, 9, 10, 11, 0, 1, 2, 3}, batch.toArray(), 0.0);
        assertArrayEquals(new double[] {4, 5, 6, 7}, Trainer.rows(images, null, 1, 2).toArray(), 0.0);
    }

    @Test
    void trainLossIsTheRowWeightedMeanOfTheBatchLosses() {
        // A learning rate so small that the weights do not move: every batch loss is the loss of w = 0, b = 0,
        // Σ y² / |B| over the batch, so the epoch's train loss is Σ y² / n.
        Tensor x = Tensor.arange(0, 5, 1).reshape(5, 1);
        Tensor y = Tensor.of(1, 2, 3, 4, 5).reshape(5, 1);
        Layer net = new Sequential(new Dense(1, 1, Init.ZEROS, new Rng(0)));
        Table history = new Trainer(net, new Sgd(net.parameters(), 1e-300), Losses::mse).epochs(1).batchSize(2)
                .fit(x, y);
        assertEquals(55.0 / 5, history.doubleColumn("train_loss").get(0), 1e-12);
    }

    @Test
    void aNaNLossStopsWithTheEpochAndTheBatch() {
        Tensor[] data = regression(2);
        Layer net = smallNet(1);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new Trainer(net, new Sgd(net.parameters(), 1e6), Losses::mse).epochs(20).batchSize(4)
                        .fit(data[0], data[1]));
        assertTrue(e.getMessage().matches("fit: the loss became (NaN|Infinity) at epoch \\d+, batch \\d+ of 10 .*"),
                e.getMessage());
        assertTrue(e.getMessage().contains("lower the learning rate"), e.getMessage());
    }

    @Test
    void earlyStoppingRestoresTheBestWeights() {
        Tensor[] data = regression(2);
        Tensor xVal = data[0].rows(0, 10);
        Tensor yVal = data[1].rows(0, 10).add(3.0);   // shifted: training moves away from the validation targets
        Layer net = smallNet(1);
        Trainer trainer = new Trainer(net, new Adam(net.parameters(), 0.05), Losses::mse).epochs(200).batchSize(8)
                .validation(xVal, yVal).earlyStopping(3);
        Table history = trainer.fit(data[0].rows(10, 40), data[1].rows(10, 40));
        double[] validation = history.doubleColumn("validation_loss").asDoubleArray();
        assertTrue(validation.length < 200, "stopped early");
        int best = 0;
        for (int i = 1; i < validation.length; i++) {
            best = validation[i] < validation[best] ? i : best;
        }
        assertEquals(best + 1, trainer.bestEpoch());
        assertEquals(validation.length, trainer.bestEpoch() + 3);
        double now = Losses.mse(Var.constant(net.predict(xVal)), yVal).item();
        assertEquals(validation[best], now, 1e-12);
    }

    @Test
    void earlyStoppingWithoutValidationWatchesTheTrainingLoss() {
        Tensor[] data = regression(2);
        Layer net = smallNet(1);
        Table history = new Trainer(net, new Adam(net.parameters(), 0.01), Losses::mse).epochs(5).earlyStopping(2)
                .fit(data[0], data[1]);
        assertEquals(List.of("epoch", "train_loss", "learning_rate", "seconds"), history.columnNames());
        assertEquals(5, history.rowCount());
    }

    @Test
    void historyHasTheAgreedColumnsAndTheScheduleChangesTheRateAfterEachEpoch() {
        Layer net = new Sequential(new Dense(2, 2, Init.GLOROT_UNIFORM, new Rng(0)));
        List<EpochResult> seen = new ArrayList<>();
        Trainer trainer = new Trainer(net, new Sgd(net.parameters(), 0.1), Losses::softmaxCrossEntropy).epochs(5)
                .batchSize(2).validation(XOR_X, XOR_ONE_HOT).accuracy(true).schedule(new StepDecay(2, 0.5))
                .onEpoch(seen::add);
        Table history = trainer.fit(XOR_X, XOR_ONE_HOT);
        assertEquals(List.of("epoch", "train_loss", "validation_loss", "train_accuracy", "validation_accuracy",
                "learning_rate", "seconds"), history.columnNames());
        assertArrayEquals(new double[] {0.1, 0.1, 0.05, 0.05, 0.025},
                history.doubleColumn("learning_rate").asDoubleArray(), 1e-15);
        assertArrayEquals(new int[] {1, 2, 3, 4, 5}, history.intColumn("epoch").asIntArray());
        assertEquals(5, seen.size());
        assertEquals(seen.get(4).validationLoss(), history.doubleColumn("validation_loss").get(4), 0.0);
        assertEquals(seen, trainer.results());
        for (double accuracy : history.doubleColumn("validation_accuracy").asDoubleArray()) {
            assertTrue(accuracy >= 0 && accuracy <= 1 && accuracy * 4 == Math.rint(accuracy * 4));
        }
    }

    @Test
    void validationRunsInEvalModeWithoutAGraphAndLeavesTrainMode() {
        Layer net = new Sequential(new Dense(2, 2, Init.GLOROT_UNIFORM, new Rng(0)));
        List<Boolean> training = new ArrayList<>();
        BiFunction<Var, Tensor, Var> loss = (prediction, target) -> {
            training.add(net.isTraining() && Var.isGradEnabled());
            return Losses.softmaxCrossEntropy(prediction, target);
        };
        new Trainer(net, new Sgd(net.parameters(), 0.1), loss).epochs(1).batchSize(4).validation(XOR_X, XOR_ONE_HOT)
                .fit(XOR_X, XOR_ONE_HOT);
        assertEquals(List.of(true, false), training);
        assertTrue(net.isTraining());
    }

    @Test
    void progressPrintsOneLinePerPeriodAndTheLast() {
        Layer net = new Sequential(new Dense(2, 2, Init.GLOROT_UNIFORM, new Rng(0)));
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            new Trainer(net, new Sgd(net.parameters(), 0.1), Losses::softmaxCrossEntropy).epochs(5).progress(2)
                    .fit(XOR_X, XOR_ONE_HOT);
        } finally {
            System.setOut(original);
        }
        String[] lines = buffer.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertEquals(3, lines.length);
        assertTrue(lines[0].startsWith("epoch 2/5  train_loss "), lines[0]);
        assertTrue(lines[2].startsWith("epoch 5/5  train_loss "), lines[2]);
    }

    @Test
    void badArgumentsFailFast() {
        Layer net = new Sequential(new Dense(2, 2, Init.GLOROT_UNIFORM, new Rng(0)));
        Optimizer sgd = new Sgd(net.parameters(), 0.1);
        assertThrows(IllegalArgumentException.class, () -> new Trainer(null, sgd, Losses::mse));
        assertThrows(IllegalArgumentException.class, () -> new Trainer(net, null, Losses::mse));
        assertThrows(IllegalArgumentException.class, () -> new Trainer(net, sgd, null));
        Trainer trainer = new Trainer(net, sgd, Losses::softmaxCrossEntropy);
        assertThrows(IllegalArgumentException.class, () -> trainer.epochs(0));
        assertThrows(IllegalArgumentException.class, () -> trainer.batchSize(0));
        assertThrows(IllegalArgumentException.class, () -> trainer.earlyStopping(0));
        assertThrows(IllegalArgumentException.class, () -> trainer.progress(-1));
        IllegalArgumentException rows = assertThrows(IllegalArgumentException.class,
                () -> trainer.fit(XOR_X, XOR_ONE_HOT.rows(0, 3)));
        assertEquals("fit: x and y expected the same number of rows, got x [4, 2] and y [3, 2]", rows.getMessage());
        Tensor withNaN = XOR_X.copy();
        withNaN.set(Double.NaN, 2, 1);
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> trainer.fit(withNaN, XOR_ONE_HOT));
        assertEquals("fit: x expected finite values, got NaN in row 2", nan.getMessage());
        assertThrows(IllegalArgumentException.class, () -> trainer.validation(XOR_X, null));
        trainer.validation(Tensor.zeros(3, 5), Tensor.zeros(3, 2));
        IllegalArgumentException like = assertThrows(IllegalArgumentException.class,
                () -> trainer.fit(XOR_X, XOR_ONE_HOT));
        assertTrue(like.getMessage().contains("[3, 5] and [4, 2]"), like.getMessage());
        Trainer vector = new Trainer(net, sgd, (prediction, target) -> prediction);
        assertThrows(IllegalArgumentException.class, () -> vector.fit(XOR_X, XOR_ONE_HOT));
        Trainer fresh = new Trainer(net, sgd, Losses::mse);
        assertThrows(IllegalStateException.class, fresh::history);
    }
}

package org.mlworkbook.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlworkbook.autodiff.Activation;
import org.mlworkbook.autodiff.Var;
import org.mlworkbook.math.Rng;
import org.mlworkbook.tensor.Tensor;

/** Layer's bookkeeping: names, modes, freezing, gradients, save and load, the summary; Dense and Sequential. */
class LayerTest {

    /** A layer with one parameter and one buffer that counts forward calls in training mode. */
    private static final class Counter extends Layer {
        final Var scale = parameter("scale", Tensor.of(2.0));
        final Tensor calls = buffer("calls", Tensor.zeros(1));

        @Override
        public Var forward(Var x) {
            if (isTraining()) {
                calls.data()[0]++;
            }
            return x.mul(scale);
        }
    }

    private static Sequential mlp(long seed) {
        Rng rng = new Rng(seed);
        return new Sequential(new Dense(2, 3, rng), new ActivationLayer(Activation.TANH), new Dense(3, 1, rng));
    }

    @Test
    void denseComputesXwPlusBAndItsGradients() {
        Dense d = new Dense(2, 2, new Rng(0));
        d.weight().value().data()[0] = 1; // W = [[1, 2], [3, 4]]
        d.weight().value().data()[1] = 2;
        d.weight().value().data()[2] = 3;
        d.weight().value().data()[3] = 4;
        d.bias().value().data()[1] = 0.5;
        Var y = d.forward(Var.constant(Tensor.of(new double[][] {{1, 1}, {2, 0}})));
        assertArrayEquals(new double[] {4, 6.5, 2, 4.5}, y.value().data(), 1e-12);
        y.sum().backward();
        assertArrayEquals(new double[] {3, 3, 1, 1}, d.weight().grad().data(), 1e-12); // Xᵀ·1
        assertArrayEquals(new double[] {2, 2}, d.bias().grad().data(), 1e-12);
    }

    @Test
    void denseRejectsInputOfTheWrongWidthNamingBothShapes() {
        Dense d = new Dense(3, 2, new Rng(0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> d.forward(Var.constant(Tensor.zeros(4, 5))));
        assertTrue(e.getMessage().contains("[4, 5]") && e.getMessage().contains("[n, 3]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Dense(0, 2, new Rng(0)));
        assertThrows(IllegalArgumentException.class, () -> new Dense(2, 2, null));
    }

    @Test
    void sequentialNamesParametersByPositionDepthFirst() {
        Sequential net = mlp(0);
        assertEquals(List.of("0.weight", "0.bias", "2.weight", "2.bias"), List.copyOf(net.namedParameters().keySet()));
        assertEquals(2 * 3 + 3 + 3 + 1, net.parameterCount());
        assertEquals(3, net.size());
        assertSame(net.get(1), net.children().get("1"));
        assertThrows(IllegalArgumentException.class, () -> net.get(3));
    }

    @Test
    void sameSeedSameWeights() {
        assertEquals(mlp(5).state(), mlp(5).state());
        assertFalse(mlp(5).state().equals(mlp(6).state()));
    }

    @Test
    void sequentialRejectsNoLayersNullAndTheSameLayerTwice() {
        assertThrows(IllegalArgumentException.class, Sequential::new);
        Dense d = new Dense(2, 2, new Rng(0));
        assertThrows(IllegalArgumentException.class, () -> new Sequential(d, null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Sequential(d, d));
        assertTrue(e.getMessage().contains("again"), e.getMessage());
    }

    @Test
    void trainAndEvalReachEveryDescendant() {
        Counter c = new Counter();
        Sequential net = new Sequential(new Sequential(c));
        assertTrue(c.isTraining());
        net.eval();
        assertFalse(c.isTraining());
        net.forward(Var.constant(Tensor.of(1.0)));
        assertEquals(0.0, c.calls.item());
        net.train();
        net.forward(Var.constant(Tensor.of(1.0)));
        assertEquals(1.0, c.calls.item());
    }

    @Test
    void predictRunsInEvalModeWithoutAGraphAndRestoresTheMode() {
        Counter c = new Counter();
        Tensor y = c.predict(Tensor.of(3.0));
        assertEquals(6.0, y.item());
        assertEquals(0.0, c.calls.item());
        assertTrue(c.isTraining());
        assertThrows(IllegalArgumentException.class, () -> c.predict(null));
    }

    @Test
    void stateHoldsParametersAndBuffersLive() {
        Counter c = new Counter();
        Sequential net = new Sequential(c);
        assertEquals(List.of("0.scale", "0.calls"), List.copyOf(net.state().keySet()));
        assertSame(c.scale.value(), net.state().get("0.scale"));
        assertEquals(1, net.parameters().size());
    }

    @Test
    void freezeStopsGradientsAndHidesParametersFromTheOptimiser() {
        Sequential net = mlp(1);
        net.get(0).freeze();
        assertEquals(2, net.trainableParameters().size());
        Var loss = net.forward(Var.constant(Tensor.of(new double[][] {{1, 2}}))).sum();
        loss.backward();
        Dense first = (Dense) net.get(0);
        Dense last = (Dense) net.get(2);
        assertEquals(null, first.weight().grad());
        assertTrue(last.weight().grad() != null);
        net.unfreeze();
        assertEquals(4, net.trainableParameters().size());
    }

    @Test
    void zeroGradClearsAccumulatedGradients() {
        Sequential net = mlp(2);
        net.forward(Var.constant(Tensor.of(new double[][] {{1, 2}}))).sum().backward();
        net.zeroGrad();
        for (Var p : net.parameters()) {
            assertEquals(0.0, p.grad().abs().sum());
        }
    }

    @Test
    void saveThenLoadRestoresEveryNumberExactly(@TempDir Path dir) {
        Sequential a = mlp(3);
        Sequential b = mlp(4);
        Tensor x = Tensor.of(new double[][] {{0.3, -1.2}, {2, 0.5}});
        Path file = dir.resolve("net.state");
        a.save(file);
        assertFalse(a.predict(x).equals(b.predict(x)));
        Tensor live = b.state().get("0.weight");
        b.load(file);
        assertEquals(a.predict(x), b.predict(x));
        assertSame(live, b.state().get("0.weight"));
    }

    @Test
    void loadRejectsOtherShapesOrNamesAndChangesNothing(@TempDir Path dir) {
        Path file = dir.resolve("wide.state");
        new Sequential(new Dense(2, 5, new Rng(0))).save(file);
        Sequential narrow = new Sequential(new Dense(2, 3, new Rng(0)));
        Tensor before = narrow.state().get("0.weight").copy();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> narrow.load(file));
        assertTrue(e.getMessage().contains("[2, 3]") && e.getMessage().contains("[2, 5]"), e.getMessage());
        assertEquals(before, narrow.state().get("0.weight"));
        IllegalArgumentException names = assertThrows(IllegalArgumentException.class, () -> mlp(0).load(file));
        assertTrue(names.getMessage().contains("2.weight"), names.getMessage());
    }

    @Test
    void loadRejectsAFileThatIsNotAState(@TempDir Path dir) throws Exception {
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "hello");
        assertThrows(IllegalArgumentException.class, () -> mlp(0).load(text));
        Path cut = dir.resolve("cut.state");
        mlp(0).save(cut);
        byte[] bytes = Files.readAllBytes(cut);
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 8));
        assertThrows(IllegalArgumentException.class, () -> mlp(0).load(cut));
    }

    @Test
    void saveReplacesAnExistingFileAndLeavesNoTemporaryFiles(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("net.state");
        mlp(0).save(file);
        mlp(1).save(file);
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void registrationRejectsDuplicateAndDottedNames() {
        class Twice extends Layer {
            Twice(String second) {
                parameter("w", Tensor.zeros(1));
                parameter(second, Tensor.zeros(1));
            }

            @Override
            public Var forward(Var x) {
                return x;
            }
        }
        assertThrows(IllegalArgumentException.class, () -> new Twice("w"));
        assertThrows(IllegalArgumentException.class, () -> new Twice("a.b"));
        assertNotSame(null, new Twice("v"));
    }

    @Test
    void toStringIsATorchLikeSummary() {
        assertEquals("Sequential(\n  (0): Dense(2 → 3)\n  (1): ActivationLayer(tanh)\n  (2): Dense(3 → 1)\n)",
                mlp(0).toString());
    }
}

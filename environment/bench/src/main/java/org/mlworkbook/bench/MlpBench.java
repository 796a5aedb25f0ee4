package org.mlworkbook.bench;

import java.util.Locale;
import org.mlworkbook.autodiff.Activation;
import org.mlworkbook.autodiff.Losses;
import org.mlworkbook.data.Datasets;
import org.mlworkbook.data.OneHotEncoder;
import org.mlworkbook.data.Split;
import org.mlworkbook.metrics.Classification;
import org.mlworkbook.math.Rng;
import org.mlworkbook.nn.ActivationLayer;
import org.mlworkbook.nn.Adam;
import org.mlworkbook.nn.Dense;
import org.mlworkbook.nn.Init;
import org.mlworkbook.nn.Layer;
import org.mlworkbook.nn.Sequential;
import org.mlworkbook.nn.Trainer;
import org.mlworkbook.tensor.Tensor;

/**
 * The MLP on the standardised digits (the peers' 75/25 split, scaler fit on the 1347 training rows outside
 * the timing): 64-128-10 ReLU, Glorot-uniform weights, zero biases, Adam (κ 1e-3, β 0.9/0.999, ε 1e-8), softmax
 * cross-entropy, batches of 32 with the last partial batch kept, reshuffled every epoch, no L2 (alpha 0), 50 epochs
 * with {@link Trainer}. Timed: the 50-epoch fit (median of {@value #REPEATS} after {@value #WARMUPS} warm-up fits
 * for the JIT), reported per epoch, next to {@code peers.py mlp_digits} run in the same session (scikit-learn's
 * MLPClassifier with its default and with 1 BLAS thread, the faster of the two counting, and PyTorch with 1 thread in
 * fp32 and fp64). Goal: at most either peer's time per epoch (at most the fastest of them).
 */
public final class MlpBench {

    private static final int WARMUPS = 3;
    private static final int REPEATS = 5;
    private static final int PEER_REPEATS = 3;
    private static final int EPOCHS = 50;
    private static final int BATCH_SIZE = 32;
    private static final double LEARNING_RATE = 1e-3;

    private MlpBench() {
    }

    /** Times the Java fit, runs the peers and prints accuracies, times per epoch and the ratios. */
    public static void run() throws Exception {
        Split split = BenchData.standardised(BenchData.split("digits", Datasets.digits()));
        Tensor xTrain = split.train().features();
        Tensor yTrain = new OneHotEncoder().fitTransform(split.train().labels());
        Tensor xTest = split.test().features();
        int[] yTest = split.test().labels();
        Layer[] model = new Layer[1];
        Measure measure = Measure.time(WARMUPS, REPEATS, () -> model[0] = fit(xTrain, yTrain));
        double accuracy = Classification.accuracy(yTest, model[0].predict(xTest).argmax(1));
        double epoch = measure.medianSeconds() / EPOCHS;
        System.out.printf(Locale.ROOT, "MLP 64-128-10 ReLU, Adam %s, batch %d, %d epochs, digits %d×%d: fit median %s "
                        + "(%s per epoch), min %s, test accuracy %.4f%n", LEARNING_RATE, BATCH_SIZE, EPOCHS,
                xTrain.rows(), xTrain.cols(), Measure.human(measure.medianSeconds()), Measure.human(epoch),
                Measure.human(measure.minSeconds()), accuracy);
        Peer peer = Peer.run("mlp_digits", PEER_REPEATS);
        if (peer.skipReason() != null) {
            System.out.println("peer mlp_digits: skipped, " + peer.skipReason());
            return;
        }
        for (Peer.Result result : peer.results()) {
            System.out.printf(Locale.ROOT, "peer %s — %s: %s per epoch, accuracy %.4f%n", result.peer(), result.model(),
                    Measure.human(result.fitSeconds() / EPOCHS), result.metric());
        }
        double sklearnEpoch = peer.results().stream().filter(r -> r.peer().startsWith("scikit-learn"))
                .mapToDouble(r -> r.fitSeconds() / EPOCHS).min().orElseThrow();
        double fastestTorch = Double.POSITIVE_INFINITY;
        for (String dtype : new String[] {"float32", "float64"}) {
            Peer.Result torch = peer.find("torch 1 thr, OpenBLAS 1, " + dtype);
            fastestTorch = Math.min(fastestTorch, torch.fitSeconds() / EPOCHS);
            System.out.println(Peer.ratio("MLP digits time per epoch vs torch 1 thread " + dtype, epoch,
                    torch.fitSeconds() / EPOCHS));
        }
        System.out.println(Peer.ratio("MLP digits time per epoch vs scikit-learn MLPClassifier (its faster thread setting)",
                epoch, sklearnEpoch));
        System.out.println(Peer.ratio("MLP digits time per epoch, goal: at most either peer", epoch,
                Math.min(fastestTorch, sklearnEpoch)));
    }

    /** A fresh network (seed 0) trained for the 50 epochs. */
    static Layer fit(Tensor x, Tensor oneHot) {
        Rng rng = new Rng(0);
        Layer net = new Sequential(new Dense(64, 128, Init.GLOROT_UNIFORM, rng), new ActivationLayer(Activation.RELU),
                new Dense(128, 10, Init.GLOROT_UNIFORM, rng));
        new Trainer(net, new Adam(net.parameters(), LEARNING_RATE), Losses::softmaxCrossEntropy).epochs(EPOCHS)
                .batchSize(BATCH_SIZE).seed(0).fit(x, oneHot);
        return net;
    }
}

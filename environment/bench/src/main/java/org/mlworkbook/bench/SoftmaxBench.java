package org.mlworkbook.bench;

import java.util.Locale;
import org.mlworkbook.data.Datasets;
import org.mlworkbook.data.Split;
import org.mlworkbook.linear.GradientDescent;
import org.mlworkbook.linear.SoftmaxRegression;
import org.mlworkbook.metrics.Classification;
import org.mlworkbook.tensor.Tensor;

/**
 * Softmax regression on the standardised digits (the peers' 75/25 split, scaler fit on the 1347 training rows
 * outside the timing): full-batch gradient descent exactly as the numpy peer (W = b = 0, η = 0.1, 500 epochs, mean
 * cross-entropy, no L2), fit + predict of the 450 test rows timed. Printed next to {@code peers.py logreg_digits},
 * timed in the same run: the goal is at most scikit-learn's time (lbfgs, about 108 iterations, a different
 * and much cheaper optimiser than 500 gradient steps); the numpy line runs the same algorithm as Java. A second Java
 * line uses the library's cheaper optimiser for the same model, mini-batch gradient descent (η = 0.1, batches of
 * 32, seed 0, {@value #MINI_BATCH_EPOCHS} epochs), and is compared with scikit-learn's lbfgs at the accuracy each reaches.
 */
public final class SoftmaxBench {

    private static final int WARMUPS = 5;
    private static final int REPEATS = 15;
    private static final int PEER_REPEATS = 3;
    private static final double LEARNING_RATE = 0.1;
    private static final int NUM_EPOCHS = 500;
    private static final int MINI_BATCH_EPOCHS = 20;
    private static final int BATCH_SIZE = 32;

    private SoftmaxBench() {
    }

    /**
     * Times fit + predict (median of 15 after 5 warm-ups) with full-batch and with mini-batch descent, then the peers,
     * and prints accuracies and ratios.
     */
    public static void run() throws Exception {
        Split split = BenchData.standardised(BenchData.split("digits", Datasets.digits()));
        Tensor xTrain = split.train().features();
        Tensor xTest = split.test().features();
        int[] yTrain = split.train().labels();
        int[] yTest = split.test().labels();
        SoftmaxRegression[] model = new SoftmaxRegression[1];
        int[][] predicted = new int[1][];
        Measure measure = Measure.time(WARMUPS, REPEATS, () -> {
            model[0] = new SoftmaxRegression(LEARNING_RATE, NUM_EPOCHS).fit(xTrain, yTrain);
            predicted[0] = model[0].predict(xTest);
        });
        double[] history = model[0].lossHistory();
        double seconds = measure.medianSeconds();
        System.out.printf(Locale.ROOT, "SoftmaxRegression(η=%s, %d epochs, full batch) digits %d×%d: fit+predict median %s, "
                + "min %s, loss %.6f → %.6f, test accuracy %.4f%n", LEARNING_RATE, NUM_EPOCHS, xTrain.rows(),
                xTrain.cols(), Measure.human(seconds), Measure.human(measure.minSeconds()), history[0],
                history[history.length - 1], Classification.accuracy(yTest, predicted[0]));
        SoftmaxRegression[] fast = new SoftmaxRegression[1];
        int[][] fastPredicted = new int[1][];
        Measure miniBatch = Measure.time(WARMUPS, REPEATS, () -> {
            fast[0] = new SoftmaxRegression(GradientDescent.miniBatch(LEARNING_RATE, MINI_BATCH_EPOCHS, BATCH_SIZE, 0))
                    .fit(xTrain, yTrain);
            fastPredicted[0] = fast[0].predict(xTest);
        });
        double[] fastHistory = fast[0].lossHistory();
        System.out.printf(Locale.ROOT, "SoftmaxRegression(η=%s, %d epochs, batches of %d, seed 0) digits: fit+predict median %s, "
                + "min %s, loss %.6f → %.6f, test accuracy %.4f%n", LEARNING_RATE, MINI_BATCH_EPOCHS, BATCH_SIZE,
                Measure.human(miniBatch.medianSeconds()), Measure.human(miniBatch.minSeconds()), fastHistory[0],
                fastHistory[fastHistory.length - 1], Classification.accuracy(yTest, fastPredicted[0]));
        Peer peer = Peer.run("logreg_digits", PEER_REPEATS);
        if (peer.skipReason() != null) {
            System.out.println("peer logreg_digits: skipped, " + peer.skipReason());
            return;
        }
        Peer.Result sklearn = peer.find("lbfgs");
        Peer.Result numpy = peer.find("numpy");
        for (Peer.Result result : new Peer.Result[] {sklearn, numpy}) {
            System.out.printf(Locale.ROOT, "peer %s: fit %s, predict %s, accuracy %.4f%n", result.model(),
                    Measure.human(result.fitSeconds()), Measure.human(result.predictSeconds()), result.metric());
        }
        System.out.println(Peer.ratio("softmax regression digits fit+predict vs sklearn lbfgs", seconds,
                sklearn.fitSeconds() + sklearn.predictSeconds()));
        System.out.println(Peer.ratio("softmax regression digits fit+predict vs numpy GD (same algorithm)", seconds,
                numpy.fitSeconds() + numpy.predictSeconds()));
        System.out.println(Peer.ratio("softmax regression digits fit+predict, Java mini-batch GD vs sklearn lbfgs",
                miniBatch.medianSeconds(), sklearn.fitSeconds() + sklearn.predictSeconds()));
    }
}

package org.mlworkbook.bench;

import java.util.Locale;
import org.mlworkbook.data.Datasets;
import org.mlworkbook.data.Split;
import org.mlworkbook.metrics.Classification;
import org.mlworkbook.neighbors.Distance;
import org.mlworkbook.neighbors.KNeighborsClassifier;
import org.mlworkbook.tensor.Tensor;

/**
 * k-nearest neighbours (k = 5, majority vote, brute force) on the standardised digits, Euclidean and Manhattan:
 * fit + predict of the 450 test rows against the 1347 training rows of the peers' split, the scaler fit on the
 * training rows outside the timing. Goal of issue 4: at most scikit-learn's fit + predict time
 * ({@code peers.py knn_digits}, {@code algorithm="brute"}), timed in the same run; prints accuracies and ratios.
 */
public final class KnnBench {

    /** The JIT compiles the search kernels in the background during the first tens of runs. */
    private static final int WARMUPS = 30;
    private static final int REPEATS = 31;
    private static final int PEER_REPEATS = 5;

    private KnnBench() {
    }

    /** Times fit + predict (median of 31 after 30 warm-ups) per distance, then the sklearn peer, and prints the ratios. */
    public static void run() throws Exception {
        Split split = BenchData.standardised(BenchData.split("digits", Datasets.digits()));
        Tensor xTrain = split.train().features();
        Tensor xTest = split.test().features();
        int[] yTrain = split.train().labels();
        int[] yTest = split.test().labels();
        Distance[] distances = {Distance.EUCLIDEAN, Distance.MANHATTAN};
        double[] seconds = new double[distances.length];
        for (int i = 0; i < distances.length; i++) {
            Distance distance = distances[i];
            int[][] predicted = new int[1][];
            Measure measure = Measure.time(WARMUPS, REPEATS,
                    () -> predicted[0] = new KNeighborsClassifier(5, distance).fit(xTrain, yTrain).predict(xTest));
            seconds[i] = measure.medianSeconds();
            System.out.printf(Locale.ROOT, "KNeighborsClassifier(k=5, %s) digits %d×%d against %d rows: fit+predict median %s, "
                    + "min %s, accuracy %.4f%n", distance, xTest.rows(), xTest.cols(), xTrain.rows(),
                    Measure.human(measure.medianSeconds()), Measure.human(measure.minSeconds()),
                    Classification.accuracy(yTest, predicted[0]));
        }
        Peer peer = Peer.run("knn_digits", PEER_REPEATS);
        if (peer.skipReason() != null) {
            System.out.println("peer sklearn knn_digits: skipped, " + peer.skipReason());
            return;
        }
        for (int i = 0; i < distances.length; i++) {
            Peer.Result result = peer.find("," + distances[i] + ",");
            System.out.printf(Locale.ROOT, "peer %s: fit %s, predict %s, accuracy %.4f%n", result.model(),
                    Measure.human(result.fitSeconds()), Measure.human(result.predictSeconds()), result.metric());
            System.out.println(Peer.ratio("KNN k=5 " + distances[i] + " digits fit+predict", seconds[i],
                    result.fitSeconds() + result.predictSeconds()));
        }
    }
}

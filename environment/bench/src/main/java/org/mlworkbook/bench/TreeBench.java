package org.mlworkbook.bench;

import java.util.Locale;
import org.mlworkbook.data.Datasets;
import org.mlworkbook.data.Split;
import org.mlworkbook.metrics.Classification;
import org.mlworkbook.tensor.Tensor;
import org.mlworkbook.tree.Criterion;
import org.mlworkbook.tree.DecisionTreeClassifier;

/**
 * A decision tree (max depth 10, Gini and entropy) on the raw digits of the peers' split (1347 training rows,
 * 450 test rows, no scaling): fit and predict timed separately. Goal of issue 5: at most scikit-learn's fit time
 * ({@code peers.py tree_digits}), timed in the same run; prints accuracies and ratios.
 */
public final class TreeBench {

    /** The JIT compiles the split scan in the background during the first tens of fits. */
    private static final int WARMUPS = 30;
    private static final int REPEATS = 31;
    private static final int PEER_REPEATS = 3;

    private TreeBench() {
    }

    /** Times fit and predict (medians of 31 after 30 warm-ups) per criterion, then the sklearn peer, and prints ratios. */
    public static void run() throws Exception {
        Split split = BenchData.split("digits", Datasets.digits());
        Tensor xTrain = split.train().features();
        Tensor xTest = split.test().features();
        int[] yTrain = split.train().labels();
        int[] yTest = split.test().labels();
        Criterion[] criteria = {Criterion.GINI, Criterion.ENTROPY};
        double[] fitSeconds = new double[criteria.length];
        double[] predictSeconds = new double[criteria.length];
        for (int i = 0; i < criteria.length; i++) {
            DecisionTreeClassifier config = new DecisionTreeClassifier().criterion(criteria[i]).maxDepth(10);
            DecisionTreeClassifier[] fitted = new DecisionTreeClassifier[1];
            Measure fit = Measure.time(WARMUPS, REPEATS, () -> fitted[0] = config.fit(xTrain, yTrain));
            int[][] predicted = new int[1][];
            Measure predict = Measure.time(WARMUPS, REPEATS, () -> predicted[0] = fitted[0].predict(xTest));
            fitSeconds[i] = fit.medianSeconds();
            predictSeconds[i] = predict.medianSeconds();
            System.out.printf(Locale.ROOT, "DecisionTreeClassifier(%s, maxDepth=10) digits %d×%d raw: fit median %s "
                    + "(min %s), predict %d rows median %s, depth %d, %d leaves, accuracy %.4f%n",
                    criteria[i], xTrain.rows(), xTrain.cols(), Measure.human(fit.medianSeconds()),
                    Measure.human(fit.minSeconds()), xTest.rows(), Measure.human(predict.medianSeconds()),
                    fitted[0].depth(), fitted[0].numLeaves(), Classification.accuracy(yTest, predicted[0]));
        }
        Peer peer = Peer.run("tree_digits", PEER_REPEATS);
        if (peer.skipReason() != null) {
            System.out.println("peer sklearn tree_digits: skipped, " + peer.skipReason());
            return;
        }
        for (int i = 0; i < criteria.length; i++) {
            String name = criteria[i].name().toLowerCase(Locale.ROOT);
            Peer.Result result = peer.find("DecisionTreeClassifier(" + name + ",max_depth=10)");
            System.out.printf(Locale.ROOT, "peer %s: fit %s, predict %s, accuracy %.4f%n", result.model(),
                    Measure.human(result.fitSeconds()), Measure.human(result.predictSeconds()), result.metric());
            System.out.println(Peer.ratio("DecisionTree " + name + " max_depth=10 digits fit", fitSeconds[i],
                    result.fitSeconds()));
            System.out.println(Peer.ratio("DecisionTree " + name + " max_depth=10 digits predict", predictSeconds[i],
                    result.predictSeconds()));
        }
    }
}

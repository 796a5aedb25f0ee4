package org.mlworkbook.bench;

import java.util.Locale;
import java.util.function.Supplier;
import org.mlworkbook.data.Datasets;
import org.mlworkbook.data.Split;
import org.mlworkbook.ensemble.AdaBoostClassifier;
import org.mlworkbook.ensemble.GradientBoostingClassifier;
import org.mlworkbook.ensemble.RandomForestClassifier;
import org.mlworkbook.metrics.Classification;
import org.mlworkbook.model.Classifier;

/**
 * Ensembles against scikit-learn ({@code peers.py tree_digits}), raw features, the peers' 75/25 splits:
 * RandomForest(100 trees, √d features, seed 0) on 1 and 2 threads and AdaBoost(50 stumps, SAMME) on digits,
 * GradientBoosting(100 stages, depth 3, η 0.1) on breast cancer. Fit and predict are timed separately (median
 * after warm-ups); goal of issue 5: fit time at most scikit-learn's.
 */
public final class EnsembleBench {

    private static final int WARMUPS = 10;
    private static final int REPEATS = 11;
    private static final int PEER_REPEATS = 5;

    private EnsembleBench() {
    }

    private record Case(String name, String peerModel, Split split, Supplier<Classifier> model) {
    }

    /** Times every case, then the sklearn peer, and prints accuracies and fit-time ratios. */
    public static void run() throws Exception {
        Split digits = BenchData.split("digits", Datasets.digits());
        Split cancer = BenchData.split("breast_cancer", Datasets.breastCancer());
        Case[] cases = {
            new Case("RandomForest(100, sqrt, 1 thread) digits", "RandomForestClassifier(100,sqrt,n_jobs=1)", digits,
                    () -> new RandomForestClassifier(100).seed(0).threads(1)),
            new Case("RandomForest(100, sqrt, 2 threads) digits", "RandomForestClassifier(100,sqrt,n_jobs=2)", digits,
                    () -> new RandomForestClassifier(100).seed(0).threads(2)),
            new Case("AdaBoost(50 stumps, SAMME) digits", "AdaBoostClassifier(50 stumps,SAMME)", digits,
                    () -> new AdaBoostClassifier(50)),
            new Case("GradientBoosting(100, depth 3, lr 0.1) breast_cancer", "GradientBoostingClassifier(100,depth=3)",
                    cancer, GradientBoostingClassifier::new),
        };
        double[] fitSeconds = new double[cases.length];
        for (int c = 0; c < cases.length; c++) {
            Case test = cases[c];
            Split split = test.split();
            Classifier[] fitted = new Classifier[1];
            Measure fit = Measure.time(WARMUPS, REPEATS,
                    () -> fitted[0] = test.model().get().fit(split.train().features(), split.train().labels()));
            int[][] predicted = new int[1][];
            Measure predict = Measure.time(WARMUPS, REPEATS,
                    () -> predicted[0] = fitted[0].predict(split.test().features()));
            fitSeconds[c] = fit.medianSeconds();
            System.out.printf(Locale.ROOT, "%s: fit median %s (min %s), predict median %s, accuracy %.4f%n", test.name(),
                    Measure.human(fit.medianSeconds()), Measure.human(fit.minSeconds()),
                    Measure.human(predict.medianSeconds()),
                    Classification.accuracy(split.test().labels(), predicted[0]));
        }
        Peer peer = Peer.run("tree_digits", PEER_REPEATS);
        if (peer.skipReason() != null) {
            System.out.println("peer sklearn tree_digits: skipped, " + peer.skipReason());
            return;
        }
        for (int c = 0; c < cases.length; c++) {
            Peer.Result result = peer.find(cases[c].peerModel());
            System.out.printf(Locale.ROOT, "peer %s: fit %s, predict %s, accuracy %.4f%n", result.model(),
                    Measure.human(result.fitSeconds()), Measure.human(result.predictSeconds()), result.metric());
            System.out.println(Peer.ratio(cases[c].name() + " fit", fitSeconds[c], result.fitSeconds()));
        }
    }
}

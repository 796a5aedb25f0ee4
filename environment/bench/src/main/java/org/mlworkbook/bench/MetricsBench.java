package org.mlworkbook.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.mlworkbook.math.Rng;
import org.mlworkbook.metrics.Average;
import org.mlworkbook.metrics.Classification;
import org.mlworkbook.metrics.ConfusionMatrix;
import org.mlworkbook.metrics.Regression;
import org.mlworkbook.metrics.RocCurve;

/**
 * Metrics on n = 10⁶ predictions (issue 3 goal: ≤ 50 ms each): accuracy, macro F₁ and the confusion matrix of
 * 10-class labels (80 % correct, the rest uniform), ROC AUC of binary labels with scores s = 0.5·y + u (u uniform,
 * so a realistic AUC of 0.75 and distinct scores to sort), and MSE of normal targets. Data come from
 * {@code Rng(Rng.DEFAULT_SEED)}. When {@code /usr/bin/python3} has scikit-learn, the same metrics on data of the same
 * sizes and kind (numpy's generator, not the same numbers) are timed in the same run as the peer.
 */
public final class MetricsBench {

    private static final int N = 1_000_000;
    private static final int NUM_CLASSES = 10;
    private static final double GOAL_SECONDS = 0.05;
    private static final int WARMUPS = 5;
    private static final int REPEATS = 15;
    private static final String PYTHON = "/usr/bin/python3";
    private static final String PEER_SCRIPT = String.join("\n",
            "import sys, timeit, numpy as np",
            "from sklearn import metrics",
            "n, k = " + N + ", " + NUM_CLASSES,
            "r = np.random.default_rng(42)",
            "y = r.integers(0, k, n); p = np.where(r.random(n) < 0.8, y, r.integers(0, k, n))",
            "yb = r.integers(0, 2, n); s = 0.5 * yb + r.random(n)",
            "t = r.normal(size=n); q = t + r.normal(size=n)",
            "work = {'accuracy': lambda: metrics.accuracy_score(y, p),",
            "        'macro F1': lambda: metrics.f1_score(y, p, average='macro'),",
            "        'confusion matrix': lambda: metrics.confusion_matrix(y, p),",
            "        'ROC AUC': lambda: metrics.roc_auc_score(yb, s),",
            "        'MSE': lambda: metrics.mean_squared_error(t, q)}",
            "for name, f in work.items():",
            "    f()",
            "    times = sorted(timeit.repeat(f, number=1, repeat=5))",
            "    print(name + '\\t' + repr(times[2]))");

    private MetricsBench() {
    }

    /** Times each metric (median of 15 runs after 5 warm-ups), prints PASS/FAIL against 50 ms, then the sklearn peer. */
    public static void run() throws Exception {
        Rng rng = new Rng(Rng.DEFAULT_SEED);
        int[] yTrue = new int[N];
        int[] yPred = new int[N];
        int[] yBinary = new int[N];
        double[] scores = new double[N];
        double[] targets = new double[N];
        double[] predictions = new double[N];
        for (int i = 0; i < N; i++) {
            yTrue[i] = rng.nextInt(NUM_CLASSES);
            yPred[i] = rng.uniform() < 0.8 ? yTrue[i] : rng.nextInt(NUM_CLASSES);
            yBinary[i] = rng.nextInt(2);
            scores[i] = 0.5 * yBinary[i] + rng.uniform();
            targets[i] = rng.normal();
            predictions[i] = targets[i] + rng.normal();
        }
        System.out.printf(Locale.ROOT, "n = %d predictions; accuracy %.4f, macro F1 %.4f, ROC AUC %.4f, MSE %.4f%n", N,
                Classification.accuracy(yTrue, yPred), Classification.f1(yTrue, yPred, Average.MACRO),
                RocCurve.of(yBinary, scores).auc(), Regression.mse(targets, predictions));
        Map<String, Measure.Work> work = new LinkedHashMap<>();
        double[] sink = new double[1];  // keeps the JIT from dropping the work
        work.put("accuracy", () -> sink[0] += Classification.accuracy(yTrue, yPred));
        work.put("macro F1", () -> sink[0] += Classification.f1(yTrue, yPred, Average.MACRO));
        work.put("confusion matrix", () -> sink[0] += ConfusionMatrix.of(yTrue, yPred).total());
        work.put("ROC AUC", () -> sink[0] += RocCurve.of(yBinary, scores).auc());
        work.put("MSE", () -> sink[0] += Regression.mse(targets, predictions));
        for (Map.Entry<String, Measure.Work> entry : work.entrySet()) {
            Measure measure = Measure.time(WARMUPS, REPEATS, entry.getValue());
            System.out.println(measure.verdict(entry.getKey() + " on 1e6", GOAL_SECONDS) + ", min " + Measure.human(measure.minSeconds()));
        }
        peer();
    }

    /** Runs the sklearn peer and prints its medians, or why it was skipped. */
    private static void peer() throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of(PYTHON))) {
            System.out.println("peer sklearn: skipped, " + PYTHON + " not found");
            return;
        }
        Process process = new ProcessBuilder(List.of(PYTHON, "-c", PEER_SCRIPT)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            System.out.println("peer sklearn: skipped, the script failed: " + output.strip().lines().reduce((a, b) -> b).orElse(""));
            return;
        }
        for (String line : output.strip().split("\n")) {
            String[] parts = line.split("\t");
            System.out.printf(Locale.ROOT, "peer sklearn %s on 1e6: median %s%n", parts[0], Measure.human(Double.parseDouble(parts[1])));
        }
    }
}

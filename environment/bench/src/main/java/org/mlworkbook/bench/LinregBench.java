package org.mlworkbook.bench;

import java.util.Locale;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.mlworkbook.data.Dataset;
import org.mlworkbook.data.Datasets;
import org.mlworkbook.linear.LinearRegression;
import org.mlworkbook.linear.Ridge;
import org.mlworkbook.metrics.Regression;
import org.mlworkbook.tensor.Tensor;

/**
 * Linear regression on the peers' synthetic data (issue 4): n = 200 000 rows, d = 50 features,
 * {@code Datasets.linear} with seed 0, wⱼ = (−1)ʲ(j+1)/d, b = 2, noise 0.1, which rebuilds {@code peers.py
 * linreg_synth}'s matrix. Times fit and predict (all rows) of LinearRegression (normal equations by Cholesky) and
 * Ridge(α = 1), prints R² on the training rows and max |ŵ − w|, and, for reference, EJML's XᵀX
 * ({@code CommonOps_DDRM.multTransA}) on a zero-copy wrap, which the library's one-pass Gram sum replaces.
 * Goal: fit + predict at most scikit-learn's LinearRegression (SVD lstsq) time in the same run; the ratios
 * against sklearn's Ridge (Cholesky) and the numpy normal equations are printed for information.
 */
public final class LinregBench {

    private static final int N = 200_000;
    private static final int D = 50;
    private static final int WARMUPS = 3;
    private static final int REPEATS = 9;
    private static final int PEER_REPEATS = 3;

    private LinregBench() {
    }

    /** Builds the data, times the Java side (median of 9 after 3 warm-ups), runs the peer and prints the ratios. */
    public static void run() throws Exception {
        double[] w = new double[D];
        for (int j = 0; j < D; j++) {
            w[j] = (j % 2 == 0 ? 1.0 : -1.0) * (j + 1) / D;
        }
        long start = System.nanoTime();
        Dataset data = Datasets.linear(N, w, 2.0, 0.1, 0);
        System.out.printf(Locale.ROOT, "linreg_synth %d×%d generated in %s%n", N, D, Measure.human((System.nanoTime() - start) / 1e9));
        Tensor x = data.features();
        double[] y = data.targets();
        LinearRegression ols = new LinearRegression();
        Ridge ridge = new Ridge(1.0);
        double[][] predicted = new double[2][];
        DMatrixRMaj gram = new DMatrixRMaj(D, D);
        Measure[] m = Measure.interleaved(WARMUPS, REPEATS,
                () -> ols.fit(x, y),
                () -> predicted[0] = ols.predict(x),
                () -> ridge.fit(x, y),
                () -> predicted[1] = ridge.predict(x),
                () -> CommonOps_DDRM.multTransA(DMatrixRMaj.wrap(N, D, x.data()), DMatrixRMaj.wrap(N, D, x.data()), gram));
        report("LinearRegression (normal equations, Cholesky)", ols.coefficients(), ols.intercept(), w, y, predicted[0], m[0], m[1]);
        report("Ridge(alpha=1.0) (normal equations, Cholesky)", ridge.coefficients(), ridge.intercept(), w, y, predicted[1], m[2], m[3]);
        System.out.printf(Locale.ROOT, "for reference: EJML CommonOps_DDRM.multTransA XᵀX (%d×%d) alone: median %s, min %s "
                + "(multInner, which exploits symmetry, reads X by columns and takes seconds here)%n",
                D, D, Measure.human(m[4].medianSeconds()), Measure.human(m[4].minSeconds()));
        Peer peer = Peer.run("linreg_synth", PEER_REPEATS);
        if (peer.skipReason() != null) {
            System.out.println("peer sklearn linreg_synth: skipped, " + peer.skipReason());
            return;
        }
        for (Peer.Result result : peer.results()) {
            System.out.printf(Locale.ROOT, "peer %s: fit %s, predict %s, R² %.6f%n", result.model(),
                    Measure.human(result.fitSeconds()), Measure.human(result.predictSeconds()), result.metric());
        }
        double olsSeconds = m[0].medianSeconds() + m[1].medianSeconds();
        double ridgeSeconds = m[2].medianSeconds() + m[3].medianSeconds();
        System.out.println(Peer.ratio("LinearRegression 200000×50 fit+predict vs sklearn LinearRegression", olsSeconds,
                total(peer.find("LinearRegression"))));
        System.out.println("info: " + Peer.ratio("Ridge(1) 200000×50 fit+predict vs sklearn Ridge(1) cholesky", ridgeSeconds,
                total(peer.find("Ridge"))));
        System.out.println("info: " + Peer.ratio("LinearRegression 200000×50 fit+predict vs numpy normal equations", olsSeconds,
                total(peer.find("[X,1]"))));
    }

    private static double total(Peer.Result result) {
        return result.fitSeconds() + result.predictSeconds();
    }

    private static void report(String model, double[] coefficients, double intercept, double[] w, double[] y,
            double[] predicted, Measure fit, Measure predict) {
        double maxError = 0;
        for (int j = 0; j < w.length; j++) {
            maxError = Math.max(maxError, Math.abs(coefficients[j] - w[j]));
        }
        System.out.printf(Locale.ROOT, "%s: fit median %s (min %s), predict median %s (min %s), R² %.6f, max|ŵ−w| %.2e, b %.6f%n",
                model, Measure.human(fit.medianSeconds()), Measure.human(fit.minSeconds()),
                Measure.human(predict.medianSeconds()), Measure.human(predict.minSeconds()),
                Regression.r2(y, predicted), maxError, intercept);
    }
}

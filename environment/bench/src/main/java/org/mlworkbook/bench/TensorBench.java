package org.mlworkbook.bench;

import java.util.Locale;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.mlworkbook.math.Rng;
import org.mlworkbook.tensor.Tensor;
import org.mlworkbook.tensor.TensorOps;

/**
 * Matrix product throughput, GFLOP/s = 2n³/t, for n = 256, 512, 1024: {@code Tensor.matmul} (allocates its
 * result), {@code TensorOps.matmul} (caller's result) and plain single-threaded EJML {@code CommonOps_DDRM.mult} on
 * the same arrays, interleaved in the same run, next to numpy float64 (OpenBLAS, 1 and 2 threads) from
 * peers/README.md. At these sizes the tensors use their vectorised row kernel on all cores, so TensorOps over EJML
 * should be well above 1; the goal line asks that it is never below 0.9. Tensor.matmul also allocates and zeroes
 * its n×n result.
 */
public final class TensorBench {

    private static final int[] SIZES = {256, 512, 1024};
    /** numpy float64 matmul GFLOP/s with OPENBLAS_NUM_THREADS=1 (peers/README.md, 2026-11-21). */
    private static final double[] NUMPY_ONE_THREAD = {48.8, 46.0, 50.2};
    /** The same with 2 threads, as Tensor uses both cores for these sizes. */
    private static final double[] NUMPY_TWO_THREADS = {90.3, 98.8, 97.2};
    private static final double MIN_RATIO = 0.9;

    private TensorBench() {
    }

    /** Runs the benchmark and prints one line per size plus PASS/FAIL lines (about 20 s). */
    public static void run() throws Exception {
        System.out.println("matmul, float64, GFLOP/s = 2n³/t (median); EJML: one thread; Tensor: all cores; "
                + "numpy: OpenBLAS, from peers/README.md");
        for (int s = 0; s < SIZES.length; s++) {
            int n = SIZES[s];
            Rng rng = new Rng(Rng.DEFAULT_SEED);
            Tensor a = Tensor.randomUniform(rng, -1, 1, n, n);
            Tensor b = Tensor.randomUniform(rng, -1, 1, n, n);
            Tensor out = Tensor.zeros(n, n);
            DMatrixRMaj ea = DMatrixRMaj.wrap(n, n, a.data());
            DMatrixRMaj eb = DMatrixRMaj.wrap(n, n, b.data());
            DMatrixRMaj ec = new DMatrixRMaj(n, n);
            int repeats = n <= 256 ? 15 : n <= 512 ? 7 : 3;
            Measure[] measures = Measure.interleaved(2, repeats, () -> CommonOps_DDRM.mult(ea, eb, ec),
                    () -> a.matmul(b), () -> TensorOps.matmul(a, b, out));
            Measure ejml = measures[0];
            Measure tensor = measures[1];
            Measure ops = measures[2];
            double flops = 2.0 * n * n * n;
            double ratio = ejml.medianSeconds() / ops.medianSeconds();
            System.out.printf(Locale.ROOT, "n=%4d  Tensor.matmul %5.2f  TensorOps.matmul %5.2f  EJML %5.2f  "
                            + "TensorOps/EJML %.2f  numpy %.1f (1 thread) %.1f (2)  (Tensor median %s)%n", n,
                    gflops(flops, tensor), gflops(flops, ops), gflops(flops, ejml), ratio, NUMPY_ONE_THREAD[s],
                    NUMPY_TWO_THREADS[s],
                    Measure.human(tensor.medianSeconds()));
            System.out.printf(Locale.ROOT, "%s matmul n=%d: TensorOps/EJML %.2f, goal >= %.2f%n",
                    ratio >= MIN_RATIO ? "PASS" : "FAIL", n, ratio, MIN_RATIO);
        }
    }

    private static double gflops(double flops, Measure measure) {
        return flops / measure.medianSeconds() / 1e9;
    }
}

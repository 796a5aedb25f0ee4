package org.mlworkbook.bench;

import java.util.Locale;
import org.mlworkbook.autodiff.Var;
import org.mlworkbook.tensor.Tensor;

/**
 * The autodiff engine's overhead per operation on tiny tensors, where the arithmetic costs almost nothing and what
 * is measured is the graph: a {@code Var} and an {@code Op} object per operation, the topological sort and the
 * gradient bookkeeping of {@code backward()}. Two workloads, each timed in µs per operation (median of
 * {@value #REPEATS} runs of {@value #ITERATIONS} iterations after {@value #WARMUPS} warm-ups), interleaved so the
 * ratios are fair:
 * <ul>
 *   <li>z = a + b on 1-element tensors, and</li>
 *   <li>a 10-op chain on 2×2 matrices, y = tanh(relu(((x ⊙ w + b)·w − x) ⊙ 0.5 + 1)ᵀ)ᵀ ⊙ x summed,</li>
 * </ul>
 * each as plain {@code Tensor} arithmetic (no graph), as Vars inside {@code Var.noGrad()} (wrapping only), as Vars
 * recording the graph (forward), and recording plus {@code backward()}. The issue sets no goal for this number: it
 * is printed so that the cost of the engine per op can be compared with the time of a real layer's arithmetic (a
 * 32×64 by 64×128 matmul takes tens of µs).
 */
public final class AutodiffBench {

    private static final int WARMUPS = 25;
    private static final int REPEATS = 15;
    private static final int ITERATIONS = 10_000;
    private static final int CHAIN_OPS = 10;

    private AutodiffBench() {
    }

    /** Runs both workloads and prints one line each (a few seconds). */
    public static void run() throws Exception {
        Tensor one = Tensor.of(1.5);
        Tensor two = Tensor.of(-0.25);
        Var a = Var.of(one);
        Var b = Var.of(two);
        double[] sink = new double[1];
        Measure[] add = Measure.interleaved(WARMUPS, REPEATS,
                () -> {
                    for (int i = 0; i < ITERATIONS; i++) {
                        sink[0] += one.add(two).data()[0];
                    }
                },
                () -> {
                    try (var scope = Var.noGrad()) {
                        for (int i = 0; i < ITERATIONS; i++) {
                            sink[0] += a.add(b).value().data()[0];
                        }
                    }
                },
                () -> {
                    for (int i = 0; i < ITERATIONS; i++) {
                        sink[0] += a.add(b).value().data()[0];
                    }
                },
                () -> {
                    for (int i = 0; i < ITERATIONS; i++) {
                        a.zeroGrad();
                        b.zeroGrad();
                        a.add(b).backward();
                    }
                });
        print("add of two 1-element tensors", 1, add);

        Tensor x = Tensor.of(new double[][] {{0.5, -1}, {2, 0.25}});
        Tensor w = Tensor.of(new double[][] {{1, 0.5}, {-0.5, 1}});
        Tensor c = Tensor.of(0.1, -0.2);
        Var vx = Var.constant(x);
        Var vw = Var.of(w);
        Var vc = Var.of(c);
        Measure[] chain = Measure.interleaved(WARMUPS, REPEATS,
                () -> {
                    for (int i = 0; i < ITERATIONS; i++) {
                        sink[0] += plainChain(x, w, c);
                    }
                },
                () -> {
                    try (var scope = Var.noGrad()) {
                        for (int i = 0; i < ITERATIONS; i++) {
                            sink[0] += varChain(vx, vw, vc).item();
                        }
                    }
                },
                () -> {
                    for (int i = 0; i < ITERATIONS; i++) {
                        sink[0] += varChain(vx, vw, vc).item();
                    }
                },
                () -> {
                    for (int i = 0; i < ITERATIONS; i++) {
                        vw.zeroGrad();
                        vc.zeroGrad();
                        varChain(vx, vw, vc).backward();
                    }
                });
        print("10-op chain on 2×2 matrices", CHAIN_OPS, chain);
        if (Double.isNaN(sink[0])) {
            System.out.println("(unreachable: keeps the results alive)");
        }
    }

    /** The chain's 10 operations on Tensors: mul, add, matmul, sub, mul, add, relu, transpose, tanh, then sum. */
    private static double plainChain(Tensor x, Tensor w, Tensor c) {
        Tensor h = x.mul(w).add(c).matmul(w).sub(x).mul(0.5).add(1.0);
        return h.map(v -> v > 0 ? v : 0).transpose().map(Math::tanh).sum();
    }

    /** The same 10 operations as Vars. */
    private static Var varChain(Var x, Var w, Var c) {
        return x.mul(w).add(c).matmul(w).sub(x).mul(0.5).add(1.0).relu().transpose().tanh().sum();
    }

    private static void print(String what, int ops, Measure[] m) {
        double perOp = 1e6 / ((double) ITERATIONS * ops);
        double plain = m[0].medianSeconds() * perOp;
        double noGrad = m[1].medianSeconds() * perOp;
        double forward = m[2].medianSeconds() * perOp;
        double backward = m[3].medianSeconds() * perOp;
        System.out.printf(Locale.ROOT, "%s, µs per op (median): Tensor %.3f | Var no-grad %.3f | Var forward "
                        + "(graph) %.3f | forward + backward %.3f; engine overhead over Tensor: forward %.3f, "
                        + "forward + backward %.3f µs/op%n", what, plain, noGrad, forward, backward, forward - plain,
                backward - plain);
    }
}

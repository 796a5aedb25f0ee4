package org.mlworkbook.bench;

import java.util.Locale;
import org.mlworkbook.math.Rng;
import org.mlworkbook.snn.LifNetwork;
import org.mlworkbook.snn.WeightMatrix;

/**
 * The peers' {@code snn_lif} network (environment/bench/peers/README.md): 1000 LIF neurons (τ_m 20 ms, θ 20 mV,
 * reset 10 mV, rest 0, t_ref 2 ms, exact integration), 10% random excitatory delta synapses of J = 0.05 mV without
 * self-connections, Poisson input from 1000 sources × 9 Hz × 0.1 mV per neuron, dt 0.1 ms, 1 s, initial v uniform
 * in [0, θ). The connectivity and random streams are Java's (Rng), so spike counts agree only statistically.
 * Timed: building nothing, only {@code run(1000 ms)} on a fresh network. Goal of issue 7: at least 10× faster
 * than Brian2's numpy target, same order of spike count.
 */
public final class LifNetworkBench {

    private static final int WARMUPS = 3;
    private static final int REPEATS = 7;
    private static final int PEER_REPEATS = 3;

    private LifNetworkBench() {
    }

    /** Times the 1 s simulation (median of 7 after 3 warm-ups), then the Brian2/numpy peers, and prints ratios. */
    public static void run() throws Exception {
        WeightMatrix weights = WeightMatrix.random(1000, 1000, 0.1, 0.05, false, 0);
        double[] v0 = new double[1000];
        Rng rng = new Rng(1);
        for (int i = 0; i < v0.length; i++) {
            v0[i] = rng.uniform(0, 20);
        }
        int[] spikes = new int[1];
        Measure measure = Measure.time(WARMUPS, REPEATS, () -> spikes[0] = network(weights, v0).run(1000).spikes().count());
        double seconds = measure.medianSeconds();
        System.out.printf(Locale.ROOT, "LifNetwork 1000 LIF, %d synapses, Poisson 1000×9 Hz×0.1 mV, dt 0.1 ms, 1 s: "
                + "median %s (min %s), %d spikes (%.2f Hz)%n", weights.synapses(), Measure.human(seconds),
                Measure.human(measure.minSeconds()), spikes[0], spikes[0] / 1000.0);
        Peer peer = Peer.run("snn_lif", PEER_REPEATS);
        if (peer.skipReason() != null) {
            System.out.println("peer snn_lif: skipped, " + peer.skipReason());
            return;
        }
        for (String name : new String[]{"brian2", "plain numpy"}) {
            Peer.Result result = peer.find(name);
            System.out.printf(Locale.ROOT, "peer %s, %s: run %s, %.0f spikes%n", result.peer(), result.model(),
                    Measure.human(result.fitSeconds()), result.metric());
        }
        Peer.Result brian = peer.find("brian2");
        double speedup = brian.fitSeconds() / seconds;
        System.out.printf(Locale.ROOT, "%s LIF network 1 s vs Brian2 numpy target: Java %s, Brian2 %s, "
                + "Brian2/Java %.1f×, goal >= 10×; spikes Java %d vs Brian2 %.0f (ratio %.2f, goal same order)%n",
                speedup >= 10 && spikes[0] > brian.metric() / 10 && spikes[0] < brian.metric() * 10 ? "PASS" : "FAIL",
                Measure.human(seconds), Measure.human(brian.fitSeconds()), speedup, spikes[0], brian.metric(),
                spikes[0] / brian.metric());
        System.out.println(Peer.ratio("LIF network 1 s vs plain numpy loop", seconds, peer.find("plain numpy").fitSeconds()));
    }

    private static LifNetwork network(WeightMatrix weights, double[] v0) {
        return new LifNetwork(1000, 0.1).tauM(20).threshold(20).reset(10).rest(0).refractory(2)
                .voltages(v0).connect(weights, 0).poissonInput(1000, 9, 0.1, 2);
    }
}

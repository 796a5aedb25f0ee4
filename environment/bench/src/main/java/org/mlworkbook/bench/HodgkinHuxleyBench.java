package org.mlworkbook.bench;

import java.util.Locale;
import org.mlworkbook.snn.Currents;
import org.mlworkbook.snn.HodgkinHuxley;
import org.mlworkbook.snn.Integrator;
import org.mlworkbook.snn.NeuronTrace;

/**
 * One Hodgkin–Huxley neuron (1952 parameters, rest −65 mV, gates at steady state) driven by I = 10 µA/cm² for
 * 1 s with RK4 at dt = 0.01 ms (100 000 steps), spikes counted as upward crossings of 0 mV. Goal of issue 7:
 * at most 50 ms. Side by side with {@code peers.py snn_hh}: Brian2's numpy target and a plain CPython RK4 loop,
 * both 69 spikes. Brian2 needs about 30 s per run, so the peer runs once (repeats = 1).
 */
public final class HodgkinHuxleyBench {

    private static final int WARMUPS = 10;
    private static final int REPEATS = 21;
    /** Brian2's numpy target takes ~30 s for this run: one repeat keeps the bench under a minute. */
    private static final int PEER_REPEATS = 1;
    private static final double GOAL_SECONDS = 0.050;

    private HodgkinHuxleyBench() {
    }

    /** Times the simulation (median of 21 after 10 warm-ups), checks the 50 ms goal, then runs the peers. */
    public static void run() throws Exception {
        NeuronTrace[] trace = new NeuronTrace[1];
        Measure measure = Measure.time(WARMUPS, REPEATS, () -> trace[0] = HodgkinHuxley.DEFAULT.simulate(
                Currents.constant(10), 1000, 0.01, Integrator.RK4, false));
        double seconds = measure.medianSeconds();
        System.out.printf(Locale.ROOT, "HodgkinHuxley 1 s, dt 0.01 ms, RK4, I = 10 µA/cm²: median %s (min %s), "
                + "%d spikes (peers: 69)%n", Measure.human(seconds), Measure.human(measure.minSeconds()),
                trace[0].spikeCount());
        System.out.printf(Locale.ROOT, "%s HH single neuron 1 s at dt 0.01 ms: Java %s, goal <= %s%n",
                seconds <= GOAL_SECONDS ? "PASS" : "FAIL", Measure.human(seconds), Measure.human(GOAL_SECONDS));
        Peer peer = Peer.run("snn_hh", PEER_REPEATS);
        if (peer.skipReason() != null) {
            System.out.println("peer snn_hh: skipped, " + peer.skipReason());
            return;
        }
        // peers.py emits Brian2 first, then the CPython loop; both report the same model text
        String[] peerNames = {"Brian2 numpy target", "CPython RK4 loop"};
        for (int i = 0; i < peer.results().size(); i++) {
            Peer.Result result = peer.results().get(i);
            String name = i < peerNames.length ? peerNames[i] : result.model();
            System.out.printf(Locale.ROOT, "peer %s (1 run): %s, %.0f spikes; Java is %.0f× faster%n", name,
                    Measure.human(result.fitSeconds()), result.metric(), result.fitSeconds() / seconds);
            System.out.println(Peer.ratio("HH 1 s vs " + name, seconds, result.fitSeconds()));
        }
    }
}

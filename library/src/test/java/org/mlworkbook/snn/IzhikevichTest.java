package org.mlworkbook.snn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IzhikevichTest {

    /** I = 10 from t = 0 for 300 ms at dt = 0.1 ms, as in Izhikevich (2003), Fig. 2. */
    private static NeuronTrace run(Izhikevich neuron) {
        return neuron.simulate(Currents.constant(10), 300, 0.1);
    }

    private static int countAbove(double[] values, double limit) {
        int count = 0;
        for (double value : values) {
            count += value > limit ? 1 : 0;
        }
        return count;
    }

    @Test
    void presetsHaveThePublishedParameters() {
        assertEquals(new Izhikevich(0.02, 0.2, -65, 8), Izhikevich.RS);
        assertEquals(new Izhikevich(0.1, 0.26, -65, 2), Izhikevich.RZ);
        assertSame(Izhikevich.CH, Izhikevich.preset("ch"));
        assertThrows(IllegalArgumentException.class, () -> Izhikevich.preset("XY"));
    }

    @Test
    void regularSpikingAdapts() {
        double[] intervals = run(Izhikevich.RS).interSpikeIntervalsMs();
        assertTrue(intervals.length >= 4);
        assertTrue(intervals[1] > 1.5 * intervals[0], "second interval " + intervals[1] + ", first " + intervals[0]);
        assertTrue(intervals[0] > 10, "RS fires single spikes, no burst: first interval " + intervals[0]);
    }

    @Test
    void intrinsicallyBurstingStartsWithABurstThenFiresSingleSpikes() {
        double[] intervals = run(Izhikevich.IB).interSpikeIntervalsMs();
        assertTrue(intervals[0] < 5 && intervals[1] < 5, "initial burst");
        for (int i = 2; i < intervals.length; i++) {
            assertTrue(intervals[i] > 20, "interval " + i + " = " + intervals[i]);
        }
    }

    @Test
    void chatteringBurstsRepeatedly() {
        double[] intervals = run(Izhikevich.CH).interSpikeIntervalsMs();
        int gaps = countAbove(intervals, 20);       // pauses between bursts
        int withinBursts = intervals.length - gaps; // short intervals inside bursts
        assertTrue(gaps >= 4, "pauses " + gaps);
        assertTrue(withinBursts >= 3 * gaps, "spikes within bursts " + withinBursts);
    }

    @Test
    void fastSpikingFiresFastWithoutAdaptation() {
        NeuronTrace fs = run(Izhikevich.FS);
        NeuronTrace rs = run(Izhikevich.RS);
        assertTrue(fs.steadyRateHz() > 100, "FS rate " + fs.steadyRateHz());
        assertTrue(fs.steadyRateHz() > 4 * rs.steadyRateHz());
        // the rate over the first 100 ms is the steady rate for FS, well above it for RS (adaptation)
        assertEquals(1.0, onsetRate(fs) / fs.steadyRateHz(), 0.1);
        assertTrue(onsetRate(rs) / rs.steadyRateHz() > 1.25);
    }

    private static double onsetRate(NeuronTrace trace) {
        int count = 0;
        for (double t : trace.spikeTimesMs()) {
            count += t < 100 ? 1 : 0;
        }
        return count * 10.0;
    }

    @Test
    void spikeIsMarkedAtThePeakAndFollowedByTheReset() {
        NeuronTrace trace = run(Izhikevich.RS);
        int k = (int) Math.ceil(trace.spikeTimesMs()[0] / 0.1);
        assertEquals(30.0, trace.voltage()[k]);
        assertEquals(-65.0 + 0.1 * 0, trace.state("v")[k + 1], 5.0); // back near c = −65 after the step
        assertTrue(trace.state("u")[k] - trace.state("u")[k - 1] > 7.9); // u jumps by d = 8
    }

    @Test
    void stepsAboveHalfAMillisecondAreRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Izhikevich.RS.simulate(Currents.constant(10), 100, 1.0));
        assertEquals("simulate: dtMs expected > 0 and <= 0.5 ms for the Izhikevich model, got 1.0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Izhikevich(-0.02, 0.2, -65, 8));
    }
}

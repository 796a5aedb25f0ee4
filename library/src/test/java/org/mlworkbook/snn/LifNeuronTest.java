package org.mlworkbook.snn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LifNeuronTest {

    private static final double DT = 0.01;

    @Test
    void analyticRateMatchesTheNotesFormulaByHand() {
        // v_in = 2, τ_m = 20 ms, t_ref = 2 ms: r = 1/(2 − 20·ln(1/2)) per ms = 63.0400 Hz
        assertEquals(1000 / (2 + 20 * Math.log(2)), DimensionlessLif.analyticRateHz(2, 20, 2), 1e-12);
        assertEquals(63.0400, DimensionlessLif.DEFAULT.analyticRateHz(2), 1e-4);
        assertEquals(0.0, DimensionlessLif.analyticRateHz(1.0, 20, 2));
        // dimensioned with V_reset = V₀: I = 3 nA → v_in = 3·10/15 = 2, τ = 10 ms: 1/(2 + 10 ln 2)
        assertEquals(1000 / (2 + 10 * Math.log(2)), LifNeuron.DEFAULT.analyticRateHz(3.0), 1e-12);
    }

    @Test
    void dimensionlessRateIsWithinOnePercentOfTheFormulaForBothIntegrators() {
        for (Integrator method : new Integrator[] {Integrator.EXPONENTIAL_EULER, Integrator.EULER}) {
            for (double vIn : new double[] {1.02, 1.1, 1.5, 2, 3, 5, 10, 20}) {
                NeuronTrace trace = DimensionlessLif.DEFAULT.simulate(Currents.constant(vIn), 1000, DT, method, false);
                double expected = DimensionlessLif.DEFAULT.analyticRateHz(vIn);
                double simulated = 1000.0 / meanInterval(trace);
                assertEquals(expected, simulated, 0.01 * expected, method + " at v_in = " + vIn);
            }
        }
    }

    @Test
    void dimensionedRateIsWithinOnePercentOfTheFormulaAndZeroBelowRheobase() {
        LifNeuron neuron = LifNeuron.DEFAULT;
        assertEquals(1.5, neuron.rheobaseNa(), 1e-12); // C·(θ − V₀)/τ = 1·15/10 nA
        for (double current : new double[] {1.52, 1.6, 2, 3, 5, 10, 20}) {
            NeuronTrace trace = neuron.simulate(Currents.constant(current), 1000, DT, Integrator.EXPONENTIAL_EULER,
                    false);
            double expected = neuron.analyticRateHz(current);
            assertEquals(expected, 1000.0 / meanInterval(trace), 0.01 * expected, "I = " + current);
        }
        for (double current : new double[] {0, 1.0, 1.49}) {
            assertEquals(0, neuron.simulate(Currents.constant(current), 1000, DT).spikeCount(), "I = " + current);
            assertEquals(0.0, neuron.analyticRateHz(current));
        }
    }

    @Test
    void resetAtTheInterpolatedSpikeTimeKeepsRatesExactWithoutRefractoryPeriod() {
        // t_ref = 0 and a coarse step: resetting at the end of the step would lose up to dt per interval
        DimensionlessLif neuron = new DimensionlessLif(20, 0);
        for (double vIn : new double[] {1.5, 6, 20}) {
            NeuronTrace trace = neuron.simulate(Currents.constant(vIn), 1000, 0.05, Integrator.EXPONENTIAL_EULER, false);
            double expected = neuron.analyticRateHz(vIn);
            assertEquals(expected, 1000.0 / meanInterval(trace), 1e-3 * expected, "v_in = " + vIn);
        }
    }

    @Test
    void tuningCurveCountsSpikesPerSecond() {
        double[] rates = LifNeuron.DEFAULT.tuningCurveHz(new double[] {1.0, 3.0}, 1000, 0.01);
        assertEquals(0.0, rates[0]);
        assertEquals(LifNeuron.DEFAULT.analyticRateHz(3.0), rates[1], 1.01); // whole spikes in 1 s
    }

    @Test
    void explicitSolutionMatchesTheIntegratorBelowThreshold() {
        DimensionlessLif neuron = DimensionlessLif.DEFAULT;
        double vIn = 0.9;
        NeuronTrace exact = neuron.simulate(Currents.constant(vIn), 100, 0.1, Integrator.EXPONENTIAL_EULER, true);
        NeuronTrace rk4 = neuron.simulate(Currents.constant(vIn), 100, 0.1, Integrator.RK4, true);
        NeuronTrace euler = neuron.simulate(Currents.constant(vIn), 100, 0.01, Integrator.EULER, true);
        for (int k = 0; k < exact.timesMs().length; k++) {
            double v = neuron.subthresholdVoltage(vIn, exact.timesMs()[k]);
            assertEquals(v, exact.voltage()[k], 1e-12);
            assertEquals(v, rk4.voltage()[k], 1e-10);
            assertEquals(v, euler.voltage()[10 * k], 2e-4);
        }
        assertEquals(0, exact.spikeCount());
        // one time constant: v(τ) = v_in·(1 − 1/e)
        assertEquals(0.9 * (1 - Math.exp(-1)), neuron.subthresholdVoltage(0.9, 20), 1e-15);
    }

    @Test
    void voltageIsHeldAtResetDuringTheRefractoryPeriod() {
        LifNeuron neuron = LifNeuron.DEFAULT.withRefractoryMs(5);
        NeuronTrace trace = neuron.simulate(Currents.constant(5), 100, 0.1);
        double spike = trace.spikeTimesMs()[0];
        for (int k = 0; k < trace.timesMs().length; k++) {
            double t = trace.timesMs()[k];
            if (t > spike && t <= spike + 5) {
                assertEquals(-70.0, trace.voltage()[k], 1e-12, "t = " + t);
            }
        }
        assertTrue(trace.voltage()[(int) Math.round((spike + 6) / 0.1)] > -70.0);
    }

    @Test
    void perfectIntegratorFiresAtTheLinearRate() {
        IntegrateAndFire neuron = IntegrateAndFire.DEFAULT;
        // r = 1/(t_ref + C(θ − V_r)/I) = 1/(2 + 15/1.5) per ms = 83.33 Hz
        assertEquals(1000.0 / 12, neuron.analyticRateHz(1.5), 1e-12);
        NeuronTrace trace = neuron.simulate(Currents.constant(1.5), 1000, 0.01);
        assertEquals(1000.0 / 12, 1000.0 / meanInterval(trace), 1e-6);
        assertEquals(0, neuron.simulate(Currents.constant(0), 100, 0.1).spikeCount());
    }

    @Test
    void adaptiveThresholdJumpsAtEachSpikeAndIntervalsLengthen() {
        AdaptiveLif neuron = AdaptiveLif.DEFAULT;
        NeuronTrace trace = neuron.simulate(Currents.constant(3), 500, 0.01);
        double[] intervals = trace.interSpikeIntervalsMs();
        assertTrue(intervals.length > 10);
        for (int i = 1; i < intervals.length; i++) {
            assertTrue(intervals[i] >= intervals[i - 1] - 1e-9, "interval " + i + " shortened");
        }
        assertTrue(intervals[intervals.length - 1] > 1.5 * intervals[0]);
        double[] threshold = trace.state("threshold");
        int k = (int) Math.ceil(trace.spikeTimesMs()[0] / 0.01);
        assertEquals(2.0, threshold[k] - threshold[k - 1], 1e-3); // Δθ = 2 mV, minus a tiny relaxation
        assertEquals(-55.0, threshold[0]);
    }

    @Test
    void sameInputGivesTheSameTrace() {
        var noisy = Currents.noisy(2.0, 1.0, 1.0, 200, 3);
        assertArrayEquals(LifNeuron.DEFAULT.simulate(noisy, 200, 0.1).spikeTimesMs(),
                LifNeuron.DEFAULT.simulate(Currents.noisy(2.0, 1.0, 1.0, 200, 3), 200, 0.1).spikeTimesMs());
    }

    @Test
    void badTimeStepsAndTimeConstantsFailClearly() {
        var zero = assertThrows(IllegalArgumentException.class,
                () -> LifNeuron.DEFAULT.simulate(Currents.constant(2), 100, 0));
        assertEquals("simulate: dtMs expected > 0 and finite, got 0.0", zero.getMessage());
        var unstable = assertThrows(IllegalArgumentException.class,
                () -> LifNeuron.DEFAULT.simulate(Currents.constant(2), 100, 25, Integrator.EULER, true));
        assertTrue(unstable.getMessage().contains("< 2.0·τ = 20"), unstable.getMessage());
        var tau = assertThrows(IllegalArgumentException.class, () -> new LifNeuron(1, -10, -70, -55, -70, 2));
        assertEquals("LifNeuron: tauMs expected a finite value > 0, got -10.0", tau.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new DimensionlessLif(-20, 2));
        assertThrows(IllegalArgumentException.class, () -> new DimensionlessLif(20, -1));
        assertThrows(IllegalArgumentException.class, () -> new AdaptiveLif(1, 10, -70, -70, -55, -100, 2, 2));
        assertThrows(IllegalArgumentException.class, () -> new LifNeuron(1, 10, -70, -75, -70, 2));
        assertThrows(IllegalArgumentException.class,
                () -> LifNeuron.DEFAULT.simulate(Currents.constant(2), -5, 0.1));
    }

    private static double meanInterval(NeuronTrace trace) {
        double[] spikes = trace.spikeTimesMs();
        assertTrue(spikes.length >= 3, "expected several spikes, got " + spikes.length);
        // from the 2nd spike on: every interval starts at a reset, like the formula's
        return (spikes[spikes.length - 1] - spikes[1]) / (spikes.length - 2);
    }
}

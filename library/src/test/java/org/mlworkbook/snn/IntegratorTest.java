package org.mlworkbook.snn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IntegratorTest {

    /** Dimensionless LIF without threshold: dv/dt = v_in − v, solution v(t) = v_in(1 − e^{−t}). */
    private static final double V_IN = 1.5;
    private static final OdeSystem RELAX = (t, y, dydt) -> dydt[0] = V_IN - y[0];

    private static double maxError(Integrator method, double dt) {
        int steps = (int) Math.round(5.0 / dt);
        Trajectory trajectory = method.solve(RELAX, new double[] {0.0}, 0.0, dt, steps);
        double worst = 0;
        for (int k = 0; k <= steps; k++) {
            double exact = V_IN * (1 - Math.exp(-trajectory.timesMs()[k]));
            worst = Math.max(worst, Math.abs(trajectory.states()[k][0] - exact));
        }
        return worst;
    }

    @Test
    void exponentialEulerIsExactForALinearRelaxation() {
        assertEquals(0.0, maxError(Integrator.EXPONENTIAL_EULER, 0.5), 1e-9);
    }

    @Test
    void rk4ErrorIsTinyAndFallsSixteenfoldWhenDtHalves() {
        double coarse = maxError(Integrator.RK4, 0.1);
        double fine = maxError(Integrator.RK4, 0.05);
        assertTrue(coarse < 1e-6, "RK4 error " + coarse);
        assertEquals(16.0, coarse / fine, 1.0);
    }

    @Test
    void eulerErrorHalvesWhenDtHalves() {
        double coarse = maxError(Integrator.EULER, 0.01);
        double fine = maxError(Integrator.EULER, 0.005);
        assertEquals(2.0, coarse / fine, 0.05);
        // first step by hand: v₁ = 0 + dt·(v_in − 0) = 0.015
        assertEquals(0.015, Integrator.EULER.solve(RELAX, new double[] {0}, 0, 0.01, 1).states()[1][0], 1e-15);
    }

    @Test
    void rk4UsesTheTimeAtTheMidpoints() {
        // dy/dt = t → y(1) = 1/2 exactly for RK4 (Simpson's rule)
        Trajectory trajectory = Integrator.RK4.solve((t, y, dydt) -> dydt[0] = t, new double[] {0}, 0, 1.0, 1);
        assertEquals(0.5, trajectory.component(0)[1], 1e-15);
    }

    @Test
    void stabilityLimitsAreTwoTauForEulerAndUnboundedForExponentialEuler() {
        assertEquals(20.0, Integrator.EULER.maxStableStepMs(10), 1e-12);
        assertEquals(27.85, Integrator.RK4.maxStableStepMs(10), 1e-12);
        assertEquals(Double.POSITIVE_INFINITY, Integrator.EXPONENTIAL_EULER.maxStableStepMs(10));
    }

    @Test
    void requireStableStepRejectsTooLargeAndNonPositiveSteps() {
        var tooLarge = assertThrows(IllegalArgumentException.class,
                () -> Integrator.EULER.requireStableStep("simulate", 25, 10));
        assertTrue(tooLarge.getMessage().startsWith("simulate: dtMs expected > 0 and < 2.0·τ = 20"),
                tooLarge.getMessage());
        assertTrue(tooLarge.getMessage().endsWith("got 25.0"), tooLarge.getMessage());
        var zero = assertThrows(IllegalArgumentException.class,
                () -> Integrator.RK4.requireStableStep("simulate", 0, 10));
        assertEquals("simulate: dtMs expected > 0 and finite, got 0.0", zero.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Integrator.RK4.maxStableStepMs(-1));
    }

    @Test
    void solveRejectsANegativeStep() {
        assertThrows(IllegalArgumentException.class,
                () -> Integrator.RK4.solve(RELAX, new double[] {0}, 0, -0.1, 10));
    }

    @Test
    void finiteDifferenceJacobianIsExactForALinearSystem() {
        double[] out = new double[1];
        RELAX.diagonalJacobian(0, new double[] {0.3}, new double[] {V_IN - 0.3}, out);
        assertEquals(-1.0, out[0], 1e-8);
    }
}

package org.mlworkbook.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlworkbook.autodiff.Var;

class RmsPropTest {

    @Test
    void twoStepsMatchTheRuleByHand() {
        // ρ = 0.9, κ = 0.01, ε = 1e-12 (negligible), w = 1.
        // g₁ = 2: s = 0.1·4 = 0.4, w = 1 − 0.01·2/√0.4 = 0.9683772234.
        // g₂ = 1: s = 0.36 + 0.1 = 0.46, w = 0.9683772234 − 0.01/√0.46 = 0.9536330278
        Var w = Params.of(1);
        RmsProp rmsProp = new RmsProp(List.of(w), 0.01).decay(0.9).epsilon(1e-12);
        Params.grad(w, 2);
        rmsProp.step();
        assertEquals(0.9683772234, w.value().item(), 1e-10);
        Params.grad(w, 1);
        rmsProp.step();
        assertEquals(0.9536330278, w.value().item(), 1e-10);
    }

    @Test
    void defaultsAreThoseOfPyTorch() {
        RmsProp rmsProp = new RmsProp(List.of(Params.of(1)), 0.01);
        assertEquals(0.99, rmsProp.decay(), 0.0);
        assertEquals(1e-8, rmsProp.epsilon(), 0.0);
        assertEquals("RMSProp(learningRate=0.01, decay=0.99, epsilon=1.0E-8, weightDecay=0.0, l1=0.0)",
                rmsProp.toString());
    }

    @Test
    void decayOutsideZeroToOneIsRejected() {
        RmsProp rmsProp = new RmsProp(List.of(Params.of(1)), 0.01);
        var e = assertThrows(IllegalArgumentException.class, () -> rmsProp.decay(1.5));
        assertEquals("decay: decay expected in [0, 1), got 1.5", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> rmsProp.epsilon(-1));
    }
}

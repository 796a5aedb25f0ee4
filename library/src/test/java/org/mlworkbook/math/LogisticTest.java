package org.mlworkbook.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LogisticTest {

    @Test
    void sigmoidAtKnownPointsAndSymmetric() {
        assertEquals(0.5, Logistic.sigmoid(0), 0.0);
        assertEquals(0.7310585786300049, Logistic.sigmoid(1), 1e-15); // 1/(1 + e^(−1))
        assertEquals(1 - Logistic.sigmoid(2.5), Logistic.sigmoid(-2.5), 1e-15);
        assertEquals(0.0, Logistic.sigmoid(-1000), 0.0);
        assertEquals(1.0, Logistic.sigmoid(1000), 0.0);
        assertEquals(Math.exp(-745), Logistic.sigmoid(-745), 0.0); // e^z/(1 + e^z) keeps the tiny value
    }

    @Test
    void softplusIsStableAtBothEnds() {
        assertEquals(Math.log(2), Logistic.softplus(0), 1e-15);
        assertEquals(3.04858735157374206, Logistic.softplus(3), 1e-15); // 3 + log(1 + e^(−3))
        assertEquals(1000.0, Logistic.softplus(1000), 0.0);
        assertEquals(Math.exp(-40), Logistic.softplus(-40), 1e-30); // log(1 + ε) ≈ ε, not 0
    }
}

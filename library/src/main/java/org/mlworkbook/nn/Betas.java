package org.mlworkbook.nn;

/** The check shared by the optimisers' decay rates (momentum μ, RMSProp's ρ, Adam's β₁ and β₂). */
final class Betas {

    private Betas() {
    }

    /**
     * @return value
     * @throws IllegalArgumentException if value is not in [0, 1)
     */
    static double requireDecay(String method, String argument, double value) {
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException(method + ": " + argument + " expected in [0, 1), got " + value);
        }
        return value;
    }
}

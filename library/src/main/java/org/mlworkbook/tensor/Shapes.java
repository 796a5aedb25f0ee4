package org.mlworkbook.tensor;

import java.util.Arrays;

/** Shape arithmetic and checks shared by the tensor classes. */
final class Shapes {

    private Shapes() {
    }

    /**
     * The number of elements n = ∏ shape[i] (1 for the empty shape of a scalar).
     *
     * @param method the public method, for the message
     * @param shape  the dimensions, each ≥ 0. Not modified.
     * @throws IllegalArgumentException if shape is null, a dimension is negative or n overflows an int
     */
    static int size(String method, int[] shape) {
        if (shape == null) {
            throw new IllegalArgumentException(method + ": shape expected dimensions, got null");
        }
        int n = 1;
        for (int dimension : shape) {
            if (dimension < 0) {
                throw new IllegalArgumentException(
                        method + ": shape expected dimensions >= 0, got " + Arrays.toString(shape));
            }
            try {
                n = Math.multiplyExact(n, dimension);
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException(
                        method + ": shape expected at most 2³¹ − 1 elements, got " + Arrays.toString(shape), e);
            }
        }
        return n;
    }
}

package org.mlworkbook.data;

import java.util.ArrayList;
import java.util.List;
import org.mlworkbook.math.Rng;
import org.mlworkbook.tensor.Tensor;

/** The synthetic generators behind {@link Datasets}; their formulas are documented there. */
final class Synthetic {

    private static final List<String> XY = List.of("x1", "x2");
    private static final List<String> X = List.of("x");
    private static final List<String> TWO_CLASSES = List.of("0", "1");
    private static final double BOX = 10;

    private Synthetic() {
    }

    static Dataset blobs(int n, int centers, double std, long seed) {
        if (centers < 1) {
            throw new IllegalArgumentException("blobs: centers expected >= 1, got " + centers);
        }
        requireAtLeast("blobs", n, centers);
        requireNoise("blobs", "std", std);
        Rng rng = new Rng(seed);
        double[][] c = new double[centers][2];
        for (double[] center : c) {
            center[0] = rng.uniform(-BOX, BOX);
            center[1] = rng.uniform(-BOX, BOX);
        }
        List<String> names = new ArrayList<>();
        for (int k = 0; k < centers; k++) {
            names.add(Integer.toString(k));
        }
        int[] groupLabels = new int[centers];
        for (int k = 0; k < centers; k++) {
            groupLabels[k] = k;
        }
        return gaussianGroups(n, c, groupLabels, std, rng, names);
    }

    static Dataset moons(int n, double noise, long seed) {
        requireAtLeast("moons", n, 2);
        requireNoise("moons", "noise", noise);
        int outer = n / 2;
        int inner = n - outer;
        double[] x = new double[2 * n];
        int[] labels = new int[n];
        for (int i = 0; i < outer; i++) {
            double t = Math.PI * i / Math.max(outer - 1, 1);
            x[2 * i] = Math.cos(t);
            x[2 * i + 1] = Math.sin(t);
        }
        for (int i = 0; i < inner; i++) {
            double t = Math.PI * i / Math.max(inner - 1, 1);
            x[2 * (outer + i)] = 1 - Math.cos(t);
            x[2 * (outer + i) + 1] = 0.5 - Math.sin(t);
            labels[outer + i] = 1;
        }
        addNoise(x, noise, new Rng(seed));
        return new Dataset(Tensor.wrap(x, n, 2), labels, null, XY, TWO_CLASSES);
    }

    static Dataset circles(int n, double noise, double factor, long seed) {
        requireAtLeast("circles", n, 2);
        requireNoise("circles", "noise", noise);
        if (!(factor > 0 && factor < 1)) {
            throw new IllegalArgumentException("circles: factor expected in (0, 1), got " + factor);
        }
        int outer = n / 2;
        int inner = n - outer;
        double[] x = new double[2 * n];
        int[] labels = new int[n];
        for (int i = 0; i < outer; i++) {
            double t = 2 * Math.PI * i / outer;
            x[2 * i] = Math.cos(t);
            x[2 * i + 1] = Math.sin(t);
        }
        for (int i = 0; i < inner; i++) {
            double t = 2 * Math.PI * i / inner;
            x[2 * (outer + i)] = factor * Math.cos(t);
            x[2 * (outer + i) + 1] = factor * Math.sin(t);
            labels[outer + i] = 1;
        }
        addNoise(x, noise, new Rng(seed));
        return new Dataset(Tensor.wrap(x, n, 2), labels, null, XY, TWO_CLASSES);
    }

    static Dataset xor(int n, double noise, long seed) {
        requireAtLeast("xor", n, 4);
        requireNoise("xor", "noise", noise);
        double[][] quadrants = {{1, 1}, {-1, -1}, {1, -1}, {-1, 1}};
        return gaussianGroups(n, quadrants, new int[] {0, 0, 1, 1}, noise, new Rng(seed), TWO_CLASSES);
    }

    static Dataset linear(int n, double[] weights, double bias, double noise, long seed) {
        requireAtLeast("linear", n, 1);
        if (weights == null || weights.length == 0) {
            throw new IllegalArgumentException("linear: weights expected at least one weight, got none");
        }
        Validation.requireFinite("linear", "weights", weights);
        Validation.requireFinite("linear", "bias", new double[] {bias});
        requireNoise("linear", "noise", noise);
        int d = weights.length;
        Rng rng = new Rng(seed);
        double[] x = new double[n * d];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.normal();
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = bias;
            for (int j = 0; j < d; j++) {
                sum += x[i * d + j] * weights[j];
            }
            y[i] = sum + noise * rng.normal();
        }
        List<String> names = new ArrayList<>();
        for (int j = 1; j <= d; j++) {
            names.add("x" + j);
        }
        return new Dataset(Tensor.wrap(x, n, d), null, y, names, null);
    }

    static Dataset polynomial(int n, double[] coefficients, double noise, long seed) {
        requireAtLeast("polynomial", n, 1);
        if (coefficients == null || coefficients.length == 0) {
            throw new IllegalArgumentException("polynomial: coefficients expected at least one coefficient, got none");
        }
        Validation.requireFinite("polynomial", "coefficients", coefficients);
        requireNoise("polynomial", "noise", noise);
        Rng rng = new Rng(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rng.uniform(-1, 1);
        }
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int k = coefficients.length - 1; k >= 0; k--) {
                sum = sum * x[i] + coefficients[k]; // Horner: c₀ + x(c₁ + x(c₂ + …))
            }
            y[i] = sum + noise * rng.normal();
        }
        return new Dataset(Tensor.wrap(x, n, 1), null, y, X, null);
    }

    static Dataset sine(int n, double noise, long seed) {
        requireAtLeast("sine", n, 1);
        requireNoise("sine", "noise", noise);
        Rng rng = new Rng(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rng.uniform();
        }
        for (int i = 0; i < n; i++) {
            y[i] = Math.sin(2 * Math.PI * x[i]) + noise * rng.normal();
        }
        return new Dataset(Tensor.wrap(x, n, 1), null, y, X, null);
    }

    /** n points split between the K groups (the first n mod K get one more), point = centre + std·ε, label groupLabels[g]. */
    private static Dataset gaussianGroups(int n, double[][] centers, int[] groupLabels, double std, Rng rng,
                                          List<String> names) {
        int k = centers.length;
        double[] x = new double[2 * n];
        int[] labels = new int[n];
        int row = 0;
        for (int g = 0; g < k; g++) {
            int count = n / k + (g < n % k ? 1 : 0);
            for (int i = 0; i < count; i++, row++) {
                x[2 * row] = centers[g][0];
                x[2 * row + 1] = centers[g][1];
                labels[row] = groupLabels[g];
            }
        }
        addNoise(x, std, rng);
        return new Dataset(Tensor.wrap(x, n, 2), labels, null, XY, names);
    }

    /** xᵢ += std·εᵢ, ε ~ N(0, 1), in index order. */
    private static void addNoise(double[] x, double std, Rng rng) {
        for (int i = 0; i < x.length; i++) {
            x[i] += std * rng.normal();
        }
    }

    private static void requireAtLeast(String method, int n, int minimum) {
        if (n < minimum) {
            throw new IllegalArgumentException(String.format("%s: n expected >= %d, got %d", method, minimum, n));
        }
    }

    private static void requireNoise(String method, String argument, double noise) {
        if (!(noise >= 0) || Double.isInfinite(noise)) {
            throw new IllegalArgumentException(String.format("%s: %s expected finite and >= 0, got %s",
                    method, argument, noise));
        }
    }
}

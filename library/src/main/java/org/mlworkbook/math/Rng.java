package org.mlworkbook.math;

/**
 * The workbook's one source of randomness: a seeded SplitMix64 generator (Steele, Lea &amp; Flood, 2014).
 * The same seed gives the same numbers on every machine, so the same notebook draws the same plots.
 *
 * <p>Generator, exactly as the peer benchmarks (shared/bench/README.md) build their data:
 * <pre>
 *   state ← state + 0x9E3779B97F4A7C15
 *   z ← (state ⊕ (state ≫ 30)) · 0xBF58476D1CE4E5B9
 *   z ← (z ⊕ (z ≫ 27)) · 0x94D049BB133111EB
 *   output z ⊕ (z ≫ 31)                       (all mod 2⁶⁴, ≫ unsigned)
 * </pre>
 * A uniform is u = (x ≫ 11)·2⁻⁵³ ∈ [0, 1). Normals come in Box–Muller pairs from two uniforms u₁, u₂:
 * r = √(−2 ln(1 − u₁)), z₀ = r cos 2πu₂, z₁ = r sin 2πu₂; {@link #normal()} returns z₀, then z₁ (kept for the
 * next call), then a fresh pair. The first output for seed 0 is 0xE220A8397B1DCDAF.
 *
 * <p>Not thread-safe: give each thread its own {@code Rng}.
 */
public final class Rng {

    /** The seed used when a caller does not choose one. */
    public static final long DEFAULT_SEED = 42;

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final double UNIT = 0x1.0p-53;

    private final long seed;
    private long state;
    private boolean hasSpareNormal;
    private double spareNormal;

    /**
     * A generator started from {@code seed} (state = seed).
     *
     * @param seed any long; the same seed gives the same sequence
     */
    public Rng(long seed) {
        this.seed = seed;
        this.state = seed;
    }

    /** @return the seed this generator was created with */
    public long seed() {
        return seed;
    }

    /**
     * The next raw 64-bit SplitMix64 output.
     *
     * @return 64 random bits
     */
    public long nextLong() {
        state += GOLDEN_GAMMA;
        long z = state;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * A uniform double u = (x ≫ 11)·2⁻⁵³ from the next output x.
     *
     * @return u ∈ [0, 1)
     */
    public double uniform() {
        return (nextLong() >>> 11) * UNIT;
    }

    /**
     * A uniform double low + (high − low)·u.
     *
     * @param low  lower bound (inclusive), finite
     * @param high upper bound (exclusive), finite, &gt; low
     * @return a value in [low, high)
     * @throws IllegalArgumentException if a bound is not finite or high ≤ low
     */
    public double uniform(double low, double high) {
        if (!Double.isFinite(low) || !Double.isFinite(high) || !(high > low)) {
            throw new IllegalArgumentException(
                    "uniform: bounds expected finite with low < high, got low = " + low + ", high = " + high);
        }
        return low + (high - low) * uniform();
    }

    /**
     * A standard normal N(0, 1) by Box–Muller (see the class comment for the pairing).
     *
     * @return z ~ N(0, 1)
     */
    public double normal() {
        if (hasSpareNormal) {
            hasSpareNormal = false;
            return spareNormal;
        }
        double u1 = uniform();
        double u2 = uniform();
        double r = Math.sqrt(-2.0 * Math.log(1.0 - u1));
        double theta = 2.0 * Math.PI * u2;
        spareNormal = r * Math.sin(theta);
        hasSpareNormal = true;
        return r * Math.cos(theta);
    }

    /**
     * A normal N(μ, σ²): μ + σ·z.
     *
     * @param mean μ, finite
     * @param std  σ, finite, ≥ 0
     * @return a normal sample
     * @throws IllegalArgumentException if mean is not finite or std is negative or not finite
     */
    public double normal(double mean, double std) {
        if (!Double.isFinite(mean) || !Double.isFinite(std) || std < 0) {
            throw new IllegalArgumentException(
                    "normal: mean expected finite and std finite >= 0, got mean = " + mean + ", std = " + std);
        }
        return mean + std * normal();
    }

    /**
     * A uniform integer in [0, bound) by Lemire's multiply-and-reject method, so no value is favoured.
     *
     * @param bound the number of possible values, ≥ 1
     * @return an int in 0 … bound − 1
     * @throws IllegalArgumentException if bound &lt; 1
     */
    public int nextInt(int bound) {
        if (bound < 1) {
            throw new IllegalArgumentException("nextInt: bound expected >= 1, got " + bound);
        }
        long threshold = (1L << 32) % bound;
        while (true) {
            long bits = nextLong() >>> 32;
            long product = bits * bound;
            if ((product & 0xFFFFFFFFL) >= threshold) {
                return (int) (product >>> 32);
            }
        }
    }

    /**
     * A uniformly random permutation of 0 … n − 1 (Fisher–Yates on the identity).
     *
     * @param n the number of elements, ≥ 0
     * @return a new array holding each of 0 … n − 1 once
     * @throws IllegalArgumentException if n &lt; 0
     */
    public int[] permutation(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("permutation: n expected >= 0, got " + n);
        }
        int[] values = new int[n];
        for (int i = 0; i < n; i++) {
            values[i] = i;
        }
        shuffle(values);
        return values;
    }

    /**
     * Shuffles in place by Fisher–Yates: for i = n − 1 … 1, swap values[i] with values[j], j uniform in 0 … i.
     *
     * @param values the array to shuffle. Modified.
     * @throws IllegalArgumentException if values is null
     */
    public void shuffle(int[] values) {
        if (values == null) {
            throw new IllegalArgumentException("shuffle: values expected an array, got null");
        }
        for (int i = values.length - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }

    /**
     * k indices drawn uniformly from 0 … n − 1. With replacement each draw is independent; without replacement
     * the result is the first k entries of a partial Fisher–Yates shuffle, so no index repeats.
     *
     * @param n                the population size, ≥ 1
     * @param k                the number of draws, ≥ 0 (≤ n without replacement)
     * @param withReplacement  whether an index may be drawn more than once
     * @return a new array of k indices in draw order
     * @throws IllegalArgumentException if n &lt; 1, k &lt; 0, or k &gt; n without replacement
     */
    public int[] choice(int n, int k, boolean withReplacement) {
        if (n < 1) {
            throw new IllegalArgumentException("choice: n expected >= 1, got " + n);
        }
        if (k < 0 || (!withReplacement && k > n)) {
            throw new IllegalArgumentException(String.format("choice: k expected in 0..%s%s, got %d",
                    withReplacement ? "" : n, withReplacement ? "" : " (without replacement)", k));
        }
        int[] picked = new int[k];
        if (withReplacement) {
            for (int i = 0; i < k; i++) {
                picked[i] = nextInt(n);
            }
            return picked;
        }
        int[] pool = new int[n];
        for (int i = 0; i < n; i++) {
            pool[i] = i;
        }
        for (int i = 0; i < k; i++) {
            int j = i + nextInt(n - i);
            int swap = pool[i];
            pool[i] = pool[j];
            pool[j] = swap;
            picked[i] = pool[i];
        }
        return picked;
    }

    /**
     * A Poisson count P(X = k) = λᵏ e^{−λ} / k!. For λ ≤ 30, Knuth's method (multiply uniforms until the
     * product drops below e^{−λ}); for larger λ, the sum of ⌈λ/30⌉ independent Poisson(λ/⌈λ/30⌉) counts,
     * which is Poisson(λ) exactly.
     *
     * @param lambda the mean λ, finite, ≥ 0
     * @return a count ≥ 0
     * @throws IllegalArgumentException if lambda is negative, NaN or infinite
     */
    public int poisson(double lambda) {
        if (!Double.isFinite(lambda) || lambda < 0) {
            throw new IllegalArgumentException("poisson: lambda expected finite >= 0, got " + lambda);
        }
        int parts = (int) Math.ceil(lambda / 30.0);
        int count = 0;
        for (int p = 0; p < parts; p++) {
            count += knuthPoisson(lambda / parts);
        }
        return count;
    }

    private int knuthPoisson(double lambda) {
        double limit = Math.exp(-lambda);
        double product = uniform();
        int k = 0;
        while (product > limit) {
            product *= uniform();
            k++;
        }
        return k;
    }

    @Override
    public String toString() {
        return "Rng(seed=" + seed + ")";
    }
}

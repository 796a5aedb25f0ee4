package org.mlworkbook.tree;

/**
 * The growth settings both tree kinds share, checked once here.
 *
 * @param maxDepth        the deepest a leaf may lie (the root has depth 0), ≥ 1; {@link Integer#MAX_VALUE} for
 *                        unlimited
 * @param minSamplesSplit the fewest rows a node needs to be split, ≥ 2
 * @param minSamplesLeaf  the fewest rows each child of a split must keep, ≥ 1
 * @param maxFeatures     features tried per split, drawn at random with the seed; ≤ 0 or ≥ d means all d
 * @param seed            the seed of the feature draws
 */
record TreeParams(int maxDepth, int minSamplesSplit, int minSamplesLeaf, int maxFeatures, long seed) {

    /** Unlimited depth, minSamplesSplit 2, minSamplesLeaf 1, all features, seed 0: scikit-learn's defaults. */
    static final TreeParams DEFAULT = new TreeParams(Integer.MAX_VALUE, 2, 1, 0, 0);

    TreeParams {
        if (maxDepth < 1) {
            throw new IllegalArgumentException("maxDepth: maxDepth expected >= 1, got " + maxDepth);
        }
        if (minSamplesSplit < 2) {
            throw new IllegalArgumentException("minSamplesSplit: minSamplesSplit expected >= 2, got " + minSamplesSplit);
        }
        if (minSamplesLeaf < 1) {
            throw new IllegalArgumentException("minSamplesLeaf: minSamplesLeaf expected >= 1, got " + minSamplesLeaf);
        }
    }

    TreeParams withMaxDepth(int value) {
        return new TreeParams(value, minSamplesSplit, minSamplesLeaf, maxFeatures, seed);
    }

    TreeParams withMinSamplesSplit(int value) {
        return new TreeParams(maxDepth, value, minSamplesLeaf, maxFeatures, seed);
    }

    TreeParams withMinSamplesLeaf(int value) {
        return new TreeParams(maxDepth, minSamplesSplit, value, maxFeatures, seed);
    }

    TreeParams withMaxFeatures(int value) {
        return new TreeParams(maxDepth, minSamplesSplit, minSamplesLeaf, value, seed);
    }

    TreeParams withSeed(long value) {
        return new TreeParams(maxDepth, minSamplesSplit, minSamplesLeaf, maxFeatures, value);
    }

    /** The settings as {@code toString} shows them, e.g. "maxDepth=3, minSamplesSplit=2, …". */
    String describe() {
        return "maxDepth=" + (maxDepth == Integer.MAX_VALUE ? "none" : String.valueOf(maxDepth))
                + ", minSamplesSplit=" + minSamplesSplit + ", minSamplesLeaf=" + minSamplesLeaf
                + ", maxFeatures=" + (maxFeatures <= 0 ? "all" : String.valueOf(maxFeatures)) + ", seed=" + seed;
    }
}

package org.mlworkbook.metrics;

/**
 * How a per-class metric (precision, recall, F-beta) becomes one number. "Classes" are those present in
 * yTrue ∪ yPred; with TPₖ, FPₖ, FNₖ the counts of class k and mₖ its per-class value:
 */
public enum Average {
    /** Only the positive class 1; the labels must be 0 and 1. */
    BINARY,
    /** (1/K) Σₖ mₖ: every class counts the same, however rare. */
    MACRO,
    /** Σₖ (supportₖ / n) mₖ, with supportₖ the number of true labels k. */
    WEIGHTED,
    /** The metric of the summed counts ΣTPₖ, ΣFPₖ, ΣFNₖ; for single-label data precision = recall = F = accuracy. */
    MICRO
}

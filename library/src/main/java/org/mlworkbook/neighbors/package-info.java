/**
 * k-nearest neighbours (notebook {@code 03-k-nearest-neighbours}): a point is classified by the majority class of
 * its k nearest training rows ({@link org.mlworkbook.neighbors.KNeighborsClassifier}) or predicted as their mean
 * target ({@link org.mlworkbook.neighbors.KNeighborsRegressor}); "nearest" is measured by a
 * {@link org.mlworkbook.neighbors.Distance}:
 * <ul>
 *   <li>Euclidean D(a, b) = √(Σᵢ (bᵢ − aᵢ)²), Manhattan D(a, b) = Σᵢ |bᵢ − aᵢ|,</li>
 *   <li>Minkowski D_p(a, b) = (Σᵢ |bᵢ − aᵢ|ᵖ)^(1/p), Chebyshev D(a, b) = maxᵢ |bᵢ − aᵢ|.</li>
 * </ul>
 * The search is brute force, made fast: distances over blocks of query rows (Euclidean through one matrix product
 * per block, ‖a − b‖² = ‖a‖² − 2a·b + ‖b‖²) and a partial selection of the k smallest per row.
 * {@code kneighbors} returns the neighbours themselves ({@link org.mlworkbook.neighbors.Neighbors}).
 * Standardise the features first; choose k by cross-validation ({@code org.mlworkbook.model.GridSearch}).
 */
package org.mlworkbook.neighbors;

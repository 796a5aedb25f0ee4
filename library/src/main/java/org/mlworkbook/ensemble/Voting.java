package org.mlworkbook.ensemble;

/**
 * How a {@link VotingClassifier} combines its members.
 * <ul>
 *   <li>{@link #HARD}: every member votes for its predicted class, ŷ = argmax_c Σⱼ wⱼ [ŷⱼ = c];</li>
 *   <li>{@link #SOFT}: the members' probabilities are averaged, ŷ = argmax_c Σⱼ wⱼ pⱼ(c | x) / Σⱼ wⱼ.</li>
 * </ul>
 * Soft voting lets a confident member outweigh two unsure ones; it needs members with sensible probabilities.
 */
public enum Voting {
    /** Majority of predicted labels (weighted), ties to the lowest class. */
    HARD,
    /** Argmax of the (weighted) mean probability, ties to the lowest class. */
    SOFT
}

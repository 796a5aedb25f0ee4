package org.mlworkbook.data;

/**
 * A data set cut in two disjoint parts, made by {@link Splits#trainTest}.
 *
 * @param train the rows to fit on
 * @param test  the rows to measure on, never seen while fitting
 */
public record Split(Dataset train, Dataset test) {
}

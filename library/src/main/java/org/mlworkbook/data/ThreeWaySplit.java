package org.mlworkbook.data;

/**
 * A data set cut in three disjoint parts, made by {@link Splits#trainValidationTest}: fit on train, choose
 * hyperparameters on validation, report once on test.
 *
 * @param train      the rows to fit on
 * @param validation the rows to compare settings on
 * @param test       the rows to measure the final model on, once
 */
public record ThreeWaySplit(Dataset train, Dataset validation, Dataset test) {
}

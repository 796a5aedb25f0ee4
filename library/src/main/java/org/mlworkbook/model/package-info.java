/**
 * What every model shares: the {@link org.mlworkbook.model.Classifier}, {@link org.mlworkbook.model.Regressor} and
 * {@link org.mlworkbook.model.Transformer} interfaces with scikit-learn's verbs (fit, predict, predictProba, score,
 * transform), and model selection on top of them.
 */
package org.mlworkbook.model;

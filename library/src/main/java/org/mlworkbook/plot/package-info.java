/**
 * Charts for the workbook's notebooks, built on XChart. {@link org.mlworkbook.plot.Plots} draws line plots
 * (y = f(x), loss per epoch) and scatter plots (xᵢ, yᵢ), coloured by group or class label, and encodes any chart
 * as PNG; {@link org.mlworkbook.plot.Histograms} draws counts over equal-width bins, single or overlaid per
 * group; {@link org.mlworkbook.plot.Bars} one bar per category; {@link org.mlworkbook.plot.HeatMaps} a matrix as
 * coloured cells and the confusion matrix (rows = true class, columns = predicted class, counts written in);
 * {@link org.mlworkbook.plot.Curves} the ROC curve (TPR against FPR, AUC) and the precision–recall curve (AP);
 * {@link org.mlworkbook.plot.Diagrams} the K-fold cross-validation picture of notebook 02. For neural networks
 * (notebooks 09–12): {@link org.mlworkbook.plot.ActivationPlots} an activation f with its derivative f′, or many
 * side by side; {@link org.mlworkbook.plot.TrainingCurves} training vs validation loss and accuracy from a
 * training history; {@link org.mlworkbook.plot.OptimizerPaths} optimisers' trajectories over the contour lines of
 * a 2-D loss surface; {@link org.mlworkbook.plot.WeightHistograms} one histogram per layer's weights or
 * activations; {@link org.mlworkbook.plot.GraphDiagrams} a computational graph with each node's value and gradient.
 *
 * <p>Every figure has one size (600×400), one colour cycle and one font, and is deterministic: the same data give
 * the same PNG bytes. Used from notebook 00 on (01, 02 and 04 use the histograms, the K-fold picture, the
 * confusion matrix and the curves), wherever a person would rather look than read. Class names avoid those of the
 * kernel's default imports (XChart has a {@code Histogram}, hence {@code Histograms}).
 */
package org.mlworkbook.plot;

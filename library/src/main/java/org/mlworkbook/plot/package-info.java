/**
 * Charts for the workbook's notebooks, built on XChart: {@link org.mlworkbook.plot.Plots} draws line plots
 * (y = f(x), loss per epoch), scatter plots (xᵢ, yᵢ), coloured by group or class label, and encodes any chart as
 * PNG. Every figure has one size (600×400), one colour cycle and one font, and is deterministic: the same data
 * give the same PNG bytes. Used from notebook 00 on, wherever a person would rather look than read.
 */
package org.mlworkbook.plot;

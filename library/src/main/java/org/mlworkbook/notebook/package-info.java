/**
 * Notebook helpers: what a cell shows and how exercises are checked (notebook 00, "Using the workbook").
 *
 * <ul>
 *   <li>{@link org.mlworkbook.notebook.Latex} and {@link org.mlworkbook.notebook.Markdown}: values a cell
 *       ends with to show a formula such as σ(x) = 1/(1 + e⁻ˣ) or formatted prose.</li>
 *   <li>{@link org.mlworkbook.notebook.Tables}: a Tablesaw {@code Table} as an HTML table (first 10 and last
 *       5 rows of a long one) and as text.</li>
 *   <li>{@link org.mlworkbook.notebook.Renderers}: the one place where XChart charts ({@code image/png}),
 *       tables ({@code text/html}), {@code Latex} and {@code Markdown} are registered with the kernel's
 *       renderer, each with a {@code text/plain} fallback; the kernel's start-up script calls
 *       {@link org.mlworkbook.notebook.Renderers#install()}.</li>
 *   <li>{@link org.mlworkbook.notebook.Check}: assertions for graded exercises; a failed check throws
 *       {@link org.mlworkbook.notebook.CheckFailure} with a message of the form
 *       {@code "<what>: expected <e>, got <a>"}, a passed one prints {@code ✓ <what>}.</li>
 * </ul>
 */
package org.mlworkbook.notebook;

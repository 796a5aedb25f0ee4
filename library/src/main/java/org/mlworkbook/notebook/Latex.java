package org.mlworkbook.notebook;

/**
 * LaTeX math a notebook cell shows as a display formula, e.g. {@code Latex.of("\\sigma(x) = 1/(1+e^{-x})")}.
 *
 * <p>Holds math-mode source without delimiters; the kernel shows it as {@code text/latex} {@code $$source$$}
 * (typeset by MathJax) with the source itself as the {@code text/plain} fallback (see {@link Renderers}).
 * Pitfall: in a Java string every backslash is doubled, {@code "\\frac{a}{b}"}.
 *
 * @param source the LaTeX math source, without {@code $} or {@code $$} delimiters; not blank
 */
public record Latex(String source) {

    /**
     * Checks the source.
     *
     * @param source the LaTeX math source, without {@code $} or {@code $$} delimiters
     * @throws IllegalArgumentException if {@code source} is null or blank, or starts or ends with a {@code $}
     */
    public Latex {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("Latex: source expected non-blank LaTeX math, got "
                    + (source == null ? "null" : "\"" + source + "\""));
        }
        String trimmed = source.strip();
        if (trimmed.startsWith("$") || (trimmed.endsWith("$") && !trimmed.endsWith("\\$"))) {
            throw new IllegalArgumentException(
                    "Latex: source expected math without $ or $$ delimiters, got \"" + source + "\"");
        }
    }

    /**
     * The formula as a value a cell can end with.
     *
     * @param source the LaTeX math source, without {@code $} or {@code $$} delimiters
     * @return {@code new Latex(source)}
     * @throws IllegalArgumentException if {@code source} is null, blank or delimited by {@code $}
     */
    public static Latex of(String source) {
        return new Latex(source);
    }

    /**
     * The display-math form Jupyter's {@code text/latex} expects.
     *
     * @return {@code "$$" + source + "$$"}
     */
    public String displayMath() {
        return "$$" + source + "$$";
    }
}

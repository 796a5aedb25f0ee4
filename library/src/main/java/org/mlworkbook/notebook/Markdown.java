package org.mlworkbook.notebook;

/**
 * Markdown text a notebook cell shows formatted, e.g. a table of results built in code:
 * {@code Markdown.of("| k | accuracy |\n|---|---|\n| 3 | 0.95 |")}.
 *
 * <p>Shown as {@code text/markdown}, with the text itself as the {@code text/plain} fallback
 * (see {@link Renderers}). Inline math such as {@code $\hat{y}$} works as in a Markdown cell.
 *
 * @param text the Markdown source; not blank
 */
public record Markdown(String text) {

    /**
     * Checks the text.
     *
     * @param text the Markdown source
     * @throws IllegalArgumentException if {@code text} is null or blank
     */
    public Markdown {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Markdown: text expected non-blank Markdown, got "
                    + (text == null ? "null" : "\"" + text + "\""));
        }
    }

    /**
     * The text as a value a cell can end with.
     *
     * @param text the Markdown source
     * @return {@code new Markdown(text)}
     * @throws IllegalArgumentException if {@code text} is null or blank
     */
    public static Markdown of(String text) {
        return new Markdown(text);
    }
}

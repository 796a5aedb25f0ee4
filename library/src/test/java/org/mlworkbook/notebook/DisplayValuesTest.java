package org.mlworkbook.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DisplayValuesTest {

    @Test
    void latexOfKeepsTheSourceAndWrapsItInDoubleDollars() {
        Latex latex = Latex.of("\\hat{y} = wx + b");
        assertEquals("\\hat{y} = wx + b", latex.source());
        assertEquals("$$\\hat{y} = wx + b$$", latex.displayMath());
        assertEquals(new Latex("\\hat{y} = wx + b"), latex);
    }

    @Test
    void latexRejectsNullAndBlankSource() {
        var e = assertThrows(IllegalArgumentException.class, () -> Latex.of(null));
        assertEquals("Latex: source expected non-blank LaTeX math, got null", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Latex.of("  "));
    }

    @Test
    void latexRejectsSourceThatBringsItsOwnDelimiters() {
        var e = assertThrows(IllegalArgumentException.class, () -> Latex.of("$$x^2$$"));
        assertEquals("Latex: source expected math without $ or $$ delimiters, got \"$$x^2$$\"", e.getMessage());
    }

    @Test
    void latexAcceptsAnEscapedDollarAtTheEnd() {
        assertEquals("\\text{cost in } \\$", Latex.of("\\text{cost in } \\$").source());
    }

    @Test
    void markdownRejectsBlankText() {
        var e = assertThrows(IllegalArgumentException.class, () -> Markdown.of(""));
        assertEquals("Markdown: text expected non-blank Markdown, got \"\"", e.getMessage());
    }

    @Test
    void markdownOfKeepsTheText() {
        assertEquals("# Title", Markdown.of("# Title").text());
    }
}

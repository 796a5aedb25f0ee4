package org.mlworkbook.kernel;

/** Lexical facts about a piece of Java source that JShell's analysis does not give. */
final class JavaSource {
    private JavaSource() {
    }

    /**
     * Whether the last token of the source, ignoring comments and white space, is a {@code ;}.
     * String, character and text-block literals are skipped as wholes.
     *
     * @param source the source
     * @return {@code true} for {@code "1 + 1; // sum"}, {@code false} for {@code "1 + 1 // sum"}
     */
    static boolean endsWithSemicolon(String source) {
        char last = 0;
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = indexOrEnd(source, "\n", i + 2);
            } else if (source.startsWith("/*", i)) {
                i = indexOrEnd(source, "*/", i + 2) + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                i = closingQuote(source, "\"\"\"", i + 3);
                last = '"';
            } else if (c == '"' || c == '\'') {
                i = closingQuote(source, String.valueOf(c), i + 1);
                last = c;
            } else {
                last = Character.isWhitespace(c) ? last : c;
                i++;
            }
        }
        return last == ';';
    }

    /**
     * @param text some text
     * @return how many line breaks ({@code \n}) it holds
     */
    static int newlines(String text) {
        return (int) text.chars().filter(c -> c == '\n').count();
    }

    private static int indexOrEnd(String source, String text, int from) {
        int at = source.indexOf(text, from);
        return at < 0 ? source.length() : at;
    }

    /** @return the index just after the closing quote, skipping backslash escapes */
    private static int closingQuote(String source, String quote, int from) {
        int i = from;
        while (i < source.length() && !source.startsWith(quote, i)) {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(source.length(), i + quote.length());
    }
}

package org.mlworkbook.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.MethodSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.UnresolvedReferenceException;

/**
 * Turns what went wrong in a cell into a {@link CellError} a student can act on: compiler
 * messages under the offending line with a caret mark, and exceptions with their class, message
 * and only the frames of cell code, cause by cause. Frames of the current cell name its line.
 */
final class CellErrors {
    private static final Pattern WRAPPER_NAME = Pattern.compile("REPL\\.\\$JShell\\$\\d+[.$]");
    private final JShell shell;

    CellErrors(JShell shell) {
        this.shell = shell;
    }

    /**
     * @param snippet   the rejected snippet
     * @param firstLine the cell line (1-based) on which the snippet's source starts
     * @return the error listing every compiler diagnostic of the snippet
     */
    CellError compilation(Snippet snippet, int firstLine) {
        List<String> lines = new ArrayList<>();
        String first = null;
        String source = snippet.source();
        for (Diag d : shell.diagnostics(snippet).filter(Diag::isError).collect(Collectors.toList())) {
            String message = d.getMessage(Locale.ROOT);
            first = first == null ? message.lines().findFirst().orElse(message) : first;
            lines.addAll(describe(source, (int) d.getStartPosition(), (int) d.getEndPosition(), firstLine, message));
        }
        if (first == null) {
            first = "the snippet was not accepted: " + shell.status(snippet);
            lines.add(first);
            source.lines().forEach(line -> lines.add("    " + line));
        }
        return new CellError("CompilationException", first, lines);
    }

    /**
     * @param e         the exception JShell reported for the snippet
     * @param cellLines snippet id to the cell line of its first non-blank line, for the current cell
     * @return the error named after the exception's class
     */
    CellError exception(JShellException e, Map<String, Integer> cellLines) {
        List<String> lines = new ArrayList<>();
        String prefix = "";
        for (Throwable t = e; t != null; t = t.getCause(), prefix = "Caused by: ") {
            lines.add(prefix + headline(t));
            List<String> frames = new ArrayList<>();
            for (StackTraceElement frame : t.getStackTrace()) {
                String file = frame.getFileName();
                if (file != null && file.startsWith("#")) {
                    frames.add("    at " + frameText(frame, cellLines.get(file.substring(1))));
                }
            }
            lines.addAll(collapseRepeats(frames));
        }
        String message = e instanceof UnresolvedReferenceException
                ? unresolvedMessage((UnresolvedReferenceException) e) : withoutWrapperNames(String.valueOf(e.getMessage()));
        return new CellError(className(e), message, lines);
    }

    /**
     * @param reason    why the cell was cancelled
     * @param timeoutMs the configured time limit in ms
     * @return the error saying that the cell was interrupted or timed out
     */
    static CellError cancelled(UserThread.Cancel reason, long timeoutMs) {
        String message = reason == UserThread.Cancel.TIMED_OUT
                ? "Cell timed out after " + timeoutMs + " ms" : "Cell interrupted";
        String name = reason == UserThread.Cancel.TIMED_OUT ? "TimeoutException" : "InterruptedException";
        return new CellError(name, message, List.of(message));
    }

    /**
     * @param e what a magic, a renderer or the kernel itself threw
     * @return the error named after the throwable's class, with its message
     */
    static CellError of(Throwable e) {
        String message = String.valueOf(e.getMessage());
        return new CellError(e.getClass().getName(), message, List.of(e.getClass().getName() + ": " + message));
    }

    private String headline(Throwable t) {
        if (t instanceof UnresolvedReferenceException) {
            return className(t) + ": " + unresolvedMessage((UnresolvedReferenceException) t);
        }
        String message = t.getMessage();
        return message == null ? className(t) : className(t) + ": " + withoutWrapperNames(message);
    }

    /**
     * JShell wraps every snippet in a class such as {@code REPL.$JShell$14}; messages that name
     * cell variables or types (helpful NullPointerExceptions, ClassCastExceptions) then read
     * {@code "REPL.$JShell$14.s" is null}. This drops the wrapper so they read {@code "s" is null}.
     */
    static String withoutWrapperNames(String message) {
        return WRAPPER_NAME.matcher(message).replaceAll("");
    }

    private static String className(Throwable t) {
        return t instanceof EvalException ? ((EvalException) t).getExceptionClassName() : t.getClass().getName();
    }

    private String unresolvedMessage(UnresolvedReferenceException e) {
        DeclarationSnippet snippet = e.getSnippet();
        String what = snippet instanceof MethodSnippet
                ? "method " + snippet.name() + "(" + ((MethodSnippet) snippet).parameterTypes() + ")"
                : snippet.kind().name().toLowerCase(Locale.ROOT) + " " + snippet.name();
        String missing = shell.unresolvedDependencies(snippet).collect(Collectors.joining(", "));
        return what + " cannot be used until " + (missing.isEmpty() ? "its dependencies are" : missing + " is") + " declared";
    }

    private static String frameText(StackTraceElement frame, Integer cellLine) {
        String method = frame.getMethodName().isEmpty() ? "cell code" : frame.getMethodName();
        if (cellLine != null) {
            return method + " (line " + (cellLine + frame.getLineNumber() - 1) + ")";
        }
        return method + " (an earlier cell, snippet " + frame.getFileName() + " line " + frame.getLineNumber() + ")";
    }

    /** Runs of one frame (deep recursion) become the frame and a count. */
    private static List<String> collapseRepeats(List<String> frames) {
        List<String> lines = new ArrayList<>();
        int i = 0;
        while (i < frames.size()) {
            int run = 1;
            while (i + run < frames.size() && frames.get(i + run).equals(frames.get(i))) {
                run++;
            }
            lines.add(frames.get(i));
            if (run > 2) {
                lines.add("    ... the same frame " + (run - 1) + " more times");
            } else if (run == 2) {
                lines.add(frames.get(i));
            }
            i += run;
        }
        return lines;
    }

    /** The offending source line, a caret mark under the diagnostic's span, then its message. */
    private static List<String> describe(String source, int start, int end, int firstLine, String message) {
        List<String> lines = new ArrayList<>();
        if (start < 0 || start > source.length()) {
            lines.add("line " + firstLine + ": " + message.lines().findFirst().orElse(message));
            source.lines().forEach(line -> lines.add("    " + line));
        } else {
            int lineStart = source.lastIndexOf('\n', start - 1) + 1;
            int lineEnd = source.indexOf('\n', start);
            lineEnd = lineEnd < 0 ? source.length() : lineEnd;
            int line = firstLine + JavaSource.newlines(source.substring(0, lineStart));
            int width = Math.max(1, Math.min(end, lineEnd) - start);
            lines.add("line " + line + ": " + message.lines().findFirst().orElse(message));
            lines.add("    " + source.substring(lineStart, lineEnd));
            lines.add("    " + " ".repeat(start - lineStart) + "^".repeat(width));
        }
        message.lines().skip(1).filter(l -> !l.strip().startsWith("location:")).forEach(lines::add);
        lines.add("");
        return lines;
    }
}

package org.mlworkbook.grading;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The student version of a source (solution) notebook, the way nbgrader's {@code generate_assignment} makes it:
 * each {@code BEGIN SOLUTION … END SOLUTION} region becomes {@code // YOUR CODE HERE} and
 * {@code throw new UnsupportedOperationException("exercise <grade_id>");} (Markdown: {@code YOUR ANSWER HERE});
 * {@code BEGIN HIDDEN TESTS … END HIDDEN TESTS} regions are removed; outputs and execution counts are cleared;
 * grade and locked cells get {@code deletable = editable = false}; every nbgrader cell gets its
 * {@link Checksums#compute checksum} and {@code cell_type} in its nbgrader metadata.
 */
public final class Release {
    static final String BEGIN_SOLUTION = "BEGIN SOLUTION";
    static final String END_SOLUTION = "END SOLUTION";
    static final String BEGIN_HIDDEN = "BEGIN HIDDEN TESTS";
    static final String END_HIDDEN = "END HIDDEN TESTS";

    private Release() {}

    /**
     * The student version of a notebook.
     *
     * @param source the solution notebook. Not modified.
     * @return a new notebook
     * @throws IllegalArgumentException "student: cell N expected …, got …" for a region that is not closed, or
     *                                  solution/hidden-test markers in a cell that is not a solution/grade cell
     */
    public static JsonObject student(JsonObject source) {
        JsonObject released = source.deepCopy();
        int index = 0;
        for (JsonElement element : Notebooks.cells(released)) {
            index++;
            JsonObject cell = element.getAsJsonObject();
            Notebooks.clearOutputs(cell);
            String text = Notebooks.source(cell);
            String where = "cell " + index + (Notebooks.gradeId(cell) == null ? "" : " (" + Notebooks.gradeId(cell) + ")");
            if (text.contains(BEGIN_SOLUTION) || text.contains(END_SOLUTION)) {
                if (!Notebooks.isSolution(cell))
                    throw new IllegalArgumentException("student: " + where + " expected solution markers only in a solution cell, got them in a "
                            + (Notebooks.nbgrader(cell) == null ? "plain" : "non-solution") + " cell");
            }
            if (Notebooks.isSolution(cell)) text = clearSolution(text, cell, where);
            if (text.contains(BEGIN_HIDDEN) || text.contains(END_HIDDEN))
                text = removeRegions(text, BEGIN_HIDDEN, END_HIDDEN, List.of(), where);
            Notebooks.setSource(cell, text);
            if (Notebooks.nbgrader(cell) == null) continue;
            JsonObject metadata = Notebooks.metadata(cell);
            if (Notebooks.isLocked(cell)) {
                metadata.addProperty("deletable", false);
                metadata.addProperty("editable", false);
            }
            if (Notebooks.isGrade(cell) || Notebooks.isSolution(cell) || Notebooks.isLocked(cell)) {
                Notebooks.nbgrader(cell).addProperty("checksum", Checksums.compute(cell));
                Notebooks.nbgrader(cell).addProperty("cell_type", Notebooks.type(cell));
            }
        }
        return released;
    }

    /**
     * Releases notebooks: each {@code name.ipynb} is written as {@code outputDir/name.ipynb} (atomically).
     *
     * @param notebooks the source notebooks
     * @param outputDir the release folder, created when missing
     * @return the written files, in order
     * @throws IOException              when a notebook cannot be read or written
     * @throws IllegalArgumentException when a notebook is malformed (see {@link #student})
     */
    public static List<Path> releaseAll(List<Path> notebooks, Path outputDir) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Path notebook : notebooks) {
            JsonObject released;
            try {
                released = student(Notebooks.read(notebook));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(notebook.getFileName() + ": " + e.getMessage(), e);
            }
            Path target = outputDir.resolve(notebook.getFileName());
            Notebooks.write(released, target);
            written.add(target);
        }
        return written;
    }

    private static String clearSolution(String text, JsonObject cell, String where) {
        boolean code = "code".equals(Notebooks.type(cell));
        List<String> stub = code
                ? List.of("// YOUR CODE HERE", "throw new UnsupportedOperationException(\"exercise " + Notebooks.gradeId(cell) + "\");")
                : List.of("YOUR ANSWER HERE");
        if (!text.contains(BEGIN_SOLUTION) && !text.contains(END_SOLUTION)) return String.join("\n", stub);
        return removeRegions(text, BEGIN_SOLUTION, END_SOLUTION, stub, where);
    }

    /** Replaces every begin…end line region (markers included) by the stub lines, indented like the begin line. */
    private static String removeRegions(String text, String begin, String end, List<String> stub, String where) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder();
        boolean inside = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean last = i == lines.length - 1;
            if (line.contains(begin)) {
                if (inside) throw new IllegalArgumentException("student: " + where + " expected " + end + " before the next " + begin + ", got a second " + begin);
                inside = true;
                String indent = line.substring(0, line.length() - line.stripLeading().length());
                for (String s : stub) out.append(indent).append(s).append('\n');
            } else if (line.contains(end)) {
                if (!inside) throw new IllegalArgumentException("student: " + where + " expected " + begin + " before " + end + ", got " + end + " alone");
                inside = false;
            } else if (!inside) {
                out.append(line);
                if (!last) out.append('\n');
            }
        }
        if (inside) throw new IllegalArgumentException("student: " + where + " expected " + end + " after " + begin + ", got the end of the cell");
        String result = out.toString();
        return text.endsWith("\n") || !result.endsWith("\n") ? result : result.substring(0, result.length() - 1);
    }
}

package org.mlworkbook.notebooks;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules every stored workbook notebook follows (NOTEBOOKS.md): nbformat 4, the
 * {@code mlworkbook} kernelspec, Java language info, no outputs or execution counts, and
 * graded cells in nbgrader schema v3 with unique, well-formed grade ids.
 */
final class NotebookFormat {
    static final String KERNEL_NAME = "mlworkbook";
    static final String KERNEL_DISPLAY_NAME = "Java · ML Workbook";
    private static final Pattern GRADE_ID = Pattern.compile("^[a-zA-Z0-9_\\-]*$");

    private NotebookFormat() {}

    /**
     * Reads a notebook as JSON.
     *
     * @throws IllegalArgumentException naming the file and the JSON problem when it is not a JSON object
     */
    static JsonObject read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        try {
            JsonElement root = JsonParser.parseString(text);
            if (!root.isJsonObject())
                throw new IllegalArgumentException(file.getFileName() + ": expected a JSON object, got " + kind(root));
            return root.getAsJsonObject();
        } catch (JsonParseException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalArgumentException(file.getFileName() + ": not valid JSON: " + cause.getMessage(), e);
        }
    }

    /** Every way the notebook breaks the rules, one readable line each; empty when it follows them. */
    static List<String> problems(JsonObject notebook) {
        List<String> problems = new ArrayList<>();
        if (!notebook.has("nbformat") || notebook.get("nbformat").getAsInt() != 4)
            problems.add("nbformat expected 4, got " + notebook.get("nbformat"));
        JsonObject metadata = object(notebook, "metadata");
        JsonObject kernelspec = object(metadata, "kernelspec");
        expect(problems, "metadata.kernelspec.name", KERNEL_NAME, string(kernelspec, "name"));
        expect(problems, "metadata.kernelspec.display_name", KERNEL_DISPLAY_NAME, string(kernelspec, "display_name"));
        expect(problems, "metadata.kernelspec.language", "java", string(kernelspec, "language"));
        expect(problems, "metadata.language_info.name", "java", string(object(metadata, "language_info"), "name"));

        JsonArray cells = notebook.has("cells") && notebook.get("cells").isJsonArray()
                ? notebook.getAsJsonArray("cells") : new JsonArray();
        if (cells.isEmpty()) problems.add("cells expected a non-empty list, got " + notebook.get("cells"));
        Set<String> gradeIds = new HashSet<>();
        int gradedCells = 0;
        for (int i = 0; i < cells.size(); i++) {
            JsonObject cell = cells.get(i).getAsJsonObject();
            String type = string(cell, "cell_type");
            String source = source(cell);
            JsonObject nbgrader = object(object(cell, "metadata"), "nbgrader");
            String id = string(nbgrader, "grade_id");
            String where = "cell " + (i + 1) + (nbgrader.size() == 0 ? "" : " (grade_id " + id + ")");
            if ("code".equals(type)) {
                JsonElement outputs = cell.get("outputs");
                if (outputs == null || !outputs.isJsonArray() || !outputs.getAsJsonArray().isEmpty())
                    problems.add(where + ": outputs expected [] (stored without outputs), got " + abbreviate(outputs));
                JsonElement count = cell.get("execution_count");
                if (count != null && !count.isJsonNull())
                    problems.add(where + ": execution_count expected null, got " + count);
            }
            if (nbgrader.size() == 0) continue;
            if (!nbgrader.has("schema_version") || nbgrader.get("schema_version").getAsInt() != 3)
                problems.add(where + ": nbgrader.schema_version expected 3, got " + nbgrader.get("schema_version"));
            for (String flag : List.of("grade", "solution", "locked"))
                if (!nbgrader.has(flag) || !nbgrader.get(flag).isJsonPrimitive() || !nbgrader.get(flag).getAsJsonPrimitive().isBoolean())
                    problems.add(where + ": nbgrader." + flag + " expected true or false, got " + nbgrader.get(flag));
            if (id == null || id.isEmpty() || !GRADE_ID.matcher(id).matches())
                problems.add(where + ": grade_id expected to match " + GRADE_ID.pattern() + ", got " + id);
            else if (!gradeIds.add(id))
                problems.add(where + ": grade_id expected unique in the notebook, got a second " + id);
            boolean grade = flag(nbgrader, "grade"), solution = flag(nbgrader, "solution"), locked = flag(nbgrader, "locked");
            if (grade) {
                gradedCells++;
                JsonElement points = nbgrader.get("points");
                if (points == null || !points.isJsonPrimitive() || points.getAsDouble() <= 0)
                    problems.add(where + ": a graded cell expected points > 0, got " + points);
                if (!"code".equals(type)) problems.add(where + ": a graded test cell expected cell_type code, got " + type);
            }
            if (solution && locked) problems.add(where + ": a solution cell expected locked false, got true");
            if (grade && !solution && !locked) problems.add(where + ": a test cell expected locked true, got false");
            if (solution && "code".equals(type)
                    && (!source.contains("// BEGIN SOLUTION") || !source.contains("// END SOLUTION")))
                problems.add(where + ": a code solution cell expected // BEGIN SOLUTION … // END SOLUTION, got none");
            if (source.contains("// BEGIN HIDDEN TESTS") != source.contains("// END HIDDEN TESTS"))
                problems.add(where + ": // BEGIN HIDDEN TESTS expected a matching // END HIDDEN TESTS");
        }
        if (gradedCells < 2 || gradedCells > 4)
            problems.add("graded test cells expected 2 to 4 (NOTEBOOKS.md), got " + gradedCells);
        return problems;
    }

    /** The ids of the graded (test) cells, in notebook order. */
    static List<String> gradedCellIds(JsonObject notebook) {
        List<String> ids = new ArrayList<>();
        for (JsonElement cell : notebook.getAsJsonArray("cells")) {
            JsonObject nbgrader = object(object(cell.getAsJsonObject(), "metadata"), "nbgrader");
            if (flag(nbgrader, "grade")) ids.add(string(nbgrader, "grade_id"));
        }
        return ids;
    }

    static String source(JsonObject cell) {
        JsonElement source = cell.get("source");
        if (source == null || source.isJsonNull()) return "";
        if (source.isJsonPrimitive()) return source.getAsString();
        StringBuilder text = new StringBuilder();
        for (JsonElement line : source.getAsJsonArray()) text.append(line.getAsString());
        return text.toString();
    }

    private static void expect(List<String> problems, String field, String expected, String actual) {
        if (!expected.equals(actual)) problems.add(field + " expected \"" + expected + "\", got " + (actual == null ? "nothing" : "\"" + actual + "\""));
    }

    private static JsonObject object(JsonObject parent, String key) {
        JsonElement value = parent.get(key);
        return value != null && value.isJsonObject() ? value.getAsJsonObject() : new JsonObject();
    }

    private static String string(JsonObject parent, String key) {
        JsonElement value = parent.get(key);
        return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
    }

    private static boolean flag(JsonObject nbgrader, String key) {
        JsonElement value = nbgrader.get(key);
        return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean() && value.getAsBoolean();
    }

    private static String kind(JsonElement element) {
        return element.isJsonArray() ? "an array" : element.isJsonNull() ? "null" : "a value";
    }

    private static String abbreviate(JsonElement element) {
        String text = String.valueOf(element);
        return text.length() > 80 ? text.substring(0, 77) + "…" : text;
    }
}

package org.mlworkbook.grading;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Reading, writing and inspecting {@code .ipynb} files (nbformat 4 JSON) and their nbgrader cell metadata,
 * with nbgrader's own reading of the flags: a cell is locked when it says so or when it is a grade cell
 * that is not also a solution cell.
 */
public final class Notebooks {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private Notebooks() {}

    /**
     * Reads a notebook.
     *
     * @param file an {@code .ipynb} file
     * @return its JSON object, which has a {@code cells} array of objects
     * @throws IllegalArgumentException "read: file expected an nbformat 4 notebook, got …" when it is not one
     * @throws IOException              when the file cannot be read
     */
    public static JsonObject read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
    }

    /**
     * Parses notebook JSON text.
     *
     * @param text the JSON text
     * @param name the name used in messages
     * @return the notebook
     * @throws IllegalArgumentException "read: &lt;name&gt; expected an nbformat 4 notebook, got …"
     */
    public static JsonObject parse(String text, String name) {
        JsonElement root;
        try {
            root = JsonParser.parseString(text);
        } catch (JsonParseException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalArgumentException("read: " + name + " expected an nbformat 4 notebook, got invalid JSON ("
                    + cause.getMessage() + ")", e);
        }
        if (!root.isJsonObject() || !root.getAsJsonObject().has("cells") || !root.getAsJsonObject().get("cells").isJsonArray())
            throw new IllegalArgumentException("read: " + name + " expected an nbformat 4 notebook, got JSON without a cells list");
        for (JsonElement cell : root.getAsJsonObject().getAsJsonArray("cells"))
            if (!cell.isJsonObject())
                throw new IllegalArgumentException("read: " + name + " expected cells that are objects, got " + cell);
        return root.getAsJsonObject();
    }

    /**
     * Writes a notebook atomically (a temporary file moved over the target).
     *
     * @param notebook the notebook. Not modified.
     * @param file     the target file; its folder is created when missing
     * @throws IOException when it cannot be written
     */
    public static void write(JsonObject notebook, Path file) throws IOException {
        writeAtomically(toJson(notebook) + "\n", file);
    }

    /** The notebook as pretty-printed JSON text. */
    static String toJson(JsonElement notebook) {
        return GSON.toJson(notebook);
    }

    /** Writes text to a temporary sibling, then moves it over {@code file}. */
    static void writeAtomically(String text, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temporary = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The notebook's cells (the live array). */
    static JsonArray cells(JsonObject notebook) {
        return notebook.getAsJsonArray("cells");
    }

    /** A cell's source as one string (nbformat stores it as a string or a list of lines). */
    static String source(JsonObject cell) {
        JsonElement source = cell.get("source");
        if (source == null || source.isJsonNull()) return "";
        if (source.isJsonPrimitive()) return source.getAsString();
        StringBuilder text = new StringBuilder();
        for (JsonElement line : source.getAsJsonArray()) text.append(line.getAsString());
        return text.toString();
    }

    /** Sets a cell's source, stored as a list of lines the way nbformat writes it. */
    static void setSource(JsonObject cell, String text) {
        JsonArray lines = new JsonArray();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end + 1;
            lines.add(text.substring(start, end));
            start = end;
        }
        cell.add("source", lines);
    }

    /** The cell's {@code cell_type}, or "" when missing. */
    static String type(JsonObject cell) {
        JsonElement type = cell.get("cell_type");
        return type != null && type.isJsonPrimitive() ? type.getAsString() : "";
    }

    /** The cell's metadata object, created when missing. */
    static JsonObject metadata(JsonObject cell) {
        JsonElement metadata = cell.get("metadata");
        if (metadata == null || !metadata.isJsonObject()) {
            metadata = new JsonObject();
            cell.add("metadata", metadata);
        }
        return metadata.getAsJsonObject();
    }

    /** The cell's {@code metadata.nbgrader}, or null when it has none. */
    static JsonObject nbgrader(JsonObject cell) {
        JsonElement metadata = cell.get("metadata");
        if (metadata == null || !metadata.isJsonObject()) return null;
        JsonElement nbgrader = metadata.getAsJsonObject().get("nbgrader");
        return nbgrader != null && nbgrader.isJsonObject() ? nbgrader.getAsJsonObject() : null;
    }

    /** nbgrader's is_grade: {@code nbgrader.grade} is true. */
    static boolean isGrade(JsonObject cell) {
        return flag(nbgrader(cell), "grade");
    }

    /** nbgrader's is_solution: {@code nbgrader.solution} is true. */
    static boolean isSolution(JsonObject cell) {
        return flag(nbgrader(cell), "solution");
    }

    /** nbgrader's is_locked: never a solution cell, always a grade cell, otherwise {@code nbgrader.locked}. */
    static boolean isLocked(JsonObject cell) {
        JsonObject nbgrader = nbgrader(cell);
        if (nbgrader == null || isSolution(cell)) return false;
        return isGrade(cell) || flag(nbgrader, "locked");
    }

    /** The cell's grade_id, or null when it has no nbgrader metadata or no id. */
    static String gradeId(JsonObject cell) {
        JsonObject nbgrader = nbgrader(cell);
        JsonElement id = nbgrader == null ? null : nbgrader.get("grade_id");
        return id != null && id.isJsonPrimitive() ? id.getAsString() : null;
    }

    /** The points of a grade cell, 0 when it has none. */
    static double points(JsonObject cell) {
        JsonObject nbgrader = nbgrader(cell);
        JsonElement points = nbgrader == null ? null : nbgrader.get("points");
        return points != null && points.isJsonPrimitive() && points.getAsJsonPrimitive().isNumber() ? points.getAsDouble() : 0;
    }

    /** Empties a code cell's outputs and execution count (other cells are left alone). */
    static void clearOutputs(JsonObject cell) {
        if (!"code".equals(type(cell))) return;
        cell.add("outputs", new JsonArray());
        cell.add("execution_count", JsonNull.INSTANCE);
    }

    private static boolean flag(JsonObject nbgrader, String key) {
        if (nbgrader == null) return false;
        JsonElement value = nbgrader.get(key);
        return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean() && value.getAsBoolean();
    }
}

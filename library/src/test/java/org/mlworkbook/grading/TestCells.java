package org.mlworkbook.grading;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** Builds cells and notebooks for the grading tests. */
final class TestCells {
    private TestCells() {}

    static JsonObject cell(String type, String source) {
        JsonObject cell = new JsonObject();
        cell.addProperty("cell_type", type);
        cell.add("metadata", new JsonObject());
        Notebooks.setSource(cell, source);
        if ("code".equals(type)) Notebooks.clearOutputs(cell);
        return cell;
    }

    static JsonObject graded(String type, String source, boolean grade, boolean solution, boolean locked, String id, Double points) {
        JsonObject cell = cell(type, source);
        JsonObject nbgrader = new JsonObject();
        nbgrader.addProperty("schema_version", 3);
        nbgrader.addProperty("grade", grade);
        nbgrader.addProperty("solution", solution);
        nbgrader.addProperty("locked", locked);
        if (points != null) nbgrader.addProperty("points", points);
        nbgrader.addProperty("grade_id", id);
        Notebooks.metadata(cell).add("nbgrader", nbgrader);
        return cell;
    }

    static JsonObject solution(String id, String source) {
        return graded("code", source, false, true, false, id, null);
    }

    static JsonObject test(String id, double points, String source) {
        return graded("code", source, true, false, true, id, points);
    }

    static JsonObject notebook(JsonObject... cells) {
        JsonObject notebook = new JsonObject();
        JsonArray array = new JsonArray();
        for (JsonObject cell : cells) array.add(cell);
        notebook.add("cells", array);
        notebook.add("metadata", new JsonObject());
        notebook.addProperty("nbformat", 4);
        notebook.addProperty("nbformat_minor", 5);
        return notebook;
    }

    static JsonObject cellAt(JsonObject notebook, int i) {
        return Notebooks.cells(notebook).get(i).getAsJsonObject();
    }
}

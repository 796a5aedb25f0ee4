package org.mlworkbook.grading;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prepares a submission for grading, as nbgrader's {@code autograde} does: the submission's cells, in its order,
 * with every grade and locked cell replaced by the source's (hidden tests included), the nbgrader metadata of
 * solution cells taken from the source, deleted cells put back (a deleted answer as its released stub), cells
 * with unknown or repeated grade_ids demoted to ordinary cells, all outputs cleared, and the source's notebook
 * metadata (so the submission cannot pick another kernel). A protected cell counts as edited when it matches
 * neither its released nor its source version (grading the source itself finds nothing).
 */
public final class Restore {
    /**
     * A submission ready to execute.
     *
     * @param notebook the notebook to run
     * @param findings what the submission did to protected cells, in notebook order
     */
    public record Restored(JsonObject notebook, List<Finding> findings) {
        /** Copies the list. */
        public Restored {
            findings = List.copyOf(findings);
        }
    }

    private Restore() {}

    /**
     * How many of the source's grade_ids the submission carries: overlap = |ids(source) ∩ ids(submission)|.
     *
     * @param source     a source notebook. Not modified.
     * @param submission a submitted notebook. Not modified.
     * @return the number of shared grade_ids
     */
    public static int overlap(JsonObject source, JsonObject submission) {
        Set<String> ids = tracked(source).keySet();
        Set<String> shared = new HashSet<>();
        for (JsonElement cell : Notebooks.cells(submission)) {
            String id = Notebooks.gradeId(cell.getAsJsonObject());
            if (id != null && ids.contains(id)) shared.add(id);
        }
        return shared.size();
    }

    /**
     * Restores a submission against its source.
     *
     * @param source     the source (solution) notebook. Not modified.
     * @param submission the submitted notebook. Not modified.
     * @return the notebook to execute and the findings
     */
    public static Restored restore(JsonObject source, JsonObject submission) {
        Map<String, JsonObject> original = tracked(source);
        Map<String, JsonObject> released = tracked(Release.student(source));
        List<JsonObject> cells = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonElement element : Notebooks.cells(submission)) {
            JsonObject cell = element.getAsJsonObject().deepCopy();
            String id = Notebooks.gradeId(cell);
            if (Notebooks.nbgrader(cell) != null && (id == null || !original.containsKey(id) || !seen.add(id))) {
                findings.add(new Finding(String.valueOf(id), id != null && original.containsKey(id)
                        ? Finding.Kind.DUPLICATED : Finding.Kind.UNKNOWN_ID));
                Notebooks.metadata(cell).remove("nbgrader");
            } else if (id != null) {
                JsonObject from = original.get(id);
                if (Notebooks.isSolution(from)) {
                    Notebooks.metadata(cell).add("nbgrader", Notebooks.nbgrader(from).deepCopy());
                } else {
                    if (!same(cell, released.get(id)) && !same(cell, from)) findings.add(new Finding(id, Finding.Kind.EDITED));
                    cell = from.deepCopy();
                }
            }
            Notebooks.clearOutputs(cell);
            cells.add(cell);
        }
        List<String> order = new ArrayList<>(original.keySet());
        for (int k = 0; k < order.size(); k++) {
            String id = order.get(k);
            if (seen.contains(id)) continue;
            JsonObject from = original.get(id);
            JsonObject back = (Notebooks.isSolution(from) ? released.get(id) : from).deepCopy();
            Notebooks.clearOutputs(back);
            cells.add(insertionPoint(cells, order, k), back);
            seen.add(id);
            findings.add(new Finding(id, Finding.Kind.DELETED));
        }
        JsonObject notebook = source.deepCopy();
        JsonArray array = new JsonArray();
        cells.forEach(array::add);
        notebook.add("cells", array);
        return new Restored(notebook, findings);
    }

    private static boolean same(JsonObject cell, JsonObject original) {
        return Notebooks.source(cell).equals(Notebooks.source(original)) && Notebooks.type(cell).equals(Notebooks.type(original));
    }

    /** Right after the nearest earlier tracked cell already present, else before the nearest later one, else at the end. */
    private static int insertionPoint(List<JsonObject> cells, List<String> order, int k) {
        for (int before = k - 1; before >= 0; before--) {
            int at = position(cells, order.get(before));
            if (at >= 0) return at + 1;
        }
        for (int after = k + 1; after < order.size(); after++) {
            int at = position(cells, order.get(after));
            if (at >= 0) return at;
        }
        return cells.size();
    }

    private static int position(List<JsonObject> cells, String id) {
        for (int i = 0; i < cells.size(); i++)
            if (id.equals(Notebooks.gradeId(cells.get(i)))) return i;
        return -1;
    }

    /** The nbgrader cells with a grade_id, by id in notebook order. */
    static Map<String, JsonObject> tracked(JsonObject notebook) {
        Map<String, JsonObject> cells = new LinkedHashMap<>();
        for (JsonElement element : Notebooks.cells(notebook)) {
            JsonObject cell = element.getAsJsonObject();
            String id = Notebooks.gradeId(cell);
            if (id != null) cells.putIfAbsent(id, cell);
        }
        return cells;
    }
}

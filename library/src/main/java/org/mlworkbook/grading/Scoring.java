package org.mlworkbook.grading;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Scores the grade cells of an executed notebook the way nbgrader's {@code determine_grade} does, reading the
 * outputs in order: an error output or a stderr stream → 0; an {@code execute_result} whose text is one number
 * p → min(max(p, 0), max points) (other text → full points); otherwise full points. Written answers (grade cells
 * that are not code) are flagged for manual grading; a code grade cell that never ran scores 0.
 */
public final class Scoring {
    private static final Pattern PYTHON_FLOAT = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final int MAX_MESSAGE_CHARS = 500;

    private Scoring() {}

    /**
     * Scores every grade cell of the source against the executed notebook.
     *
     * @param source   the source notebook (grade_ids and points). Not modified.
     * @param executed the executed, restored submission. Not modified.
     * @param notRun   why cells that did not run did not run, e.g. "the kernel died"
     * @return one score per grade cell, in the source's order
     */
    public static List<Score> score(JsonObject source, JsonObject executed, String notRun) {
        Map<String, JsonObject> cells = Restore.tracked(executed);
        List<Score> scores = new ArrayList<>();
        for (JsonObject cell : Restore.tracked(source).values()) {
            if (!Notebooks.isGrade(cell)) continue;
            String id = Notebooks.gradeId(cell);
            double max = Notebooks.points(cell);
            JsonObject ran = cells.get(id);
            if (!"code".equals(Notebooks.type(cell)))
                scores.add(new Score(id, 0, max, Score.Status.MANUAL, "a written answer: grade it by hand"));
            else if (ran == null)
                scores.add(new Score(id, 0, max, Score.Status.NOT_RUN, "the cell is missing"));
            else
                scores.add(scoreCell(id, max, ran, notRun));
        }
        return scores;
    }

    /**
     * Zero points on every grade cell of the source, for a submission that could not be run.
     *
     * @param source the source notebook. Not modified.
     * @param why    the reason, shown with each cell
     * @return one {@link Score.Status#NOT_RUN} score per grade cell (written answers: {@link Score.Status#MANUAL})
     */
    public static List<Score> zeros(JsonObject source, String why) {
        JsonObject empty = source.deepCopy();
        Notebooks.cells(empty).forEach(cell -> Notebooks.clearOutputs(cell.getAsJsonObject()));
        return score(source, empty, why);
    }

    private static Score scoreCell(String id, double max, JsonObject cell, String notRun) {
        JsonElement count = cell.get("execution_count");
        JsonElement outputs = cell.get("outputs");
        boolean hasOutputs = outputs != null && outputs.isJsonArray() && !outputs.getAsJsonArray().isEmpty();
        if ((count == null || count.isJsonNull()) && !hasOutputs)
            return new Score(id, 0, max, Score.Status.NOT_RUN, notRun == null || notRun.isEmpty() ? "the cell did not run" : notRun);
        if (hasOutputs) {
            for (JsonElement element : outputs.getAsJsonArray()) {
                JsonObject output = element.getAsJsonObject();
                String type = text(output.get("output_type"));
                if ("error".equals(type))
                    return new Score(id, 0, max, Score.Status.FAILED, shorten(text(output.get("ename")) + ": " + text(output.get("evalue"))));
                if ("stream".equals(type) && "stderr".equals(text(output.get("name"))))
                    return new Score(id, 0, max, Score.Status.FAILED, shorten("wrote to stderr: " + text(output.get("text")).strip()));
                if ("execute_result".equals(type)) return partial(id, max, output);
            }
        }
        return new Score(id, max, max, Score.Status.PASSED, "");
    }

    private static Score partial(String id, double max, JsonObject output) {
        JsonElement data = output.get("data");
        JsonElement plain = data != null && data.isJsonObject() ? data.getAsJsonObject().get("text/plain") : null;
        if (plain != null && plain.isJsonArray())
            plain = plain.getAsJsonArray().size() == 1 ? plain.getAsJsonArray().get(0) : null;
        String value = plain == null ? "" : text(plain).strip();
        if (!PYTHON_FLOAT.matcher(value).matches()) return new Score(id, max, max, Score.Status.PASSED, "");
        double points = Math.min(Math.max(Double.parseDouble(value), 0), max);
        return new Score(id, points, max, Score.Status.PARTIAL, "the cell's result gave " + Checksums.pythonFloat(points) + " of " + Checksums.pythonFloat(max));
    }

    private static String text(JsonElement element) {
        if (element == null || element.isJsonNull()) return "";
        if (element.isJsonPrimitive()) return element.getAsString();
        StringBuilder joined = new StringBuilder();
        if (element.isJsonArray()) for (JsonElement part : element.getAsJsonArray()) joined.append(text(part));
        return joined.toString();
    }

    private static String shorten(String message) {
        return message.length() <= MAX_MESSAGE_CHARS ? message : message.substring(0, MAX_MESSAGE_CHARS - 1) + "…";
    }
}

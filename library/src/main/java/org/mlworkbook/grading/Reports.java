package org.mlworkbook.grading;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The batch outputs: {@code gradebook.csv}, {@code summary.json} and one HTML feedback page per submission. */
final class Reports {
    private Reports() {}

    /** gradebook.csv: student,notebook,grade_id,points,max_points,status — one row per grade cell. */
    static String gradebook(List<Graded> results) {
        StringBuilder csv = new StringBuilder("student,notebook,grade_id,points,max_points,status\n");
        for (Graded graded : results)
            for (Score score : graded.scores())
                csv.append(String.join(",", csv(graded.student()), csv(graded.notebook()), csv(score.gradeId()),
                        Checksums.pythonFloat(score.points()), Checksums.pythonFloat(score.maxPoints()), score.status().label())).append('\n');
        return csv.toString();
    }

    /** summary.json: per submission the totals, findings and problems; and the batch's counts. */
    static String summary(List<Graded> results) {
        JsonObject summary = new JsonObject();
        summary.addProperty("submissions", results.size());
        summary.addProperty("students", results.stream().map(Graded::student).distinct().count());
        summary.addProperty("with_problems", results.stream().filter(g -> !g.problems().isEmpty() || !g.findings().isEmpty()).count());
        JsonArray list = new JsonArray();
        for (Graded graded : results) {
            JsonObject entry = new JsonObject();
            entry.addProperty("student", graded.student());
            entry.addProperty("notebook", graded.notebook());
            entry.addProperty("file", graded.file());
            entry.addProperty("points", graded.points());
            entry.addProperty("max_points", graded.maxPoints());
            JsonArray findings = new JsonArray();
            graded.findings().forEach(f -> findings.add(f.describe()));
            entry.add("findings", findings);
            JsonArray problems = new JsonArray();
            graded.problems().forEach(problems::add);
            entry.add("problems", problems);
            list.add(entry);
        }
        summary.add("results", list);
        return Notebooks.toJson(summary) + "\n";
    }

    /** The feedback page of one submission. */
    static String feedback(Graded graded) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>")
                .append(escape(graded.notebook() + " · " + graded.student())).append("</title>\n<style>")
                .append("body{font-family:sans-serif;max-width:60em;margin:2em auto}table{border-collapse:collapse;width:100%}")
                .append("td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}")
                .append(".passed{color:#1a7f37}.partial{color:#9a6700}.failed,.not_run{color:#cf222e}.manual{color:#0969da}")
                .append("pre{white-space:pre-wrap;margin:0}</style></head><body>\n<h1>")
                .append(escape(graded.notebook())).append("</h1>\n<p>Student: <b>").append(escape(graded.student()))
                .append("</b> · Score: <b>").append(Checksums.pythonFloat(graded.points())).append(" / ")
                .append(Checksums.pythonFloat(graded.maxPoints())).append("</b></p>\n");
        if (!graded.problems().isEmpty() || !graded.findings().isEmpty()) {
            html.append("<h2>Notes</h2>\n<ul>\n");
            graded.problems().forEach(p -> html.append("<li>").append(escape(p)).append("</li>\n"));
            graded.findings().forEach(f -> html.append("<li>").append(escape(f.describe())).append("</li>\n"));
            html.append("</ul>\n");
        }
        html.append("<h2>Exercises</h2>\n<table><tr><th>Exercise</th><th>Points</th><th>Status</th><th>Message</th></tr>\n");
        for (Score score : graded.scores())
            html.append("<tr><td>").append(escape(score.gradeId())).append("</td><td>").append(Checksums.pythonFloat(score.points()))
                    .append(" / ").append(Checksums.pythonFloat(score.maxPoints())).append("</td><td class=\"").append(score.status().label())
                    .append("\">").append(score.status().label().replace('_', ' ')).append("</td><td><pre>")
                    .append(escape(score.message())).append("</pre></td></tr>\n");
        return html.append("</table>\n</body></html>\n").toString();
    }

    /** Writes the batch files into {@code dir}. */
    static void writeBatch(List<Graded> results, Path dir) throws IOException {
        Notebooks.writeAtomically(gradebook(results), dir.resolve("gradebook.csv"));
        Notebooks.writeAtomically(summary(results), dir.resolve("summary.json"));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String csv(String field) {
        return field.contains(",") || field.contains("\"") || field.contains("\n") ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }
}

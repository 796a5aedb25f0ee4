package org.mlworkbook.grading;

import java.util.List;

/**
 * The grading of one submitted notebook.
 *
 * @param student  the student (the submission's folder name)
 * @param notebook the source notebook it was graded against (its file name), or the submitted file name when none matched
 * @param file     the submitted file
 * @param scores   one score per grade cell of the source, in its order (empty when no source matched)
 * @param findings what the submission did to protected cells
 * @param problems what went wrong with the submission as a whole (unreadable, wrong notebook, kernel died, time limit)
 */
public record Graded(String student, String notebook, String file, List<Score> scores, List<Finding> findings, List<String> problems) {
    /** Copies the lists. */
    public Graded {
        scores = List.copyOf(scores);
        findings = List.copyOf(findings);
        problems = List.copyOf(problems);
    }

    /** Σ points over the scores. */
    public double points() {
        return scores.stream().mapToDouble(Score::points).sum();
    }

    /** Σ max points over the scores. */
    public double maxPoints() {
        return scores.stream().mapToDouble(Score::maxPoints).sum();
    }
}

package org.mlworkbook.grading;

/**
 * The result of one grade cell.
 *
 * @param gradeId   the grade cell's grade_id
 * @param points    the points given, 0 ≤ points ≤ maxPoints
 * @param maxPoints the cell's points in the source
 * @param status    how the points came about
 * @param message   why (the failure, the stderr line, the reason it did not run); "" when it passed
 */
public record Score(String gradeId, double points, double maxPoints, Status status, String message) {
    /** How a grade cell was scored. */
    public enum Status {
        /** No error, no stderr, no numeric result: full points. */
        PASSED,
        /** The cell's result was a number: that many points (clamped to [0, max]). */
        PARTIAL,
        /** An error output or output on stderr: 0 points. */
        FAILED,
        /** The cell did not run (the kernel died, the notebook ran out of time, or the file was unusable): 0 points. */
        NOT_RUN,
        /** A written answer: 0 points until an instructor grades it by hand. */
        MANUAL;

        /** The lower-case name used in gradebook.csv, e.g. {@code not_run}. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}

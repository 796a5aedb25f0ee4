package org.mlworkbook.grading;

/**
 * Something a submission did to a protected cell, found while restoring it from the source.
 *
 * @param gradeId the cell's grade_id
 * @param kind    what happened
 */
public record Finding(String gradeId, Kind kind) {
    /** What a submission did to a cell. */
    public enum Kind {
        /** A grade or locked cell whose source differs from the released one; the source's cell was used. */
        EDITED,
        /** A cell of the source missing from the submission; the source's cell (or the released stub) was put back. */
        DELETED,
        /** A second cell with a grade_id already seen; it runs as an ordinary cell. */
        DUPLICATED,
        /** A cell claiming a grade_id the source does not have (renamed or invented); it runs as an ordinary cell. */
        UNKNOWN_ID
    }

    /** One readable line, e.g. {@code "ex00-std-test: edited (the original was restored)"}. */
    public String describe() {
        return gradeId + ": " + switch (kind) {
            case EDITED -> "edited (the original was restored)";
            case DELETED -> "deleted (the original was put back)";
            case DUPLICATED -> "duplicated (the copy counts as an ordinary cell)";
            case UNKNOWN_ID -> "not a grade_id of the source (renamed?); the cell counts as an ordinary cell";
        };
    }
}

package org.mlworkbook.grading;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportsTest {
    private static final Graded ANN = new Graded("ann, b.", "00-welcome.ipynb", "s/ann/00-welcome.ipynb",
            List.of(new Score("t1", 1, 1, Score.Status.PASSED, ""), new Score("t2", 0, 2, Score.Status.FAILED, "CheckFailure: <x> & \"y\"")),
            List.of(new Finding("t2", Finding.Kind.EDITED)), List.of());

    @Test
    void theGradebookHasOneRowPerGradeCellWithQuotedFieldsWhereNeeded() {
        assertEquals("student,notebook,grade_id,points,max_points,status\n"
                + "\"ann, b.\",00-welcome.ipynb,t1,1.0,1.0,passed\n"
                + "\"ann, b.\",00-welcome.ipynb,t2,0.0,2.0,failed\n", Reports.gradebook(List.of(ANN)));
    }

    @Test
    void theSummaryTotalsEachSubmission() {
        String summary = Reports.summary(List.of(ANN));
        assertTrue(summary.contains("\"points\": 1.0"), summary);
        assertTrue(summary.contains("\"max_points\": 3.0"), summary);
        assertTrue(summary.contains("\"t2: edited (the original was restored)\""), summary);
        assertTrue(summary.contains("\"with_problems\": 1"), summary);
    }

    @Test
    void theFeedbackPageEscapesTheFailureMessage() {
        String html = Reports.feedback(ANN);
        assertTrue(html.contains("CheckFailure: &lt;x&gt; &amp; &quot;y&quot;"), html);
        assertTrue(html.contains("Score: <b>1.0 / 3.0</b>"), html);
    }
}

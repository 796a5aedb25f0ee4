package org.mlworkbook.notebook;

/**
 * A failed exercise check, thrown by {@link Check}. Its message names the check and what was expected and
 * what came, e.g. {@code "mean of [1, 2, 3]: expected 2.0 ± 1e-09, got 2.5"}; the notebook shows it as the
 * cell's error output and a grader counts the cell as failed.
 *
 * <p>It is an {@link AssertionError} (as nbgrader expects of a failed test cell), not an exception a
 * student's code would catch by accident with {@code catch (Exception e)}.
 */
public class CheckFailure extends AssertionError {

    private static final long serialVersionUID = 1L;

    /**
     * A failure with its message.
     *
     * @param message what was checked, expected and found
     */
    public CheckFailure(String message) {
        super(message);
    }

    /**
     * A failure caused by an unexpected exception.
     *
     * @param message what was checked, expected and found
     * @param cause   the exception the checked code threw
     */
    public CheckFailure(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.mlworkbook.kernel;

/** A value whose test renderer throws an {@link Error}, as a renderer missing its fonts would. */
public final class FailingToRender {
}

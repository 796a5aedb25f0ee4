package org.mlworkbook.kernel;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import java.util.UUID;

/**
 * The display calls of cell code: the kernel defines {@code display}, {@code render} and
 * {@code updateDisplay} as JShell methods that delegate here, with IJava's signatures. Text
 * printed before a display call is flushed first, so outputs keep their order.
 */
public final class Display {
    private Display() {
    }

    /**
     * Shows an object now, rendered with its preferred MIME types.
     *
     * @param o the object
     * @return the display id, for {@link #updateDisplay(String, Object)}
     * @throws IllegalStateException if no kernel is running
     */
    public static String display(Object o) {
        return show(render(o));
    }

    /**
     * Shows an object now, rendered as the given MIME types (plus {@code text/plain}).
     *
     * @param o         the object
     * @param mimeTypes the MIME types, e.g. {@code "text/html"}
     * @return the display id, for {@link #updateDisplay(String, Object, String...)}
     * @throws IllegalStateException if no kernel is running
     */
    public static String display(Object o, String... mimeTypes) {
        return show(render(o, mimeTypes));
    }

    /**
     * Renders an object with its preferred MIME types, without showing it.
     *
     * @param o the object
     * @return the rendered data, always with {@code text/plain}
     * @throws IllegalStateException if no kernel is running
     */
    public static DisplayData render(Object o) {
        return kernel("render").render(o);
    }

    /**
     * Renders an object as the given MIME types (plus {@code text/plain}), without showing it.
     *
     * @param o         the object
     * @param mimeTypes the MIME types
     * @return the rendered data
     * @throws IllegalStateException if no kernel is running
     */
    public static DisplayData render(Object o, String... mimeTypes) {
        return kernel("render").render(o, mimeTypes);
    }

    /**
     * Replaces a shown output with a new rendering.
     *
     * @param id the display id returned by {@code display}
     * @param o  the object to show instead
     * @throws IllegalStateException if no kernel is running
     */
    public static void updateDisplay(String id, Object o) {
        update(id, render(o));
    }

    /**
     * Replaces a shown output with a rendering as the given MIME types.
     *
     * @param id        the display id returned by {@code display}
     * @param o         the object to show instead
     * @param mimeTypes the MIME types
     * @throws IllegalStateException if no kernel is running
     */
    public static void updateDisplay(String id, Object o, String... mimeTypes) {
        update(id, render(o, mimeTypes));
    }

    private static String show(DisplayData data) {
        WorkbookKernel kernel = kernel("display");
        String id = data.getDisplayId();
        if (id == null) {
            id = UUID.randomUUID().toString();
            data.setDisplayId(id);
        }
        System.out.flush();
        System.err.flush();
        kernel.display(data);
        return id;
    }

    private static void update(String id, DisplayData data) {
        WorkbookKernel kernel = kernel("updateDisplay");
        System.out.flush();
        System.err.flush();
        kernel.getIO().display.updateDisplay(id, data);
    }

    private static WorkbookKernel kernel(String method) {
        WorkbookKernel kernel = WorkbookKernel.getKernelInstance();
        if (kernel == null) {
            throw new IllegalStateException(method + ": expected a running ML Workbook kernel, got none");
        }
        return kernel;
    }
}

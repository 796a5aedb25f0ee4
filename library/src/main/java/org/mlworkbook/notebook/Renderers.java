package org.mlworkbook.notebook;

import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.display.RenderContext;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import org.knowm.xchart.internal.chartpart.Chart;
import org.mlworkbook.plot.Plots;
import tech.tablesaw.api.Table;

/**
 * Registers the workbook's display types with a Jupyter kernel's {@link Renderer}, so that a cell ending in a
 * chart, table or formula shows it drawn rather than as {@code toString()}.
 *
 * <table>
 *   <caption>What each type is shown as (every one also carries {@code text/plain})</caption>
 *   <tr><th>value</th><th>rich output</th><th>{@code text/plain}</th></tr>
 *   <tr><td>any XChart chart ({@code XYChart}, {@code CategoryChart}, {@code HeatMapChart}, {@code PieChart}, …)</td>
 *       <td>{@code image/png}, base64, from {@link Plots#png}</td><td>{@code XYChart 'Iris' 600×400}</td></tr>
 *   <tr><td>Tablesaw {@link Table}</td><td>{@code text/html} from {@link Tables#toHtml}</td>
 *       <td>{@link Tables#toText}</td></tr>
 *   <tr><td>{@link Latex}</td><td>{@code text/latex}, {@code $$source$$}</td><td>the source</td></tr>
 *   <tr><td>{@link Markdown}</td><td>{@code text/markdown}</td><td>the text</td></tr>
 * </table>
 *
 * <p>The kernel's start-up script calls {@link #install()}, which works in our kernel and in stock IJava 1.3.0
 * alike because both expose jupyter-jvm-basekernel's {@code Renderer}. Pitfall: basekernel's renderer runs every
 * function registered for a type, so registering twice would draw every chart twice; {@link #registerAll}
 * therefore remembers (weakly) which renderers it has filled and does nothing the second time.
 */
public final class Renderers {

    /** Kernels asked for their running instance, in order: ours, then stock IJava. */
    private static final List<String> KERNEL_CLASSES = List.of(
            "org.mlworkbook.kernel.WorkbookKernel",
            "io.github.spencerpark.ijava.IJava");

    /** Renderers already filled by {@link #registerAll}; weak, so a discarded kernel's renderer can go. */
    private static final Set<Renderer> REGISTERED = Collections.synchronizedSet(
            Collections.newSetFromMap(new WeakHashMap<>()));

    private Renderers() {
    }

    /**
     * Registers charts, tables, {@link Latex} and {@link Markdown} with {@code renderer}. Each registration
     * prefers its rich type and also supports {@code text/plain}, so {@code renderer.render(value)} yields
     * both keys and {@code renderer.renderAs(value, "text/plain")} yields the readable text. A second call
     * with the same renderer changes nothing.
     *
     * @param renderer the kernel's renderer. Modified.
     * @throws IllegalArgumentException if {@code renderer} is null
     */
    public static void registerAll(Renderer renderer) {
        if (renderer == null) {
            throw new IllegalArgumentException("registerAll: renderer expected a kernel's Renderer, got null");
        }
        if (!REGISTERED.add(renderer)) {
            return;
        }
        renderer.createRegistration(Chart.class)
                .preferring(MIMEType.IMAGE_PNG)
                .supporting(MIMEType.TEXT_PLAIN)
                .register(Renderers::renderChart);
        renderer.createRegistration(Table.class)
                .preferring(MIMEType.TEXT_HTML)
                .supporting(MIMEType.TEXT_PLAIN)
                .register(Renderers::renderTable);
        renderer.createRegistration(Latex.class)
                .preferring(MIMEType.TEXT_LATEX)
                .supporting(MIMEType.TEXT_PLAIN)
                .register(Renderers::renderLatex);
        renderer.createRegistration(Markdown.class)
                .preferring(MIMEType.TEXT_MARKDOWN)
                .supporting(MIMEType.TEXT_PLAIN)
                .register(Renderers::renderMarkdown);
    }

    /**
     * Finds the running kernel and registers the renderers with it: first
     * {@code org.mlworkbook.kernel.WorkbookKernel.getKernelInstance()}, then
     * {@code io.github.spencerpark.ijava.IJava.getKernelInstance()}. Reflection is used only to find the
     * instance, so the library does not depend on either kernel.
     *
     * @return true if a kernel was found and its renderer filled; false, doing nothing, when no kernel runs
     *         (plain JShell, unit tests)
     * @throws IllegalStateException if a kernel class is present but its instance cannot be obtained or is not
     *         a jupyter-jvm-basekernel {@code BaseKernel}
     */
    public static boolean install() {
        for (String className : KERNEL_CLASSES) {
            Object kernel = kernelInstance(className);
            if (kernel == null) {
                continue;
            }
            if (!(kernel instanceof BaseKernel)) {
                throw new IllegalStateException(String.format(
                        "install: %s.getKernelInstance() expected a %s, got a %s (is jupyter-jvm-basekernel on "
                                + "the class path twice?)", className, BaseKernel.class.getName(),
                        kernel.getClass().getName()));
            }
            registerAll(((BaseKernel) kernel).getRenderer());
            return true;
        }
        return false;
    }

    /** The static getKernelInstance() of the named class, or null if the class is absent or has no instance. */
    private static Object kernelInstance(String className) {
        Class<?> kernelClass;
        try {
            kernelClass = Class.forName(className, true, Renderers.class.getClassLoader());
        } catch (ClassNotFoundException absent) {
            return null;
        }
        try {
            Method getInstance = kernelClass.getMethod("getKernelInstance");
            return getInstance.invoke(null);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(String.format(
                    "install: %s expected a public static getKernelInstance(), got %s", className, e), e);
        }
    }

    private static void renderChart(Chart<?, ?> chart, RenderContext context) {
        context.renderIfRequested(MIMEType.TEXT_PLAIN, () -> String.format("%s '%s' %d×%d",
                chart.getClass().getSimpleName(), chart.getTitle(), chart.getWidth(), chart.getHeight()));
        context.renderIfRequested(MIMEType.IMAGE_PNG, () -> Base64.getEncoder().encodeToString(Plots.png(chart)));
    }

    private static void renderTable(Table table, RenderContext context) {
        context.renderIfRequested(MIMEType.TEXT_PLAIN, () -> Tables.toText(table));
        context.renderIfRequested(MIMEType.TEXT_HTML, () -> Tables.toHtml(table));
    }

    private static void renderLatex(Latex latex, RenderContext context) {
        context.renderIfRequested(MIMEType.TEXT_PLAIN, latex::source);
        context.renderIfRequested(MIMEType.TEXT_LATEX, latex::displayMath);
    }

    private static void renderMarkdown(Markdown markdown, RenderContext context) {
        context.renderIfRequested(MIMEType.TEXT_PLAIN, markdown::text);
        context.renderIfRequested(MIMEType.TEXT_MARKDOWN, markdown::text);
    }
}

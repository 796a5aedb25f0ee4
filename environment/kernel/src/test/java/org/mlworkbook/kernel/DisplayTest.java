package org.mlworkbook.kernel;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import io.github.spencerpark.jupyter.messages.publish.PublishStream;
import io.github.spencerpark.jupyter.messages.publish.PublishUpdateDisplayData;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Rich outputs through the library's renderers, registered by the real start-up script. */
class DisplayTest {
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G'};

    private final WorkbookKernel kernel = Kernels.shared();

    private DisplayData result(String cell) {
        Execution run = Execution.run(kernel, cell);
        assertTrue(run.ok(), run::toString);
        assertNotNull(run.result(), run::toString);
        return run.result();
    }

    @Test
    void startupScriptFindsThisKernelAndRegistersTheRenderers() throws Exception {
        assertEquals("true", Kernels.plain(kernel, "org.mlworkbook.kernel.WorkbookKernel.getKernelInstance() != null"));
        assertEquals("false", Kernels.plain(kernel, "Renderers.install() && false"));
    }

    @Test
    void chartIsShownAsPngWithTextFallback() {
        DisplayData data = result("Plots.line(\"Squares\", new double[] {1, 2, 3}, new double[] {1, 4, 9})");
        byte[] png = Base64.getDecoder().decode((String) data.getData(MIMEType.IMAGE_PNG));
        assertEquals(new String(PNG_MAGIC, ISO_8859_1), new String(png, 0, 4, ISO_8859_1));
        assertTrue(((String) data.getData(MIMEType.TEXT_PLAIN)).contains("Squares"), data.getData(MIMEType.TEXT_PLAIN).toString());
    }

    @Test
    void tableIsShownAsHtmlWithTextFallback() {
        DisplayData data = result("Table.create(\"pets\", StringColumn.create(\"name\", \"Rex\", \"Tom\"), IntColumn.create(\"age\", 3, 5))");
        assertTrue(((String) data.getData(MIMEType.TEXT_HTML)).contains("<table"), data.getData(MIMEType.TEXT_HTML).toString());
        assertTrue(((String) data.getData(MIMEType.TEXT_PLAIN)).contains("Rex"), data.getData(MIMEType.TEXT_PLAIN).toString());
    }

    @Test
    void latexIsShownAsTextLatexWithSourceAsFallback() {
        DisplayData data = result("Latex.of(\"x^2\")");
        assertEquals("$$x^2$$", data.getData(MIMEType.TEXT_LATEX));
        assertEquals("x^2", data.getData(MIMEType.TEXT_PLAIN));
    }

    @Test
    void markdownIsShownAsTextMarkdownWithFallback() {
        DisplayData data = result("Markdown.of(\"**bold**\")");
        assertEquals("**bold**", data.getData(MIMEType.TEXT_MARKDOWN));
        assertEquals("**bold**", data.getData(MIMEType.TEXT_PLAIN));
    }

    @Test
    void displayCallShowsOutputInOrderAndReturnsItsId() {
        Execution run = Execution.run(kernel, "System.out.println(\"before\");\nString id = display(Latex.of(\"y\"));\nid.length()");
        assertEquals(1, run.displays().size(), run::toString);
        DisplayData shown = run.displays().get(0);
        assertEquals("$$y$$", shown.getData(MIMEType.TEXT_LATEX));
        assertEquals("y", shown.getData(MIMEType.TEXT_PLAIN));
        int printed = run.messages.indexOf(run.messages.stream().filter(m -> m instanceof PublishStream).findFirst().orElseThrow());
        assertTrue(printed < run.messages.indexOf(shown), run::toString);
        assertEquals("36", run.result().getData(MIMEType.TEXT_PLAIN));
    }

    @Test
    void renderWithMimeTypesAndUpdateDisplayWork() {
        Execution run = Execution.run(kernel, "String shown = display(\"first\");\nupdateDisplay(shown, Latex.of(\"z\"), \"text/latex\");\nrender(Latex.of(\"w\"), \"text/plain\")");
        assertTrue(run.ok(), run::toString);
        assertEquals("w", run.result().getData(MIMEType.TEXT_PLAIN));
        assertNull(run.result().getData(MIMEType.TEXT_LATEX));
        assertTrue(run.messages.stream().anyMatch(m -> m instanceof PublishUpdateDisplayData),
                run::toString);
    }

    @Test
    void failingRendererFailsOnlyItsCell() {
        kernel.getRenderer().createRegistration(FailingToRender.class).register((value, context) -> {
            throw new NoClassDefFoundError("no fonts");
        });
        Execution run = Execution.run(kernel, "new org.mlworkbook.kernel.FailingToRender()");
        assertEquals("java.lang.NoClassDefFoundError", run.error().getErrorName(), run::toString);
        assertEquals("5", Kernels.plain(kernel, "2 + 3"));
    }

    @Test
    void displayDataWithoutTextPlainGetsAFallback() {
        DisplayData data = result("var rich = new io.github.spencerpark.jupyter.kernel.display.DisplayData();\nrich.putHTML(\"<b>x</b>\");\nrich");
        assertEquals("<b>x</b>", data.getData(MIMEType.TEXT_HTML));
        assertNotNull(data.getData(MIMEType.TEXT_PLAIN));
    }
}

package org.mlworkbook.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spencerpark.jupyter.kernel.LanguageInfo;
import io.github.spencerpark.jupyter.kernel.ReplacementOptions;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.Test;

class CompletionTest {
    private final WorkbookKernel kernel = Kernels.shared();

    @Test
    void completionSuggestsMembersAndReplacesTheTypedPrefix() {
        String code = "Math.sq";
        ReplacementOptions options = kernel.complete(code, code.length());
        assertTrue(options.getReplacements().contains("sqrt("), options.getReplacements().toString());
        assertEquals(5, options.getSourceStart());
        assertEquals(code.length(), options.getSourceEnd());
    }

    @Test
    void completionSeesDeclarationsOfEarlierCells() throws Exception {
        kernel.eval("double learningRateForCompletion = 0.1;");
        String code = "learningRateFor";
        assertTrue(kernel.complete(code, code.length()).getReplacements().contains("learningRateForCompletion"));
    }

    @Test
    void inspectShowsTheSignaturesOfTheCallUnderTheCursor() {
        String code = "int a = 1;\nMath.max(";
        String text = (String) kernel.inspect(code, code.length(), false).getData(MIMEType.TEXT_PLAIN);
        assertTrue(text.contains("int Math.max(int a, int b)") || text.contains("max(int"), text);
        assertTrue(text.lines().count() >= 4, "every overload of max: " + text);
    }

    @Test
    void inspectSeesLibraryMethodsAndCellDeclarations() throws Exception {
        kernel.eval("double halfOf(double x) { return x / 2; }");
        String code = "halfOf(";
        assertTrue(((String) kernel.inspect(code, code.length(), false).getData(MIMEType.TEXT_PLAIN)).contains("halfOf(double x)"));
        String library = "Check.close(";
        assertTrue(((String) kernel.inspect(library, library.length(), false).getData(MIMEType.TEXT_PLAIN)).contains("close("));
    }

    @Test
    void inspectOfNothingDocumentableIsNull() {
        assertNull(kernel.inspect("int q = 3", 3, false));
    }

    @Test
    void isCompleteTellsCompleteIncompleteAndInvalidApart() {
        assertEquals("complete", kernel.isComplete("int x = 1;\nx + 1"));
        assertEquals("complete", kernel.isComplete("%classpath lib/*\nint y = 2;"));
        assertEquals("    ", kernel.isComplete("for (int i = 0; i < 3; i++) {"));
        assertEquals("invalid", kernel.isComplete("int 3x = ;"));
    }

    @Test
    void languageInfoIsJavaWithTheRunningVersion() {
        LanguageInfo info = kernel.getLanguageInfo();
        assertEquals("java", info.getName());
        assertEquals(Runtime.version().toString(), info.getVersion());
        assertEquals(".jshell", info.getFileExtension());
        assertEquals("text/x-java", info.getCodemirrorMode());
    }
}

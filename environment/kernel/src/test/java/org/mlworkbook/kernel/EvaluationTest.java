package org.mlworkbook.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import io.github.spencerpark.jupyter.messages.publish.PublishError;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationTest {
    private final WorkbookKernel kernel = Kernels.shared();

    @Test
    void multiSnippetCellRunsInOrderAndShowsTrailingExpression() throws Exception {
        var data = kernel.eval("int a = 20;\nint b = 22;\nString twice(int x) { return x + \"+\" + x; }\na + b");
        assertEquals("42", data.getData(MIMEType.TEXT_PLAIN));
        assertEquals("21+21", kernel.eval("twice(21)").getData(MIMEType.TEXT_PLAIN));
    }

    @Test
    void declarationsStatementsAndVoidCallsShowNothing() throws Exception {
        assertNull(kernel.eval("int unseen = 5;"));
        assertNull(kernel.eval("var alsoUnseen = 6"));
        assertNull(kernel.eval("void nothing() {}\nnothing()"));
        assertNull(kernel.eval("for (int i = 0; i < 2; i++) { }"));
    }

    @Test
    void trailingSemicolonHidesTheValueEvenBeforeAComment() throws Exception {
        assertNull(kernel.eval("1 + 1;"));
        assertNull(kernel.eval("1 + 1; // hidden"));
        assertEquals("2", kernel.eval("1 + 1 // shown").getData(MIMEType.TEXT_PLAIN));
    }

    @Test
    void stdoutAndStderrBecomeStreamOutputsBeforeTheResult() {
        Execution run = Execution.run(kernel, "System.out.print(\"out\");\nSystem.err.println(\"err\");\n\"value\"");
        assertTrue(run.ok(), run::toString);
        assertEquals("out", run.stream("stdout"));
        assertEquals("err\n", run.stream("stderr"));
        assertEquals("value", run.result().getData(MIMEType.TEXT_PLAIN));
        assertTrue(run.messages.indexOf(run.result()) > run.messages.size() - 4, "result after the streams: " + run);
    }

    @Test
    void manyPrintsBecomeOneStreamMessageNotOnePerWrite() {
        Execution run = Execution.run(kernel, "for (int i = 0; i < 100; i++) System.out.printf(\"%d%s\", i % 10, i % 10 == 9 ? \"\\n\" : \"\");");
        assertEquals("0123456789\n".repeat(10), run.stream("stdout"));
        // 200 writes in well under a millisecond; the 200 ms timer may cut them once at most
        assertTrue(run.streamMessages("stdout") <= 2, run::toString);
    }

    @Test
    void alternatingStdoutAndStderrKeepTheirOrder() {
        Execution run = Execution.run(kernel, "System.out.print(\"a\");\nSystem.err.print(\"b\");\n"
                + "System.out.print(\"c\");\nSystem.out.print(\"é€😀\");");
        List<String> merged = new ArrayList<>();  // the timer may split a stream's text; the order is what counts
        for (String text : run.streamTexts()) {
            int last = merged.size() - 1;
            if (last >= 0 && merged.get(last).startsWith(text.substring(0, 7))) merged.set(last, merged.get(last) + text.substring(7));
            else merged.add(text);
        }
        assertEquals(List.of("stdout:a", "stderr:b", "stdout:cé€😀"), merged);
    }

    @Test
    void aLongCellSendsItsOutputWhileItRuns() {
        Execution run = Execution.run(kernel, "System.out.println(\"early\");\nThread.sleep(1000);\n"
                + "System.out.println(\"late\");");
        assertEquals(List.of("stdout:early\n", "stdout:late\n"), run.streamTexts());
    }

    @Test
    void outputOfABackgroundThreadStartedByTheCellIsFlushedBeforeTheReply() {
        Execution run = Execution.run(kernel, "Thread t = new Thread(() -> System.out.print(\"from thread\"));\nt.start();\nt.join();");
        assertEquals("from thread", run.stream("stdout"));
    }

    @Test
    void compileErrorShowsCompilerMessageAndSnippetAndKernelSurvives() {
        Execution run = Execution.run(kernel, "int fine = 1;\nint broken = \"text\";");
        PublishError error = run.error();
        assertNotNull(error, run::toString);
        assertFalse(run.ok());
        assertEquals("CompilationException", error.getErrorName());
        assertTrue(error.getErrorMessage().contains("incompatible types"), error.getErrorMessage());
        String traceback = run.traceback();
        assertTrue(traceback.contains("line 2: incompatible types"), traceback);
        assertTrue(traceback.contains("int broken = \"text\";\n                 ^^^^^^"), traceback);
        assertEquals("2", Kernels.plain(kernel, "fine + 1"));
    }

    @Test
    void runtimeExceptionShowsClassMessageAndUserFramesAndKernelSurvives() {
        Execution run = Execution.run(kernel, "int divide(int a, int b) {\n    return a / b;\n}\nint zero = 0;\ndivide(1, zero)");
        PublishError error = run.error();
        assertNotNull(error, run::toString);
        assertEquals("java.lang.ArithmeticException", error.getErrorName());
        assertEquals("/ by zero", error.getErrorMessage());
        String traceback = run.traceback();
        assertTrue(traceback.startsWith("java.lang.ArithmeticException: / by zero"), traceback);
        assertTrue(traceback.contains("at divide (line 2)"), traceback);
        assertTrue(traceback.contains("at cell code (line 5)"), traceback);
        assertFalse(traceback.contains("java.base"), traceback);
        assertFalse(traceback.contains("UserThread"), traceback);
        assertEquals("3", Kernels.plain(kernel, "1 + 2"));
    }

    @Test
    void stackOverflowIsReportedAsAnError() {
        Execution run = Execution.run(kernel, "int endless(int n) { return endless(n + 1) + 1; }\nendless(0)");
        assertEquals("java.lang.StackOverflowError", run.error().getErrorName(), run::toString);
        assertTrue(run.traceback().contains("at endless (line 1)\n    ... the same frame "), run::traceback);
        assertTrue(run.error().getStacktrace().size() < 10, run::traceback);
        assertEquals("7", Kernels.plain(kernel, "3 + 4"));
    }

    @Test
    void exceptionCausesAreListedWithTheirOwnClasses() {
        Execution run = Execution.run(kernel, "throw new IllegalStateException(\"outer\", new java.io.IOException(\"inner\"))");
        String traceback = run.traceback();
        assertEquals("java.lang.IllegalStateException", run.error().getErrorName());
        assertTrue(traceback.contains("Caused by: java.io.IOException: inner"), traceback);
    }

    @Test
    void exceptionMessagesNameCellVariablesAndTypesWithoutJShellWrappers() {
        Execution npe = Execution.run(kernel, "String nothingHere = null;\nnothingHere.length()");
        assertEquals("Cannot invoke \"String.length()\" because \"nothingHere\" is null", npe.error().getErrorMessage(), npe::toString);
        Execution cast = Execution.run(kernel, "record Apple() {}\nObject fruit = new Apple();\nInteger n = (Integer) fruit;");
        assertTrue(cast.error().getErrorMessage().startsWith("class Apple cannot be cast to class java.lang.Integer"),
                cast.error().getErrorMessage());
    }

    @Test
    void unresolvedReferenceNamesWhatIsMissing() {
        Execution run = Execution.run(kernel, "int usesMissing() { return notYetDeclared + 1; }\nusesMissing()");
        assertEquals("jdk.jshell.UnresolvedReferenceException", run.error().getErrorName(), run::toString);
        assertTrue(run.error().getErrorMessage().contains("variable notYetDeclared"), run.error().getErrorMessage());
    }

    @Test
    void incompleteCellReportsTheCompilerMessage() {
        CellError error = assertThrows(CellError.class, () -> kernel.eval("if (true) {\n  int x = 1;"));
        assertEquals("CompilationException", error.name());
        assertTrue(error.getMessage().contains("reached end of file"), error.getMessage());
    }

    @Test
    void magicInTheMiddleOfACellRunsInOrder() throws Exception {
        var data = kernel.eval("int before = 1;\n%classpath .\nbefore + 1");
        assertEquals("2", data.getData(MIMEType.TEXT_PLAIN));
    }

    @Test
    void unknownMagicIsAClearError() {
        CellError error = assertThrows(CellError.class, () -> kernel.eval("%nosuchmagic arg"));
        assertTrue(error.name().endsWith(".UndefinedMagicException"), error.name());
        assertTrue(error.getMessage().contains("nosuchmagic"), error.getMessage());
    }

    @Test
    void semicolonScannerSkipsCommentsAndLiterals() {
        assertTrue(JavaSource.endsWithSemicolon("x(); /* c */ // d"));
        assertFalse(JavaSource.endsWithSemicolon("\"a;\" // ;"));
        assertFalse(JavaSource.endsWithSemicolon("\"\"\"\n;\"\"\""));
        assertFalse(JavaSource.endsWithSemicolon("';'"));
    }
}

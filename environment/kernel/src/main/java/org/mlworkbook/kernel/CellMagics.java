package org.mlworkbook.kernel;

import io.github.spencerpark.jupyter.kernel.magic.CellMagicParseContext;
import io.github.spencerpark.jupyter.kernel.magic.LineMagicArgs;
import io.github.spencerpark.jupyter.kernel.magic.MagicParser;
import io.github.spencerpark.jupyter.kernel.magic.registry.Magics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * IJava's line magics, parsed and dispatched with basekernel's {@link MagicParser} and
 * {@link Magics}: {@code %classpath} and {@code %jars} add paths or globs to the class path,
 * {@code %load} evaluates a file as cell code. A line magic may stand on any line of a cell; the
 * cell runs in order, code and magics alike.
 */
final class CellMagics {
    /** Runs source code as cell code. */
    @FunctionalInterface
    interface CodeRunner {
        /**
         * @param code the code
         * @throws CellError when the code fails
         */
        void run(String code) throws CellError;
    }

    /**
     * One piece of a cell: code or a line magic.
     *
     * @param code      the code, or {@code null} for a magic
     * @param magic     the magic call, or {@code null} for code
     * @param firstLine the cell line (1-based) it starts on
     */
    record Part(String code, LineMagicArgs magic, int firstLine) {
    }

    private final MagicParser parser = new MagicParser("^[ \\t]*%", "%%");
    private final Magics magics = new Magics();

    /**
     * @param addToClasspath adds one path to the class path
     * @param loader         evaluates the code of a {@code %load}ed file
     */
    CellMagics(Consumer<String> addToClasspath, CodeRunner loader) {
        magics.registerLineMagic("classpath", args -> addPaths("%classpath", args, addToClasspath));
        magics.registerLineMagic("jars", args -> addPaths("%jars", args, addToClasspath));
        magics.registerLineMagic("load", args -> {
            loader.run(read(args));
            return null;
        });
    }

    /**
     * Splits a cell into code and line magics, in order; blank code is left out.
     *
     * @param cell the cell source
     * @return the parts
     */
    List<Part> split(String cell) {
        List<Part> parts = new ArrayList<>();
        int[] codeStart = {0};
        parser.transformLineMagics(cell, ctx -> {
            int start = ctx.getRawContextPrefix().length();
            addCode(parts, cell, codeStart[0], start);
            parts.add(new Part(null, ctx.getMagicCall(), lineAt(cell, start)));
            codeStart[0] = start + ctx.getRaw().length();
            return null;
        });
        addCode(parts, cell, codeStart[0], cell.length());
        return parts;
    }

    /**
     * @param cell the cell source
     * @return the cell with its line magics blanked out, for source analysis
     */
    String withoutMagics(String cell) {
        return parser.transformLineMagics(cell, ctx -> "");
    }

    /**
     * @param cell the cell source
     * @return the cell magic ({@code %%name} on the first line) of the cell, or {@code null}
     */
    CellMagicParseContext cellMagic(String cell) {
        return parser.parseCellMagic(cell);
    }

    /**
     * Runs a line magic.
     *
     * @param call the magic's name and arguments
     * @throws Exception what the magic threw; an {@code UndefinedMagicException} for an unknown magic
     */
    void apply(LineMagicArgs call) throws Exception {
        magics.applyLineMagic(call.getName(), call.getArgs());
    }

    /**
     * Runs a cell magic; the kernel defines none, so this always fails.
     *
     * @param ctx the parsed cell magic
     * @throws Exception an {@code UndefinedMagicException}
     */
    void apply(CellMagicParseContext ctx) throws Exception {
        magics.applyCellMagic(ctx.getMagicCall().getName(), ctx.getMagicCall().getArgs(), ctx.getMagicCall().getBody());
    }

    private static List<Path> addPaths(String magic, List<String> globs, Consumer<String> addToClasspath) {
        if (globs.isEmpty()) {
            throw new IllegalArgumentException(magic + ": arguments expected one or more paths or globs, got none");
        }
        List<Path> added = new ArrayList<>();
        for (String glob : globs) {
            List<Path> paths = PathGlobs.expand(glob);
            if (paths.isEmpty()) {
                throw new IllegalArgumentException(magic + ": path expected an existing file, directory or glob match, got '"
                        + glob + "' (resolved from " + Path.of("").toAbsolutePath() + ")");
            }
            added.addAll(paths);
        }
        added.forEach(p -> addToClasspath.accept(p.toString()));
        return added;
    }

    private static String read(List<String> args) throws IOException {
        if (args.size() != 1) {
            throw new IllegalArgumentException("%load: arguments expected one file, got " + args.size() + ": " + args);
        }
        Path file = Path.of(args.get(0));
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("%load: file expected an existing file, got '" + args.get(0)
                    + "' (resolved from " + Path.of("").toAbsolutePath() + ")");
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static void addCode(List<Part> parts, String cell, int from, int to) {
        String code = cell.substring(from, to);
        if (!code.isBlank()) {
            parts.add(new Part(code, null, lineAt(cell, from)));
        }
    }

    private static int lineAt(String cell, int offset) {
        return 1 + JavaSource.newlines(cell.substring(0, offset));
    }
}

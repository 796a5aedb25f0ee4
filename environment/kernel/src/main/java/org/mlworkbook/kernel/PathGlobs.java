package org.mlworkbook.kernel;

import io.github.spencerpark.jupyter.kernel.util.GlobFinder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Path lists and globs as IJava reads them: entries separated by the platform's path separator,
 * each a path or a glob such as {@code lib/*} or {@code target/*.jar} (matched by basekernel's
 * {@link GlobFinder}; {@code /} works as separator everywhere).
 */
final class PathGlobs {
    private static final Pattern SEPARATOR = Pattern.compile(Pattern.quote(File.pathSeparator));

    private PathGlobs() {
    }

    /**
     * @param list entries separated by {@link File#pathSeparator}; {@code null} for none
     * @return the non-blank entries, in order
     */
    static List<String> split(String list) {
        if (list == null) {
            return List.of();
        }
        return Arrays.stream(SEPARATOR.split(list)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * @param glob a path or a glob
     * @return the absolute, normalised paths it matches, sorted; none if nothing matches
     * @throws UncheckedIOException if a directory on the way cannot be read
     */
    static List<Path> expand(String glob) {
        String portable = File.separatorChar == '\\' ? glob.replace('\\', '/') : glob;
        List<Path> paths = new ArrayList<>();
        try {
            for (Path p : new GlobFinder(portable).computeMatchingPaths()) {
                paths.add(p.toAbsolutePath().normalize());
            }
        } catch (NoSuchFileException | NotDirectoryException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("expand: glob expected readable directories, got " + glob, e);
        }
        paths.sort(null);
        return paths;
    }
}

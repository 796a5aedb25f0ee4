package org.mlworkbook.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.mlworkbook.data.Dataset;
import org.mlworkbook.data.Split;

/**
 * The peers' fixed 75/25 stratified splits ({@code environment/bench/peers/splits}, written by scikit-learn's
 * {@code train_test_split(arange(n), test_size=0.25, random_state=0, stratify=y)}), so Java trains and tests on
 * exactly the rows the peers use, in the same order.
 */
public final class BenchData {

    static final Path SPLITS = Path.of("environment/bench/peers/splits");

    private BenchData() {
    }

    /**
     * The peers' split of a data set.
     *
     * @param name    "iris", "wine", "breast_cancer" or "digits"
     * @param dataset that data set, rows in file order (e.g. {@code Datasets.digits()})
     * @return the training and test rows in the order of the index files
     */
    public static Split split(String name, Dataset dataset) throws IOException {
        return new Split(dataset.rows(indices(name + "_train.csv")), dataset.rows(indices(name + "_test.csv")));
    }

    private static int[] indices(String file) throws IOException {
        Path path = SPLITS.resolve(file);
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("split: file expected at " + path.toAbsolutePath() + " (run from the repository root)");
        }
        List<String> lines = Files.readAllLines(path);
        return lines.stream().skip(1).filter(l -> !l.isBlank()).mapToInt(l -> Integer.parseInt(l.strip())).toArray();
    }
}

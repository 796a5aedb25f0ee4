package org.mlworkbook.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.mlworkbook.data.Dataset;
import org.mlworkbook.data.Split;
import org.mlworkbook.data.StandardScaler;

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

    /**
     * The peers' "standardised" data: z-scores with the mean and population standard deviation of the training rows
     * only (zero-variance columns keep scale 1), applied to both parts.
     *
     * @param split a split, e.g. from {@link #split}
     * @return the same rows with standardised features
     */
    public static Split standardised(Split split) {
        StandardScaler scaler = new StandardScaler().fit(split.train().features());
        return new Split(scaled(split.train(), scaler), scaled(split.test(), scaler));
    }

    private static Dataset scaled(Dataset data, StandardScaler scaler) {
        return new Dataset(scaler.transform(data.features()), data.labels(), data.targets(), data.featureNames(),
                data.classNames());
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

package org.mlworkbook.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/** The bundled CSV files in {@code ../datasets}: shape, header and class counts as datasets/README.md states. */
class DatasetFilesTest {

    private static final Path DATASETS = Path.of("..", "datasets");

    /** Reads a dataset with explicit types: {@code features} columns of {@code featureType}, then the target. */
    private static Table read(String file, int features, ColumnType featureType, ColumnType targetType)
            throws Exception {
        Path path = DATASETS.resolve(file);
        assertTrue(Files.isRegularFile(path), "expected " + path.toAbsolutePath() + " (datasets/convert.py makes it)");
        List<ColumnType> types = new ArrayList<>(Collections.nCopies(features, featureType));
        types.add(targetType);
        return Table.read().csv(CsvReadOptions.builder(path.toFile())
                .columnTypes(types.toArray(ColumnType[]::new))
                .build());
    }

    private static Map<Integer, Integer> classCounts(Table table) {
        Map<Integer, Integer> counts = new TreeMap<>();
        for (int label : table.intColumn("target").asIntArray()) {
            counts.merge(label, 1, Integer::sum);
        }
        return counts;
    }

    private static void assertNoMissingValues(Table table) {
        table.columns().forEach(c -> assertEquals(0, c.countMissing(), c.name() + " has missing values"));
    }

    @Test
    void irisHas150RowsOf4FeaturesAnd50PerClass() throws Exception {
        Table iris = read("iris.csv", 4, ColumnType.DOUBLE, ColumnType.INTEGER);
        assertEquals(150, iris.rowCount());
        assertEquals(List.of("sepal_length", "sepal_width", "petal_length", "petal_width", "target"),
                iris.columnNames());
        assertEquals(Map.of(0, 50, 1, 50, 2, 50), classCounts(iris));
        assertEquals(5.1, iris.doubleColumn("sepal_length").get(0));
        assertNoMissingValues(iris);
    }

    @Test
    void wineHas178RowsOf13FeaturesAnd59_71_48PerClass() throws Exception {
        Table wine = read("wine.csv", 13, ColumnType.DOUBLE, ColumnType.INTEGER);
        assertEquals(178, wine.rowCount());
        assertEquals(14, wine.columnCount());
        assertEquals("od280_od315_of_diluted_wines", wine.column(11).name());
        assertEquals(Map.of(0, 59, 1, 71, 2, 48), classCounts(wine));
        assertNoMissingValues(wine);
    }

    @Test
    void breastCancerHas569RowsOf30FeaturesWith212MalignantAnd357Benign() throws Exception {
        Table cancer = read("breast_cancer.csv", 30, ColumnType.DOUBLE, ColumnType.INTEGER);
        assertEquals(569, cancer.rowCount());
        assertEquals(31, cancer.columnCount());
        assertEquals(List.of("mean_radius", "radius_error", "worst_radius"),
                List.of(cancer.column(0).name(), cancer.column(10).name(), cancer.column(20).name()));
        assertEquals(Map.of(0, 212, 1, 357), classCounts(cancer));
        assertNoMissingValues(cancer);
    }

    @Test
    void digitsHas1797RowsOf64PixelsIn0To16AndTenClasses() throws Exception {
        Table digits = read("digits.csv", 64, ColumnType.INTEGER, ColumnType.INTEGER);
        assertEquals(1797, digits.rowCount());
        assertEquals(65, digits.columnCount());
        assertEquals("pixel_0_0", digits.column(0).name());
        assertEquals("pixel_7_7", digits.column(63).name());
        assertEquals(Map.of(0, 178, 1, 182, 2, 177, 3, 183, 4, 181, 5, 182, 6, 181, 7, 179, 8, 174, 9, 180),
                classCounts(digits));
        for (int c = 0; c < 64; c++) {
            int[] pixels = digits.intColumn(c).asIntArray();
            assertTrue(Arrays.stream(pixels).allMatch(p -> p >= 0 && p <= 16), digits.column(c).name());
        }
        assertNoMissingValues(digits);
    }

    @Test
    void diabetesHas442RowsOfRawFeaturesAndProgressionTarget25To346() throws Exception {
        Table diabetes = read("diabetes.csv", 10, ColumnType.DOUBLE, ColumnType.DOUBLE);
        assertEquals(442, diabetes.rowCount());
        assertEquals(List.of("age", "sex", "bmi", "bp", "s1", "s2", "s3", "s4", "s5", "s6", "target"),
                diabetes.columnNames());
        assertEquals(59.0, diabetes.doubleColumn("age").get(0)); // raw years, not sklearn's scaled value
        assertEquals(151.0, diabetes.doubleColumn("target").get(0));
        assertEquals(25.0, diabetes.doubleColumn("target").min());
        assertEquals(346.0, diabetes.doubleColumn("target").max());
        assertNoMissingValues(diabetes);
    }
}

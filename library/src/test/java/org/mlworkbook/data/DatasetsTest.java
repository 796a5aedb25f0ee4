package org.mlworkbook.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The bundled data sets (loaded from the class path) and {@code fromTable}/{@code fromCsv}. */
class DatasetsTest {

    private static String message(Runnable code) {
        return assertThrows(IllegalArgumentException.class, code::run).getMessage();
    }

    @Test
    void irisHas150RowsOf4FeaturesAnd50PerNamedClass() {
        Dataset iris = Datasets.iris();
        assertEquals(150, iris.size());
        assertEquals(List.of("sepal_length", "sepal_width", "petal_length", "petal_width"), iris.featureNames());
        assertEquals(List.of("setosa", "versicolor", "virginica"), iris.classNames());
        assertArrayEquals(new int[] {50, 50, 50}, iris.classCounts());
        assertArrayEquals(new double[] {5.1, 3.5, 1.4, 0.2}, iris.features().row(0).toArray());
    }

    @Test
    void wineAndBreastCancerHaveTheirReadmeClassCounts() {
        Dataset wine = Datasets.wine();
        assertEquals(List.of("class_0", "class_1", "class_2"), wine.classNames());
        assertArrayEquals(new int[] {59, 71, 48}, wine.classCounts());
        assertEquals(13, wine.numFeatures());
        Dataset cancer = Datasets.breastCancer();
        assertEquals(List.of("malignant", "benign"), cancer.classNames());
        assertArrayEquals(new int[] {212, 357}, cancer.classCounts());
        assertEquals(1001.0, cancer.features().get(0, 3)); // mean_area of the first tumour
    }

    @Test
    void digitsHas1797ImagesOf64PixelsAndTenClasses() {
        Dataset digits = Datasets.digits();
        assertEquals(1797, digits.size());
        assertEquals(64, digits.numFeatures());
        assertEquals("pixel_7_7", digits.featureNames().get(63));
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), digits.classNames());
        assertArrayEquals(new int[] {178, 182, 177, 183, 181, 182, 181, 179, 174, 180}, digits.classCounts());
        assertEquals(16.0, digits.features().max());
    }

    @Test
    void diabetesIsRegressionWithRawFeatures() {
        Dataset diabetes = Datasets.diabetes();
        assertFalse(diabetes.isClassification());
        assertEquals(442, diabetes.size());
        assertEquals(10, diabetes.numFeatures());
        assertEquals(59.0, diabetes.features().get(0, 0));
        assertEquals(151.0, diabetes.targets()[0]);
    }

    @Test
    void integerTargetBecomesLabelsNamedByTheSortedDistinctValues() {
        Table table = Table.create("t", DoubleColumn.create("x", 1, 2, 3), IntColumn.create("y", 5, 3, 5));
        Dataset data = Datasets.fromTable(table, "y");
        assertEquals(List.of("3", "5"), data.classNames());
        assertArrayEquals(new int[] {1, 0, 1}, data.labels());
        assertEquals(List.of("x"), data.featureNames());
    }

    @Test
    void stringTargetBecomesLabelsNamedByTheText() {
        Table table = Table.create("t", IntColumn.create("x", 1, 2, 3),
                StringColumn.create("kind", "cat", "ant", "cat"));
        Dataset data = Datasets.fromTable(table, "kind");
        assertEquals(List.of("ant", "cat"), data.classNames());
        assertArrayEquals(new int[] {1, 0, 1}, data.labels());
        assertArrayEquals(new double[] {1, 2, 3}, data.features().column(0).toArray());
    }

    @Test
    void doubleTargetBecomesRegression() {
        Table table = Table.create("t", DoubleColumn.create("y", 0.5, 1.5), IntColumn.create("x", 1, 2));
        Dataset data = Datasets.fromTable(table, "y");
        assertFalse(data.isClassification());
        assertArrayEquals(new double[] {0.5, 1.5}, data.targets());
        assertEquals(List.of("x"), data.featureNames());
    }

    @Test
    void fromTableNamesAMissingTargetColumn() {
        Table table = Table.create("t", DoubleColumn.create("x", 1, 2), IntColumn.create("y", 0, 1));
        String message = message(() -> Datasets.fromTable(table, "label"));
        assertTrue(message.contains("got 'label'") && message.contains("[x, y]"), message);
    }

    @Test
    void fromTableNamesANonNumericFeatureColumn() {
        Table table = Table.create("t", StringColumn.create("colour", "red", "blue"), IntColumn.create("y", 0, 1));
        String message = message(() -> Datasets.fromTable(table, "y"));
        assertTrue(message.contains("'colour' expected a numeric column, got STRING"), message);
    }

    @Test
    void fromTableNamesAFeatureColumnWithMissingValues() {
        Table table = Table.create("t", DoubleColumn.create("x", 1, Double.NaN), IntColumn.create("y", 0, 1));
        String message = message(() -> Datasets.fromTable(table, "y"));
        assertTrue(message.contains("'x' expected no missing values, got 1"), message);
    }

    @Test
    void fromTableRejectsAnEmptyTable() {
        Table table = Table.create("t", DoubleColumn.create("x"), IntColumn.create("y"));
        assertTrue(message(() -> Datasets.fromTable(table, "y")).contains("at least one row"));
    }

    @Test
    void fromCsvNamesAMissingFile(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere.csv");
        assertTrue(message(() -> Datasets.fromCsv(missing, "target")).contains("nowhere.csv"));
    }

    @Test
    void fromCsvReadsAFileWithInferredTypes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tiny.csv");
        Files.writeString(file, "height,weight,target\n1.5,50,0\n1.8,80,1\n1.7,65,1\n");
        Dataset data = Datasets.fromCsv(file, "target");
        assertEquals(List.of("height", "weight"), data.featureNames());
        assertArrayEquals(new int[] {0, 1, 1}, data.labels());
        assertEquals(80.0, data.features().get(1, 1));
    }
}

#!/usr/bin/python3
"""Convert scikit-learn's bundled data files into the workbook's CSV datasets.

Reads Debian's python3-sklearn data files (standard library only; sklearn itself is never
imported) and writes iris.csv, wine.csv, breast_cancer.csv, digits.csv and diabetes.csv
next to this script: one header row of snake_case feature names, then the rows in the
source's order with the source's numeric text, the last column being ``target``.

Idempotent: a file is rewritten only when its content would change. Every file's row,
column and class counts are checked against the published ones before anything is written.

Usage: /usr/bin/python3 datasets/convert.py [SKLEARN_DATA_DIR]
"""

import collections
import csv
import gzip
import io
import os
import re
import sys

DEFAULT_SOURCE = "/usr/lib/python3/dist-packages/sklearn/datasets/data"
HERE = os.path.dirname(os.path.abspath(__file__))
GZIP_THRESHOLD_BYTES = 1_000_000

IRIS_FEATURES = ["sepal length (cm)", "sepal width (cm)", "petal length (cm)", "petal width (cm)"]
WINE_FEATURES = [
    "alcohol", "malic_acid", "ash", "alcalinity_of_ash", "magnesium", "total_phenols",
    "flavanoids", "nonflavanoid_phenols", "proanthocyanins", "color_intensity", "hue",
    "od280/od315_of_diluted_wines", "proline",
]
NUCLEUS_MEASURES = ["radius", "texture", "perimeter", "area", "smoothness", "compactness",
                    "concavity", "concave points", "symmetry", "fractal dimension"]
BREAST_CANCER_FEATURES = ([f"mean {m}" for m in NUCLEUS_MEASURES] + [f"{m} error" for m in NUCLEUS_MEASURES]
                          + [f"worst {m}" for m in NUCLEUS_MEASURES])
DIGITS_FEATURES = [f"pixel_{r}_{c}" for r in range(8) for c in range(8)]
DIABETES_FEATURES = ["age", "sex", "bmi", "bp", "s1", "s2", "s3", "s4", "s5", "s6"]


def snake_case(name):
    """'sepal length (cm)' -> 'sepal_length'; 'od280/od315_of_diluted_wines' -> 'od280_od315_of_diluted_wines'."""
    without_units = re.sub(r"\s*\([^)]*\)", "", name)
    return re.sub(r"[^a-z0-9]+", "_", without_units.lower()).strip("_")


def fail(message):
    sys.exit(f"convert.py: {message}")


def read_text(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="ascii", newline="") as f:
        return f.read()


def read_sklearn_csv(path):
    """sklearn's classification CSVs: a first line 'n_samples,n_features,class names...', then rows."""
    rows = list(csv.reader(io.StringIO(read_text(path))))
    head, body = rows[0], rows[1:]
    n_samples, n_features, class_names = int(head[0]), int(head[1]), head[2:]
    if len(body) != n_samples:
        fail(f"{path}: expected {n_samples} rows as its header says, got {len(body)}")
    for i, row in enumerate(body):
        if len(row) != n_features + 1:
            fail(f"{path}: expected {n_features + 1} fields in row {i + 1}, got {len(row)}")
    return body, class_names


def check_shape(name, rows, n_rows, n_columns):
    if len(rows) != n_rows:
        fail(f"{name}: expected {n_rows} rows, got {len(rows)}")
    bad = [i for i, row in enumerate(rows) if len(row) != n_columns]
    if bad:
        fail(f"{name}: expected {n_columns} columns, got {len(rows[bad[0]])} in row {bad[0] + 1}")


def check_class_counts(name, rows, expected):
    counts = collections.Counter(int(row[-1]) for row in rows)
    if dict(counts) != expected:
        fail(f"{name}: expected class counts {expected}, got {dict(sorted(counts.items()))}")


def check_numeric(name, rows):
    for i, row in enumerate(rows):
        for value in row:
            try:
                float(value)
            except ValueError:
                fail(f"{name}: expected numbers, got {value!r} in row {i + 1}")


def write_if_changed(file_name, header, rows):
    """Writes header + rows as CSV (LF line ends); gzips when larger than GZIP_THRESHOLD_BYTES."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    data = out.getvalue().encode("ascii")
    if len(data) > GZIP_THRESHOLD_BYTES:
        file_name += ".gz"
        data = gzip.compress(data, compresslevel=9, mtime=0)
    path = os.path.join(HERE, file_name)
    if os.path.exists(path):
        with open(path, "rb") as f:
            if f.read() == data:
                print(f"{file_name}: unchanged ({len(rows)} rows x {len(header)} columns)")
                return
    with open(path + ".tmp", "wb") as f:
        f.write(data)
    os.replace(path + ".tmp", path)
    print(f"{file_name}: written ({len(rows)} rows x {len(header)} columns)")


def classification(source, source_file, out_file, features, n_rows, class_names, class_counts):
    name = out_file
    rows, names = read_sklearn_csv(os.path.join(source, source_file))
    if names != class_names:
        fail(f"{name}: expected class names {class_names}, got {names}")
    check_shape(name, rows, n_rows, len(features) + 1)
    check_numeric(name, rows)
    check_class_counts(name, rows, class_counts)
    write_if_changed(out_file, [snake_case(f) for f in features] + ["target"], rows)


def digits(source):
    name = "digits.csv"
    rows = list(csv.reader(io.StringIO(read_text(os.path.join(source, "digits.csv.gz")))))
    check_shape(name, rows, 1797, 65)
    check_numeric(name, rows)
    counts = collections.Counter(int(row[-1]) for row in rows)
    if sorted(counts) != list(range(10)) or sum(counts.values()) != 1797:
        fail(f"{name}: expected classes 0..9, got {dict(sorted(counts.items()))}")
    write_if_changed(name, DIGITS_FEATURES + ["target"], rows)


def diabetes(source):
    """Raw (unscaled) features, whitespace-separated, joined with the target file row by row."""
    name = "diabetes.csv"
    features = [line.split() for line in read_text(os.path.join(source, "diabetes_data_raw.csv.gz")).splitlines()]
    targets = read_text(os.path.join(source, "diabetes_target.csv.gz")).split()
    if len(features) != len(targets):
        fail(f"{name}: expected as many targets as feature rows ({len(features)}), got {len(targets)}")
    rows = []
    for i, (row, target) in enumerate(zip(features, targets)):
        value = float(target)  # stored as '1.510000000000000000e+02'; every value is a whole number
        if value != int(value):
            fail(f"{name}: expected a whole-number target in row {i + 1}, got {target}")
        rows.append(row + [str(int(value))])
    check_shape(name, rows, 442, 11)
    check_numeric(name, rows)
    write_if_changed(name, DIABETES_FEATURES + ["target"], rows)


def main():
    source = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_SOURCE
    if not os.path.isdir(source):
        fail(f"expected the sklearn data directory at {source} (apt-get install python3-sklearn)")
    classification(source, "iris.csv", "iris.csv", IRIS_FEATURES, 150,
                   ["setosa", "versicolor", "virginica"], {0: 50, 1: 50, 2: 50})
    classification(source, "wine_data.csv", "wine.csv", WINE_FEATURES, 178,
                   ["class_0", "class_1", "class_2"], {0: 59, 1: 71, 2: 48})
    classification(source, "breast_cancer.csv", "breast_cancer.csv", BREAST_CANCER_FEATURES, 569,
                   ["malignant", "benign"], {0: 212, 1: 357})
    digits(source)
    diabetes(source)


if __name__ == "__main__":
    main()

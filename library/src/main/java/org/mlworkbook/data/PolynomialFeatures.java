package org.mlworkbook.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mlworkbook.tensor.Tensor;

/**
 * Polynomial features: every monomial x₁^a₁ · … · x_d^a_d of total degree a₁ + … + a_d ≤ D. A linear model on these
 * columns fits a polynomial of degree D; with growing D it fits the training rows ever better and, past some D,
 * new rows worse (overfitting).
 *
 * <p>Column order (as scikit-learn's {@code PolynomialFeatures}): by degree 0, 1, …, D; within a degree, the
 * multisets of feature indices j₁ ≤ j₂ ≤ … in lexicographic order. For d = 2, D = 2: 1, x₁, x₂, x₁², x₁x₂, x₂².
 * For d = 2, D = 3 it continues x₁³, x₁²x₂, x₁x₂², x₂³. There are C(d + D, D) columns with the bias, one fewer
 * without.
 *
 * @see "notebooks/02-learning-and-data.ipynb"
 */
public final class PolynomialFeatures {

    private final int degree;
    private final boolean includeBias;

    /**
     * @param degree      D, the highest total degree, ≥ 1
     * @param includeBias include the degree-0 column of ones first
     * @throws IllegalArgumentException if degree &lt; 1
     */
    public PolynomialFeatures(int degree, boolean includeBias) {
        if (degree < 1) {
            throw new IllegalArgumentException("PolynomialFeatures: degree expected >= 1, got " + degree);
        }
        this.degree = degree;
        this.includeBias = includeBias;
    }

    /**
     * The monomials of every row, in the column order of the class comment.
     *
     * @param x n×d, finite. Not modified.
     * @return a new n×m tensor, m = C(d + D, D) (− 1 without bias)
     * @throws IllegalArgumentException if x is not 2-D, has no rows, or holds NaN or ±∞
     */
    public Tensor transform(Tensor x) {
        Validation.requireMatrix("transform", "x", x);
        List<int[]> terms = terms(x.cols());
        int n = x.rows();
        int d = x.cols();
        double[] source = x.data();
        double[] result = new double[n * terms.size()];
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < terms.size(); t++) {
                double product = 1;
                for (int j : terms.get(t)) {
                    product *= source[i * d + j];
                }
                result[i * terms.size() + t] = product;
            }
        }
        return Tensor.wrap(result, n, terms.size());
    }

    /**
     * The names of the output columns, e.g. {@code [1, a, b, a^2, a b, b^2]} for inputs a, b and D = 2.
     *
     * @param inputNames d names of the input columns. Not modified.
     * @return one name per output column, in the order of {@link #transform}
     * @throws IllegalArgumentException if inputNames is empty
     */
    public List<String> featureNames(List<String> inputNames) {
        if (inputNames == null || inputNames.isEmpty()) {
            throw new IllegalArgumentException("featureNames: inputNames expected at least one name, got none");
        }
        List<String> names = new ArrayList<>();
        for (int[] term : terms(inputNames.size())) {
            if (term.length == 0) {
                names.add("1");
                continue;
            }
            List<String> factors = new ArrayList<>();
            for (int start = 0; start < term.length; ) {
                int end = start;
                while (end < term.length && term[end] == term[start]) {
                    end++;
                }
                String name = inputNames.get(term[start]);
                factors.add(end - start == 1 ? name : name + "^" + (end - start));
                start = end;
            }
            names.add(String.join(" ", factors));
        }
        return names;
    }

    /** @return e.g. {@code PolynomialFeatures(degree=3, includeBias=true)} */
    @Override
    public String toString() {
        return "PolynomialFeatures(degree=" + degree + ", includeBias=" + includeBias + ")";
    }

    /** The monomials as sorted index lists j₁ ≤ … ≤ j_k, by degree k, then lexicographically. */
    private List<int[]> terms(int d) {
        List<int[]> terms = new ArrayList<>();
        if (includeBias) {
            terms.add(new int[0]);
        }
        List<int[]> previous = List.of(new int[0]);
        for (int k = 1; k <= degree; k++) {
            List<int[]> current = new ArrayList<>();
            for (int[] term : previous) {
                int first = term.length == 0 ? 0 : term[term.length - 1];
                for (int j = first; j < d; j++) {
                    int[] longer = Arrays.copyOf(term, k);
                    longer[k - 1] = j;
                    current.add(longer);
                }
            }
            terms.addAll(current);
            previous = current;
        }
        return terms;
    }
}

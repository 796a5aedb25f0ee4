package org.mlworkbook.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mlworkbook.tensor.Tensor;

/** Models whose predictions are known by hand, for the cross-validation and grid-search tests. */
final class FakeModels {

    private FakeModels() {
    }

    /** Predicts one label for every row, whatever it was fitted on. */
    static class Constant implements Classifier {
        int label;

        Constant(int label) {
            this.label = label;
        }

        @Override
        public Constant fit(Tensor x, int[] y) {
            return this;
        }

        @Override
        public int[] predict(Tensor x) {
            int[] p = new int[x.rows()];
            Arrays.fill(p, label);
            return p;
        }

        @Override
        public Tensor predictProba(Tensor x) {
            throw new UnsupportedOperationException("not needed by the tests");
        }
    }

    /** Predicts the most frequent training label (the smallest on a tie); remembers the x values it was fitted on. */
    static final class Majority extends Constant {
        final List<Double> seen = new ArrayList<>();

        Majority() {
            super(0);
        }

        @Override
        public Majority fit(Tensor x, int[] y) {
            int[] counts = new int[Arrays.stream(y).max().orElse(0) + 1];
            for (int v : y) {
                counts[v]++;
            }
            label = 0;
            for (int c = 1; c < counts.length; c++) {
                label = counts[c] > counts[label] ? c : label;
            }
            for (double v : x.data()) {
                seen.add(v);
            }
            return this;
        }
    }

    /** Predicts the mean training target. */
    static final class Mean implements Regressor {
        private double mean;

        @Override
        public Mean fit(Tensor x, double[] y) {
            mean = Arrays.stream(y).average().orElseThrow();
            return this;
        }

        @Override
        public double[] predict(Tensor x) {
            double[] p = new double[x.rows()];
            Arrays.fill(p, mean);
            return p;
        }
    }
}

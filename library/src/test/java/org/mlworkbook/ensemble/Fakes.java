package org.mlworkbook.ensemble;

import org.mlworkbook.model.Classifier;
import org.mlworkbook.tensor.Tensor;

/** Classifiers whose answers are known by hand, for the voting, blending and stacking tests. */
final class Fakes {

    private Fakes() {
    }

    /** Gives the same probability row to every input row, whatever it was fitted on; predicts its argmax. */
    static final class Fixed implements Classifier {
        private final double[] probabilities;

        Fixed(double... probabilities) {
            this.probabilities = probabilities;
        }

        @Override
        public Fixed fit(Tensor x, int[] y) {
            return this;
        }

        @Override
        public int[] predict(Tensor x) {
            return Members.argmaxRows(predictProba(x).data(), probabilities.length);
        }

        @Override
        public Tensor predictProba(Tensor x) {
            double[] p = new double[x.rows() * probabilities.length];
            for (int i = 0; i < x.rows(); i++) {
                System.arraycopy(probabilities, 0, p, i * probabilities.length, probabilities.length);
            }
            return Tensor.wrap(p, x.rows(), probabilities.length);
        }
    }

    /**
     * Binary: P(y = 1 | x) = m, the mean of column 0 over the training rows, for every input row; remembers the
     * features it was fitted on.
     */
    static final class TrainingMean implements Classifier {
        double mean;
        Tensor fittedOn;

        @Override
        public TrainingMean fit(Tensor x, int[] y) {
            fittedOn = x;
            mean = x.column(0).mean();
            return this;
        }

        @Override
        public int[] predict(Tensor x) {
            return Members.argmaxRows(predictProba(x).data(), 2);
        }

        @Override
        public Tensor predictProba(Tensor x) {
            double[] p = new double[2 * x.rows()];
            for (int i = 0; i < x.rows(); i++) {
                p[2 * i] = 1 - mean;
                p[2 * i + 1] = mean;
            }
            return Tensor.wrap(p, x.rows(), 2);
        }
    }
}

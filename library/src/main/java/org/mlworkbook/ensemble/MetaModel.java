package org.mlworkbook.ensemble;

import java.util.List;
import org.mlworkbook.model.Classifier;
import org.mlworkbook.model.ModelInputs;
import org.mlworkbook.tensor.Tensor;

/**
 * The fitted state of blending and stacking: members whose probabilities, side by side, are the input of a
 * meta-model, ŷ(x) = meta([p₁(·| x), …, p_M(·| x)]).
 */
record MetaModel(List<Classifier> members, Classifier meta, int numClasses, int numFeatures) {

    /** @return the m×(M·K) meta-features of x */
    Tensor features(String method, Tensor x) {
        ModelInputs.requireColumns(method, x, numFeatures);
        return Members.stackedProbabilities(members, x, numClasses);
    }

    /** @return the meta-model's m×K probabilities for x */
    Tensor predictProba(Tensor x) {
        return meta.predictProba(features("predictProba", x));
    }

    /** @return the meta-model's labels for x */
    int[] predict(Tensor x) {
        return meta.predict(features("predict", x));
    }
}

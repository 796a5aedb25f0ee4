package org.mlworkbook.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.mlworkbook.autodiff.Activation;
import org.mlworkbook.autodiff.Var;
import org.mlworkbook.data.Dataset;
import org.mlworkbook.data.Split;
import org.mlworkbook.data.Splits;
import org.mlworkbook.math.Rng;
import org.mlworkbook.model.ModelInputs;
import org.mlworkbook.tensor.Tensor;
import tech.tablesaw.api.Table;

/**
 * What {@link MLPClassifier} and {@link MLPRegressor} share, with scikit-learn's settings and defaults: a fully
 * connected network d → h₁ → … → h_L → outputs (Dense layers with Glorot-uniform weights and zero biases, the
 * activation after every hidden layer, none after the last), trained by {@link Trainer} with Adam or SGD.
 * <pre>
 *   a⁰ = x,   aˡ = f(aˡ⁻¹Wˡ + bˡ) for the hidden layers,   output z = a^L W + b
 *   gradient per batch:  ∇θ (mean loss over the batch) + λθ,   λ = α / batchSize   (weight decay)
 * </pre>
 * α is scikit-learn's alpha: its penalty (α/2)‖W‖² is added to the batch's summed loss, so on the mean loss it is
 * the weight decay λ = α/batchSize (the recorded losses do not include the penalty). Unlike scikit-learn the biases
 * are decayed too and start at zero, and without early
 * stopping all {@code maxEpochs} epochs run (scikit-learn also stops when the training loss stalls). With early
 * stopping a validation part is held out (stratified by class for the classifier) and the weights of the epoch
 * with the lowest validation loss are kept.
 *
 * @param <M> the concrete model, so that the settings chain
 * @see "notebooks/11-training-neural-networks.ipynb"
 */
public abstract sealed class MultilayerPerceptron<M extends MultilayerPerceptron<M>>
        permits MLPClassifier, MLPRegressor {

    /** scikit-learn's hidden_layer_sizes default: one hidden layer of 100 units. */
    static final int[] DEFAULT_HIDDEN_LAYER_SIZES = {100};
    /** The L2 penalty α of a new model (scikit-learn's alpha). */
    public static final double DEFAULT_ALPHA = 1e-4;
    /** The learning rate of a new model (scikit-learn's learning_rate_init). */
    public static final double DEFAULT_LEARNING_RATE = 1e-3;
    /** The epochs of a new model (scikit-learn's max_iter). */
    public static final int DEFAULT_MAX_EPOCHS = 200;
    /** The batch size of a new model: min(200, n) (scikit-learn's "auto"). */
    public static final int DEFAULT_BATCH_SIZE = 200;
    /** The share of the training rows held out for early stopping. */
    public static final double DEFAULT_VALIDATION_FRACTION = 0.1;
    /** Epochs without improvement before early stopping (scikit-learn's n_iter_no_change). */
    public static final int DEFAULT_N_ITER_NO_CHANGE = 10;
    /** The solvers: Adam (β 0.9/0.999, ε 1e-8) and SGD with Nesterov momentum 0.9 (scikit-learn's defaults). */
    static final List<String> SOLVERS = List.of("adam", "sgd");

    private int[] hiddenLayerSizes = DEFAULT_HIDDEN_LAYER_SIZES.clone();
    private Activation activation = Activation.RELU;
    private String solver = "adam";
    private double alpha = DEFAULT_ALPHA;
    private int batchSize = DEFAULT_BATCH_SIZE;
    private double learningRate = DEFAULT_LEARNING_RATE;
    private int maxEpochs = DEFAULT_MAX_EPOCHS;
    private boolean earlyStopping;
    private double validationFraction = DEFAULT_VALIDATION_FRACTION;
    private int nIterNoChange = DEFAULT_N_ITER_NO_CHANGE;
    private long seed = Rng.DEFAULT_SEED;

    private Sequential network;
    private Table history;
    private int inputs;

    MultilayerPerceptron() {
    }

    @SuppressWarnings("unchecked")
    private M self() {
        return (M) this;
    }

    /**
     * @param sizes the units of each hidden layer, e.g. {@code hiddenLayerSizes(5, 2)}; none gives a linear model
     *              (softmax or linear regression)
     * @return this model
     * @throws IllegalArgumentException if sizes is null or a size is &lt; 1
     */
    public M hiddenLayerSizes(int... sizes) {
        ModelInputs.requireNonNull("hiddenLayerSizes", "sizes", sizes);
        for (int size : sizes) {
            ModelInputs.requireAtLeastOne("hiddenLayerSizes", "size", size);
        }
        this.hiddenLayerSizes = sizes.clone();
        return self();
    }

    /**
     * @param activation f after each hidden layer, e.g. {@code Activation.RELU} (default), {@code Activation.TANH},
     *                   {@code Activation.SIGMOID} (scikit-learn's "logistic")
     * @return this model
     * @throws IllegalArgumentException if activation is null
     */
    public M activation(Activation activation) {
        this.activation = ModelInputs.requireNonNull("activation", "activation", activation);
        return self();
    }

    /**
     * @param solver "adam" (default) or "sgd" (with Nesterov momentum 0.9)
     * @return this model
     * @throws IllegalArgumentException for another name
     */
    public M solver(String solver) {
        if (!SOLVERS.contains(solver)) {
            throw new IllegalArgumentException("solver: solver expected one of " + SOLVERS + ", got " + solver);
        }
        this.solver = solver;
        return self();
    }

    /**
     * @param alpha α ≥ 0, the L2 penalty (default {@value #DEFAULT_ALPHA})
     * @return this model
     * @throws IllegalArgumentException if α is negative or not finite
     */
    public M alpha(double alpha) {
        this.alpha = ModelInputs.requireNonNegative("alpha", "alpha", alpha);
        return self();
    }

    /**
     * @param batchSize rows per update, ≥ 1; min(batchSize, n) is used (default {@value #DEFAULT_BATCH_SIZE})
     * @return this model
     * @throws IllegalArgumentException if batchSize &lt; 1
     */
    public M batchSize(int batchSize) {
        this.batchSize = ModelInputs.requireAtLeastOne("batchSize", "batchSize", batchSize);
        return self();
    }

    /**
     * @param learningRate the optimiser's κ, finite &gt; 0 (default {@value #DEFAULT_LEARNING_RATE})
     * @return this model
     * @throws IllegalArgumentException if κ is not finite &gt; 0
     */
    public M learningRate(double learningRate) {
        this.learningRate = ModelInputs.requirePositive("learningRate", "learningRate", learningRate);
        return self();
    }

    /**
     * @param maxEpochs passes over the training rows, ≥ 1 (default {@value #DEFAULT_MAX_EPOCHS})
     * @return this model
     * @throws IllegalArgumentException if maxEpochs &lt; 1
     */
    public M maxEpochs(int maxEpochs) {
        this.maxEpochs = ModelInputs.requireAtLeastOne("maxEpochs", "maxEpochs", maxEpochs);
        return self();
    }

    /**
     * @param earlyStopping hold out {@link #validationFraction} of the rows and stop when their loss has not
     *                      improved for {@link #nIterNoChange} epochs, keeping the best weights (default false)
     * @return this model
     */
    public M earlyStopping(boolean earlyStopping) {
        this.earlyStopping = earlyStopping;
        return self();
    }

    /**
     * @param validationFraction the share held out for early stopping, in (0, 1) (default
     *                           {@value #DEFAULT_VALIDATION_FRACTION})
     * @return this model
     * @throws IllegalArgumentException if the fraction is not in (0, 1)
     */
    public M validationFraction(double validationFraction) {
        this.validationFraction = ModelInputs.requireFraction("validationFraction", "validationFraction",
                validationFraction);
        return self();
    }

    /**
     * @param nIterNoChange the early-stopping patience in epochs, ≥ 1 (default {@value #DEFAULT_N_ITER_NO_CHANGE})
     * @return this model
     * @throws IllegalArgumentException if nIterNoChange &lt; 1
     */
    public M nIterNoChange(int nIterNoChange) {
        this.nIterNoChange = ModelInputs.requireAtLeastOne("nIterNoChange", "nIterNoChange", nIterNoChange);
        return self();
    }

    /**
     * @param seed the seed of the weights, the validation split and the shuffling (default {@link Rng#DEFAULT_SEED})
     * @return this model
     */
    public M seed(long seed) {
        this.seed = seed;
        return self();
    }

    /**
     * Builds a fresh network and trains it.
     *
     * @param data     the training rows with their labels or targets (checked)
     * @param outputs  units of the output layer
     * @param loss     the training loss on the output (logits or predictions)
     * @param targets  the target tensor of a part of data
     * @param classify stratify the validation split and record accuracy
     */
    final void train(Dataset data, int outputs, BiFunction<Var, Tensor, Var> loss, Function<Dataset, Tensor> targets,
                     boolean classify) {
        Rng rng = new Rng(seed);
        Dataset trainPart = data;
        Dataset validationPart = null;
        if (earlyStopping) {
            Split split = Splits.trainTest(data, validationFraction, rng.nextLong(), classify);
            trainPart = split.train();
            validationPart = split.test();
        }
        int d = data.numFeatures();
        List<Layer> layers = new ArrayList<>();
        int width = d;
        for (int units : hiddenLayerSizes) {
            layers.add(new Dense(width, units, Init.GLOROT_UNIFORM, rng));
            layers.add(new ActivationLayer(activation));
            width = units;
        }
        layers.add(new Dense(width, outputs, Init.GLOROT_UNIFORM, rng));
        Sequential net = new Sequential(layers.toArray(new Layer[0]));
        int rows = Math.min(batchSize, trainPart.size());
        Optimizer optimizer = "sgd".equals(solver)
                ? new Sgd(net.parameters(), learningRate).momentum(0.9).nesterov(true)
                : new Adam(net.parameters(), learningRate);
        optimizer.weightDecay(alpha / rows);
        Trainer trainer = new Trainer(net, optimizer, loss).epochs(maxEpochs).batchSize(rows).seed(rng.nextLong())
                .accuracy(classify);
        if (validationPart != null) {
            trainer.validation(validationPart.features(), targets.apply(validationPart)).earlyStopping(nIterNoChange);
        }
        history = trainer.fit(trainPart.features(), targets.apply(trainPart));
        network = net;
        inputs = d;
    }

    /** The data as a Dataset (feature names x0 …, class names 0 … k−1), for the validation split. */
    static Dataset dataset(Tensor x, int[] labels, double[] targets, int classes) {
        List<String> features = IntStream.range(0, x.cols()).mapToObj(j -> "x" + j).toList();
        List<String> names = labels == null ? List.of()
                : IntStream.range(0, classes).mapToObj(Integer::toString).toList();
        return new Dataset(x, labels, targets, features, names);
    }

    /**
     * The network's output for new rows, in eval mode.
     *
     * @param method the caller, for messages
     * @param x      m×d, d as at fit. Not modified.
     * @return the m×outputs output
     */
    final Tensor output(String method, Tensor x) {
        ModelInputs.requireFitted(method, network);
        ModelInputs.requireColumns(method, x, inputs);
        return network.predict(x);
    }

    /**
     * @return the trained network (Dense, activation, …, Dense), live: changing it changes the model
     * @throws IllegalStateException before fit
     */
    public Layer network() {
        return ModelInputs.requireFitted("network", network);
    }

    /**
     * @return the training history of {@link Trainer#fit} (epoch, train_loss, …), a copy
     * @throws IllegalStateException before fit
     */
    public Table history() {
        return ModelInputs.requireFitted("history", history).copy();
    }

    /**
     * @return the training loss of each epoch (scikit-learn's loss_curve_), a new array
     * @throws IllegalStateException before fit
     */
    public double[] lossCurve() {
        return ModelInputs.requireFitted("lossCurve", history).doubleColumn("train_loss").asDoubleArray();
    }

    /** @return e.g. {@code MLPClassifier(hiddenLayerSizes=[100], activation=relu, solver=adam, alpha=1.0E-4, …)} */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s(hiddenLayerSizes=%s, activation=%s, solver=%s, alpha=%s, batchSize=%d, "
                        + "learningRate=%s, maxEpochs=%d, earlyStopping=%s%s, seed=%d)", getClass().getSimpleName(),
                Arrays.toString(hiddenLayerSizes), activation, solver, alpha, batchSize, learningRate, maxEpochs,
                earlyStopping, earlyStopping ? ", validationFraction=" + validationFraction + ", nIterNoChange="
                        + nIterNoChange : "", seed);
    }
}

package org.mlworkbook.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;
import org.mlworkbook.autodiff.Var;
import org.mlworkbook.math.Rng;
import org.mlworkbook.model.ModelInputs;
import org.mlworkbook.tensor.Tensor;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * The training loop of the lecture notes, for any {@link Layer}: for each epoch, shuffle the rows, cut them into
 * mini-batches, and for each batch
 * <pre>
 *   optimizer.zeroGrad();  L = loss(model.forward(X_b), Y_b);  L.backward();  optimizer.step();   // θ ← θ − η ∇θ L
 * </pre>
 * then measure the validation loss (eval mode, no graph), apply early stopping and the learning-rate schedule, and
 * record one row of history.
 *
 * <pre>{@code
 * Table history = new Trainer(net, new Adam(net.trainableParameters(), 1e-3), Losses::softmaxCrossEntropy)
 *         .epochs(50).batchSize(32).seed(0).validation(xVal, yVal).accuracy(true).progress(10)
 *         .fit(xTrain, yTrainOneHot);
 * }</pre>
 *
 * <p>Batches: epoch e visits the rows in the order of a fresh {@code Rng(seed).permutation(n)} (one generator for the
 * whole fit, so every epoch has a new order and the same seed gives the same run); the last batch keeps the
 * n mod B rows left over. Rows are along axis 0 of x and y, so images (n×c×h×w) work as well as matrices.
 *
 * <p>Early stopping watches the validation loss (the training loss without a validation set): when it has not gone
 * below its best for {@code patience} epochs, training stops; at the end (stopped early or not) the weights and
 * buffers of the best epoch are copied back into the model, as scikit-learn does. A NaN or infinite batch loss stops training at once with an
 * {@link IllegalStateException} naming the epoch and the batch. After {@code fit} the model is in train mode.
 *
 * @see "notebooks/11-training-neural-networks.ipynb"
 */
public final class Trainer {

    /** The epochs of a new Trainer. */
    public static final int DEFAULT_EPOCHS = 10;
    /** The batch size of a new Trainer. */
    public static final int DEFAULT_BATCH_SIZE = 32;
    /** Rows per forward pass when measuring the validation set (memory only: the loss is the same). */
    private static final int EVALUATION_ROWS = 1024;

    private final Layer model;
    private final Optimizer optimizer;
    private final BiFunction<Var, Tensor, Var> loss;

    private int epochs = DEFAULT_EPOCHS;
    private int batchSize = DEFAULT_BATCH_SIZE;
    private long seed = Rng.DEFAULT_SEED;
    private Tensor xValidation;
    private Tensor yValidation;
    private int patience;
    private Schedule schedule;
    private boolean accuracy;
    private int progressEvery;
    private Consumer<EpochResult> onEpoch;

    private List<EpochResult> results;
    private int bestEpoch;

    /**
     * A trainer with {@value #DEFAULT_EPOCHS} epochs, batches of {@value #DEFAULT_BATCH_SIZE}, seed
     * {@link Rng#DEFAULT_SEED}, no validation, no early stopping, no schedule, no progress lines.
     *
     * @param model     the network; its parameters are updated in place
     * @param optimizer the optimiser over (some of) the model's parameters
     * @param loss      L(prediction, target), a mean over the batch giving a scalar Var, e.g.
     *                  {@code Losses::softmaxCrossEntropy} or {@code Losses::mse}
     * @throws IllegalArgumentException if an argument is null
     */
    public Trainer(Layer model, Optimizer optimizer, BiFunction<Var, Tensor, Var> loss) {
        this.model = ModelInputs.requireNonNull("Trainer", "model", model);
        this.optimizer = ModelInputs.requireNonNull("Trainer", "optimizer", optimizer);
        this.loss = ModelInputs.requireNonNull("Trainer", "loss", loss);
    }

    /**
     * @param epochs passes over the training set, ≥ 1
     * @return this trainer
     * @throws IllegalArgumentException if epochs &lt; 1
     */
    public Trainer epochs(int epochs) {
        this.epochs = ModelInputs.requireAtLeastOne("epochs", "epochs", epochs);
        return this;
    }

    /**
     * @param batchSize rows per update B, ≥ 1 (a batch larger than the data set is the whole set)
     * @return this trainer
     * @throws IllegalArgumentException if batchSize &lt; 1
     */
    public Trainer batchSize(int batchSize) {
        this.batchSize = ModelInputs.requireAtLeastOne("batchSize", "batchSize", batchSize);
        return this;
    }

    /**
     * @param seed the seed of the shuffling: {@code new Rng(seed)} at the start of every fit
     * @return this trainer
     */
    public Trainer seed(long seed) {
        this.seed = seed;
        return this;
    }

    /**
     * A validation set, measured after every epoch in eval mode without a graph.
     *
     * @param x m validation inputs, shaped like the training inputs. Not modified.
     * @param y m validation targets, shaped like the training targets. Not modified.
     * @return this trainer
     * @throws IllegalArgumentException if x or y is null, empty or not finite, or their row counts differ
     */
    public Trainer validation(Tensor x, Tensor y) {
        requireData("validation", x, y);
        this.xValidation = x;
        this.yValidation = y;
        return this;
    }

    /**
     * Stops when the monitored loss (validation, else training) has not improved on its best for {@code patience}
     * epochs; the model then gets back the weights and buffers of the best epoch (also when all epochs ran).
     *
     * @param patience epochs without improvement to tolerate, ≥ 1
     * @return this trainer
     * @throws IllegalArgumentException if patience &lt; 1
     */
    public Trainer earlyStopping(int patience) {
        this.patience = ModelInputs.requireAtLeastOne("earlyStopping", "patience", patience);
        return this;
    }

    /**
     * A learning-rate schedule, applied after every epoch: η ← schedule.learningRate(epoch, η, monitored loss).
     *
     * @param schedule the schedule
     * @return this trainer
     * @throws IllegalArgumentException if schedule is null
     */
    public Trainer schedule(Schedule schedule) {
        this.schedule = ModelInputs.requireNonNull("schedule", "schedule", schedule);
        return this;
    }

    /**
     * Also records the accuracy. The targets must be one-hot rows (or class probabilities), compared by argmax with
     * the model's output, or one column of 0/1, compared with [output ≥ 0.5] (so the model must output a
     * probability, e.g. end in a sigmoid).
     *
     * @param accuracy whether to record "train_accuracy" (and "validation_accuracy")
     * @return this trainer
     */
    public Trainer accuracy(boolean accuracy) {
        this.accuracy = accuracy;
        return this;
    }

    /**
     * Prints one line of the history every {@code everyEpochs} epochs (and the last one, and why training stopped).
     *
     * @param everyEpochs ≥ 1 to print, 0 for silence (the default)
     * @return this trainer
     * @throws IllegalArgumentException if everyEpochs &lt; 0
     */
    public Trainer progress(int everyEpochs) {
        if (everyEpochs < 0) {
            throw new IllegalArgumentException("progress: everyEpochs expected >= 0, got " + everyEpochs);
        }
        this.progressEvery = everyEpochs;
        return this;
    }

    /**
     * @param callback called with each epoch's result, after it is recorded (for live plots)
     * @return this trainer
     * @throws IllegalArgumentException if callback is null
     */
    public Trainer onEpoch(Consumer<EpochResult> callback) {
        this.onEpoch = ModelInputs.requireNonNull("onEpoch", "callback", callback);
        return this;
    }

    /**
     * Trains the model from its current weights (a second fit continues) and returns the history.
     *
     * @param x n inputs along axis 0 (e.g. n×d), finite. Not modified.
     * @param y n targets along axis 0, shaped as the loss expects (one-hot n×k, n×1, …), finite. Not modified.
     * @return the history, one row per epoch run: "epoch", "train_loss", "validation_loss", "train_accuracy",
     *         "validation_accuracy", "learning_rate", "seconds" (the validation and accuracy columns only when
     *         measured)
     * @throws IllegalArgumentException if x or y is null, empty or not finite, their row counts differ, the
     *                                  validation set is not shaped like them, or the loss is not a scalar
     * @throws IllegalStateException    if the loss becomes NaN or infinite (the message names the epoch and the batch)
     */
    public Table fit(Tensor x, Tensor y) {
        requireData("fit", x, y);
        if (xValidation != null) {
            requireLike("x", xValidation, x);
            requireLike("y", yValidation, y);
        }
        int n = x.shape()[0];
        int batches = (n + batchSize - 1) / batchSize;
        Rng rng = new Rng(seed);
        results = new ArrayList<>();
        bestEpoch = 0;
        double best = Double.POSITIVE_INFINITY;
        Map<String, Tensor> bestState = null;
        model.train();
        for (int epoch = 1; epoch <= epochs; epoch++) {
            long start = System.nanoTime();
            double rate = optimizer.learningRate();
            int[] order = rng.permutation(n);
            double lossSum = 0;
            long correct = 0;
            for (int b = 0; b < batches; b++) {
                int from = b * batchSize;
                int to = Math.min(n, from + batchSize);
                Tensor yBatch = rows(y, order, from, to);
                optimizer.zeroGrad();
                Var output = model.forward(Var.constant(rows(x, order, from, to)));
                Var batchLoss = loss.apply(output, yBatch);
                double value = scalar(batchLoss);
                if (!Double.isFinite(value)) {
                    throw new IllegalStateException(String.format(Locale.ROOT,
                            "fit: the loss became %s at epoch %d, batch %d of %d (learning rate %s); hint: lower the "
                                    + "learning rate, standardise the inputs, or check the data and the loss; the "
                                    + "model keeps the weights of the failed step", value, epoch, b + 1, batches,
                            optimizer.learningRate()));
                }
                batchLoss.backward();
                optimizer.step();
                lossSum += value * (to - from);
                if (accuracy) {
                    correct += correct(output.value(), yBatch);
                }
            }
            double[] validation = xValidation == null ? null : evaluate();
            EpochResult result = new EpochResult(epoch, lossSum / n,
                    validation == null ? Double.NaN : validation[0],
                    accuracy ? (double) correct / n : Double.NaN,
                    validation == null || !accuracy ? Double.NaN : validation[1],
                    rate, (System.nanoTime() - start) / 1e9);
            results.add(result);
            double monitored = result.monitoredLoss();
            if (monitored < best) {
                best = monitored;
                bestEpoch = epoch;
                bestState = patience > 0 ? snapshot() : null;
            }
            boolean stop = patience > 0 && epoch - bestEpoch >= patience;
            if (progressEvery > 0 && (epoch % progressEvery == 0 || epoch == epochs || stop)) {
                System.out.println(progressLine(result));
            }
            if (onEpoch != null) {
                onEpoch.accept(result);
            }
            if (stop) {
                if (progressEvery > 0) {
                    System.out.printf(Locale.ROOT, "early stopping at epoch %d: no improvement for %d epochs; "
                            + "restored the weights of epoch %d (%s %.6g)%n", epoch, patience, bestEpoch,
                            xValidation == null ? "train_loss" : "validation_loss", best);
                }
                break;
            }
            if (schedule != null) {
                optimizer.learningRate(schedule.learningRate(epoch, optimizer.learningRate(), monitored));
            }
        }
        if (patience == 0) {
            bestEpoch = results.size();
        } else if (bestState != null && bestEpoch < results.size()) {
            StateFiles.copyInto(bestState, model.state(), "the best epoch's weights");
        }
        return history();
    }

    /**
     * @return the history of the last fit (see {@link #fit}), a new table
     * @throws IllegalStateException before fit
     */
    public Table history() {
        ModelInputs.requireFitted("history", results);
        Table table = Table.create("history");
        table.addColumns(IntColumn.create("epoch", results.stream().mapToInt(EpochResult::epoch).toArray()),
                column("train_loss", EpochResult::trainLoss));
        if (xValidation != null) {
            table.addColumns(column("validation_loss", EpochResult::validationLoss));
        }
        if (accuracy) {
            table.addColumns(column("train_accuracy", EpochResult::trainAccuracy));
            if (xValidation != null) {
                table.addColumns(column("validation_accuracy", EpochResult::validationAccuracy));
            }
        }
        return table.addColumns(column("learning_rate", EpochResult::learningRate),
                column("seconds", EpochResult::seconds));
    }

    /**
     * @return the epochs of the last fit, one result each (unmodifiable)
     * @throws IllegalStateException before fit
     */
    public List<EpochResult> results() {
        return List.copyOf(ModelInputs.requireFitted("results", results));
    }

    /**
     * @return the epoch whose weights the model holds after the last fit: the best one when early stopping
     *         restored it, else the last epoch run
     * @throws IllegalStateException before fit
     */
    public int bestEpoch() {
        ModelInputs.requireFitted("bestEpoch", results);
        return bestEpoch;
    }

    /** @return e.g. {@code Trainer(epochs=50, batchSize=32, seed=0, optimizer=adam, earlyStopping=5)} */
    @Override
    public String toString() {
        return "Trainer(epochs=" + epochs + ", batchSize=" + batchSize + ", seed=" + seed + ", optimizer="
                + optimizer.name() + (patience > 0 ? ", earlyStopping=" + patience : "")
                + (xValidation != null ? ", validation=" + xValidation.shape()[0] + " rows" : "") + ")";
    }

    // ---------------------------------------------------------------- helpers

    private DoubleColumn column(String name, ToDoubleFunction<EpochResult> value) {
        return DoubleColumn.create(name, results.stream().mapToDouble(value).toArray());
    }

    /** The validation loss (mean over rows) and accuracy, in eval mode without a graph. */
    private double[] evaluate() {
        int m = xValidation.shape()[0];
        double lossSum = 0;
        long correct = 0;
        model.eval();
        try (Var.NoGrad scope = Var.noGrad()) {
            for (int from = 0; from < m; from += EVALUATION_ROWS) {
                int to = Math.min(m, from + EVALUATION_ROWS);
                Tensor yPart = rows(yValidation, null, from, to);
                Var output = model.forward(Var.constant(rows(xValidation, null, from, to)));
                lossSum += scalar(loss.apply(output, yPart)) * (to - from);
                if (accuracy) {
                    correct += correct(output.value(), yPart);
                }
            }
        } finally {
            model.train();
        }
        return new double[] {lossSum / m, (double) correct / m};
    }

    /** Rows from … to − 1 along axis 0, through order (or in place when order is null), as a new tensor. */
    static Tensor rows(Tensor t, int[] order, int from, int to) {
        int[] shape = t.shape();
        int width = t.size() / shape[0];
        double[] data = t.data();
        double[] out = new double[(to - from) * width];
        for (int k = 0; k < to - from; k++) {
            int row = order == null ? from + k : order[from + k];
            System.arraycopy(data, row * width, out, k * width, width);
        }
        shape[0] = to - from;
        return Tensor.wrap(out, shape);
    }

    /** The number of rows whose predicted class (argmax, or [p ≥ 0.5] for one column) is the target's. */
    private static long correct(Tensor output, Tensor target) {
        int m = target.shape()[0];
        int k = target.size() / m;
        if (output.size() != target.size()) {
            throw new IllegalArgumentException("fit: accuracy expected outputs shaped like the targets, got output "
                    + output.shapeString() + " and target " + target.shapeString());
        }
        long correct = 0;
        if (k == 1) {
            double[] o = output.data();
            double[] t = target.data();
            for (int i = 0; i < m; i++) {
                correct += (o[i] >= 0.5) == (t[i] >= 0.5) ? 1 : 0;
            }
        } else {
            int[] predicted = output.reshape(m, k).argmax(1);
            int[] truth = target.reshape(m, k).argmax(1);
            for (int i = 0; i < m; i++) {
                correct += predicted[i] == truth[i] ? 1 : 0;
            }
        }
        return correct;
    }

    private static double scalar(Var loss) {
        if (loss == null || loss.value().size() != 1) {
            throw new IllegalArgumentException("fit: loss expected a scalar Var (a mean over the batch), got "
                    + (loss == null ? "null" : "shape " + loss.value().shapeString()));
        }
        return loss.item();
    }

    /** Copies of the model's weights and buffers by name (written back by StateFiles.copyInto). */
    private Map<String, Tensor> snapshot() {
        Map<String, Tensor> copy = new LinkedHashMap<>();
        model.state().forEach((name, tensor) -> copy.put(name, tensor.copy()));
        return copy;
    }

    private String progressLine(EpochResult r) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "epoch %" + String.valueOf(epochs).length()
                + "d/%d  train_loss %.4g", r.epoch(), epochs, r.trainLoss()));
        if (!Double.isNaN(r.validationLoss())) {
            line.append(String.format(Locale.ROOT, "  validation_loss %.4g", r.validationLoss()));
        }
        if (!Double.isNaN(r.trainAccuracy())) {
            line.append(String.format(Locale.ROOT, "  train_accuracy %.4f", r.trainAccuracy()));
        }
        if (!Double.isNaN(r.validationAccuracy())) {
            line.append(String.format(Locale.ROOT, "  validation_accuracy %.4f", r.validationAccuracy()));
        }
        return line.append(String.format(Locale.ROOT, "  learning_rate %.3g  %.1f ms", r.learningRate(),
                1000 * r.seconds())).toString();
    }

    /** x and y non-null, at least one row, finite, the same number of rows along axis 0. */
    private static void requireData(String method, Tensor x, Tensor y) {
        requireFinite(method, "x", x);
        requireFinite(method, "y", y);
        if (x.shape()[0] != y.shape()[0]) {
            throw new IllegalArgumentException(String.format(
                    "%s: x and y expected the same number of rows, got x %s and y %s", method, x.shapeString(),
                    y.shapeString()));
        }
    }

    private static void requireFinite(String method, String argument, Tensor t) {
        if (t == null) {
            throw new IllegalArgumentException(method + ": " + argument + " expected a tensor, got null");
        }
        if (t.rank() == 0 || t.shape()[0] == 0) {
            throw new IllegalArgumentException(method + ": " + argument + " expected at least one row, got shape "
                    + t.shapeString());
        }
        double[] data = t.data();
        int width = t.size() / t.shape()[0];
        for (int i = 0; i < data.length; i++) {
            if (!Double.isFinite(data[i])) {
                throw new IllegalArgumentException(String.format("%s: %s expected finite values, got %s in row %d",
                        method, argument, data[i], i / width));
            }
        }
    }

    /** A validation tensor must have the training tensor's shape apart from the number of rows. */
    private static void requireLike(String argument, Tensor validation, Tensor training) {
        int[] v = validation.shape();
        int[] t = training.shape();
        v[0] = t[0];
        if (!Arrays.equals(v, t)) {
            throw new IllegalArgumentException(String.format(
                    "fit: validation %s expected the shape of the training %s apart from the rows, got %s and %s",
                    argument, argument, validation.shapeString(), training.shapeString()));
        }
    }
}

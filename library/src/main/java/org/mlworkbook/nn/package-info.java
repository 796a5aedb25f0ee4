/**
 * Neural networks on the {@link org.mlworkbook.autodiff} engine: {@link org.mlworkbook.nn.Layer} (PyTorch's Module:
 * parameters, buffers, named children, train/eval modes, freezing, save/load) and the layers built on it
 * ({@link org.mlworkbook.nn.Dense}, {@link org.mlworkbook.nn.ActivationLayer}, {@link org.mlworkbook.nn.Dropout},
 * {@link org.mlworkbook.nn.BatchNorm1d}, {@link org.mlworkbook.nn.Sequential}); initialisers
 * ({@link org.mlworkbook.nn.Init}); optimisers ({@link org.mlworkbook.nn.Sgd} with momentum and Nesterov,
 * {@link org.mlworkbook.nn.AdaGrad}, {@link org.mlworkbook.nn.RmsProp}, {@link org.mlworkbook.nn.Adam}) and
 * learning-rate schedules; the training loop {@link org.mlworkbook.nn.Trainer}; and scikit-learn-like
 * {@link org.mlworkbook.nn.MLPClassifier} and {@link org.mlworkbook.nn.MLPRegressor}.
 *
 * <pre>{@code
 * Rng rng = new Rng(0);
 * Layer net = new Sequential(new Dense(64, 128, Init.HE, rng), new ActivationLayer(Activation.RELU),
 *         new Dense(128, 10, rng));
 * Optimizer adam = new Adam(net.trainableParameters(), 1e-3);
 * Table history = new Trainer(net, adam, Losses::softmaxCrossEntropy).epochs(50).batchSize(32).fit(x, yOneHot);
 * }</pre>
 *
 * Introduced in notebooks {@code 09}–{@code 12}.
 */
package org.mlworkbook.nn;

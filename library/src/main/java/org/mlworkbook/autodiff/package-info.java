/**
 * Reverse-mode automatic differentiation over {@link org.mlworkbook.tensor.Tensor}s, as in the lecture's expression
 * graph: every {@link org.mlworkbook.autodiff.Var} holds a value and, after {@code backward()}, the gradient
 * ∂L/∂v of the output L with respect to itself; a Var made by an operation points to its creator, an
 * {@link org.mlworkbook.autodiff.Op} that saved what its backward needs. {@code backward()} sorts the graph
 * topologically and applies the chain rule once per node in reverse order, x.grad += Σ over uses of
 * (upstream · ∂use/∂x). {@link org.mlworkbook.autodiff.Activation} holds each activation's f and f′ once (every
 * activation of the course, {@code Activation.all()}); PReLU, maxout, softmax and log-softmax, concat and dropout are
 * Var operations; {@link org.mlworkbook.autodiff.Losses} has the mean losses (MSE, MAE, Huber, binary and softmax
 * cross-entropy) with fused backward passes; {@link org.mlworkbook.autodiff.BatchNorm} normalises a batch's columns;
 * {@link org.mlworkbook.autodiff.GradientCheck} compares backward against central differences.
 *
 * <pre>{@code
 * Var a = Var.scalar(2), b = Var.scalar(1);
 * Var e = a.add(b).mul(b.add(1));   // e = (a + b)(b + 1) = 6
 * e.backward();                     // a.grad() = 2, b.grad() = 5
 * }</pre>
 *
 * Introduced in notebook {@code 10-backpropagation-and-autodiff.ipynb}.
 */
package org.mlworkbook.autodiff;

package studio.backprop.core.matrix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import studio.backprop.core.graph.Op;
import studio.backprop.core.nn.Activation;
import studio.backprop.core.nn.BiasMode;
import studio.backprop.core.nn.Loss;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.NetworkSpecs;
import studio.backprop.core.nn.Sample;

/**
 * One forward and backward pass of a network over a batch, in matrix form with a row per sample, as
 * Welch Labs and Nielsen write it (Nielsen with column vectors, here transposed so that a row is a sample):
 * <pre>
 *   A⁽⁰⁾ = X,  Z⁽ˡ⁾ = A⁽ˡ⁻¹⁾W⁽ˡ⁾ (+ b⁽ˡ⁾),  A⁽ˡ⁾ = f(Z⁽ˡ⁾),  Ŷ = A⁽ᴸ⁾
 *   J = Σₛ E(yₛ, ŷₛ) (or the mean over samples) + λ/2·Σₗ ΣW⁽ˡ⁾²
 *   δ⁽ᴸ⁾ = ∇_Ŷ J ⊙ f′(Z⁽ᴸ⁾),  δ⁽ˡ⁾ = (δ⁽ˡ⁺¹⁾ W⁽ˡ⁺¹⁾ᵀ) ⊙ f′(Z⁽ˡ⁾)
 *   ∂J/∂W⁽ˡ⁾ = A⁽ˡ⁻¹⁾ᵀ δ⁽ˡ⁾ + λW⁽ˡ⁾,  ∂J/∂b⁽ˡ⁾ = Σ over rows of δ⁽ˡ⁾
 * </pre>
 * W⁽ˡ⁾ here has a row per neuron of layer l − 1 and a column per neuron of layer l (Welch Labs' orientation,
 * the transpose of {@link NetworkSpec}'s [to][from]). Layers count as in {@link NetworkSpec}: 0 is the input.
 * Per-sample losses and activation derivatives come from the same {@link Op}s as the scalar graph, so a
 * one-row pass equals the scalar trace of that sample. A softmax output layer is not elementwise: its δ is
 * the Jacobian-vector product δⱼ = aⱼ(gⱼ − Σₖ gₖaₖ) of g = ∇ₐJ.
 */
public final class MatrixPass {

    /** How the per-sample losses of a batch combine into the cost. */
    public enum Reduction {
        /** J = Σ over samples, as Welch Labs writes J = ½Σ(y − ŷ)². */
        SUM,
        /** J = the mean over samples, as the trainer and the gradient check measure it. */
        MEAN
    }

    private final NetworkSpec spec;
    private final List<Sample> samples;
    private final Reduction reduction;
    private final double lambda;
    private final Matrix targets;
    private final Matrix[] weights;
    private final Matrix[] biases;
    private final Matrix[] nets;
    private final Matrix[] outs;
    private final Matrix[] activationGradients;
    private final Matrix outputGradient;
    private final Matrix[] deltas;
    private final Matrix[] weightGradients;
    private final Matrix[] biasGradients;
    private final double[] sampleLosses;
    private final double penalty;
    private final double cost;

    private MatrixPass(NetworkSpec spec, List<Sample> samples, Reduction reduction, double lambda) {
        NetworkSpecs.requireSupported(spec);
        if (samples.isEmpty()) throw new IllegalArgumentException("the matrix pass needs at least one sample");
        for (Sample sample : samples) NetworkSpecs.requireFits(spec, sample);
        if (!(lambda >= 0) || !Double.isFinite(lambda)) {
            throw new IllegalArgumentException("the L2 strength λ must be 0 or a positive number, not " + lambda);
        }
        this.spec = spec;
        this.samples = List.copyOf(samples);
        this.reduction = reduction;
        this.lambda = lambda;
        int top = spec.layerCount() - 1;
        int n = samples.size();
        double[][] x = new double[n][];
        double[][] y = new double[n][];
        for (int s = 0; s < n; s++) {
            x[s] = samples.get(s).inputs();
            y[s] = samples.get(s).targets();
        }
        targets = Matrix.of(y);
        weights = new Matrix[top + 1];
        biases = new Matrix[top + 1];
        nets = new Matrix[top + 1];
        outs = new Matrix[top + 1];
        activationGradients = new Matrix[top + 1];
        outs[0] = Matrix.of(x);
        for (int l = 1; l <= top; l++) {
            weights[l] = Matrix.of(spec.weights()[l - 1]).transpose();
            biases[l] = Matrix.row(spec.biases()[l - 1]);
            Matrix z = outs[l - 1].times(weights[l]);
            nets[l] = spec.biasMode() == BiasMode.NONE ? z : z.plusRow(biases[l]);
            outs[l] = activate(spec.activation(l), nets[l]);
            activationGradients[l] = spec.activation(l) == Activation.SOFTMAX ? null
                    : activationGradient(spec.activation(l), nets[l], outs[l]);
        }
        Op term = spec.termOp();
        int outputs = spec.size(top);
        double scale = reduction == Reduction.MEAN ? 1.0 / n : 1.0;
        sampleLosses = new double[n];
        double[] gradient = new double[n * outputs];
        for (int s = 0; s < n; s++) {
            double sum = 0;
            for (int k = 0; k < outputs; k++) {
                double[] in = {targets.get(s, k), outs[top].get(s, k)};
                double error = term.value(in);
                sum += error;
                double perOutput = spec.loss() == Loss.MSE ? 1.0 / outputs : 1.0;
                gradient[s * outputs + k] = scale * perOutput * term.localGradient(in, error, 1);
            }
            sampleLosses[s] = spec.loss() == Loss.MSE ? sum / outputs : sum;
        }
        outputGradient = Matrix.of(n, outputs, gradient);
        double penaltySum = 0;
        for (int l = 1; l <= top; l++) penaltySum += weights[l].sumOfSquares();
        penalty = lambda / 2 * penaltySum;
        double total = 0;
        for (double loss : sampleLosses) total += loss;
        cost = total * scale + penalty;

        deltas = new Matrix[top + 1];
        weightGradients = new Matrix[top + 1];
        biasGradients = new Matrix[top + 1];
        deltas[top] = spec.activation(top) == Activation.SOFTMAX ? softmaxDelta(outputGradient, outs[top])
                : outputGradient.hadamard(activationGradients[top]);
        for (int l = top; l >= 1; l--) {
            if (l < top) deltas[l] = deltas[l + 1].times(weights[l + 1].transpose()).hadamard(activationGradients[l]);
            Matrix gradientW = outs[l - 1].transpose().times(deltas[l]);
            weightGradients[l] = lambda > 0 ? gradientW.plus(weights[l].scale(lambda)) : gradientW;
            biasGradients[l] = deltas[l].columnSums();
        }
    }

    /** The pass of {@code spec} over the batch, cost summed over samples, no regularisation. */
    public static MatrixPass compute(NetworkSpec spec, List<Sample> samples) {
        return new MatrixPass(spec, samples, Reduction.SUM, 0);
    }

    /**
     * The pass with the given reduction over samples and L2 strength λ (the cost gains λ/2·ΣW² over every
     * weight, biases excluded, as the trainer's L2 does).
     */
    public static MatrixPass compute(NetworkSpec spec, List<Sample> samples, Reduction reduction, double lambda) {
        return new MatrixPass(spec, samples, reduction, lambda);
    }

    public NetworkSpec spec() { return spec; }

    public List<Sample> samples() { return samples; }

    public Reduction reduction() { return reduction; }

    /** λ of the L2 term (0: none). */
    public double lambda() { return lambda; }

    /** The index of the output layer (L). */
    public int top() { return spec.layerCount() - 1; }

    /** X: the inputs, a row per sample. */
    public Matrix input() { return outs[0]; }

    /** Y: the targets, a row per sample. */
    public Matrix target() { return targets; }

    /** W⁽ˡ⁾ (l = 1 … L): a row per neuron of layer l − 1, a column per neuron of layer l. */
    public Matrix weights(int layer) { return weights[checkLayer(layer)]; }

    /** b⁽ˡ⁾ as one row (a shared bias repeated; zeros without biases). */
    public Matrix biases(int layer) { return biases[checkLayer(layer)]; }

    /** Z⁽ˡ⁾: the net inputs of layer l, a row per sample. */
    public Matrix net(int layer) { return nets[checkLayer(layer)]; }

    /** A⁽ˡ⁾: the outputs of layer l (l = 0 is X), a row per sample. */
    public Matrix out(int layer) {
        if (layer == 0) return outs[0];
        return outs[checkLayer(layer)];
    }

    /** f′(Z⁽ˡ⁾) entrywise; empty for a softmax layer, whose derivative is not entrywise. */
    public Optional<Matrix> activationGradient(int layer) {
        return Optional.ofNullable(activationGradients[checkLayer(layer)]);
    }

    /** ∇_Ŷ J: the gradient of the cost with respect to the outputs (without the L2 term, which does not depend on them). */
    public Matrix outputGradient() { return outputGradient; }

    /** δ⁽ˡ⁾ = ∂J/∂Z⁽ˡ⁾, a row per sample. */
    public Matrix delta(int layer) { return deltas[checkLayer(layer)]; }

    /** ∂J/∂W⁽ˡ⁾ = A⁽ˡ⁻¹⁾ᵀδ⁽ˡ⁾ (+ λW⁽ˡ⁾), in W⁽ˡ⁾'s orientation. */
    public Matrix weightGradient(int layer) { return weightGradients[checkLayer(layer)]; }

    /** ∂J/∂b⁽ˡ⁾ per neuron: the column sums of δ⁽ˡ⁾. */
    public Matrix biasGradient(int layer) { return biasGradients[checkLayer(layer)]; }

    /** ∂J/∂b for the one bias a layer shares ({@link BiasMode#PER_LAYER}): the sum of every entry of δ⁽ˡ⁾. */
    public double sharedBiasGradient(int layer) { return deltas[checkLayer(layer)].sum(); }

    /** Each sample's loss E (the scalar trace's E_total). */
    public double[] sampleLosses() { return sampleLosses.clone(); }

    /** λ/2·Σ W² (0 without regularisation). */
    public double penalty() { return penalty; }

    /** J: the reduced per-sample losses plus the penalty. */
    public double cost() { return cost; }

    /** W⁽ˡ⁾ − η·∂J/∂W⁽ˡ⁾: the weights after one gradient-descent step with the spec's learning rate. */
    public Matrix updatedWeights(int layer) {
        return weights(layer).minus(weightGradient(layer).scale(spec.learningRate()));
    }

    /** b⁽ˡ⁾ − η·∂J/∂b⁽ˡ⁾ (a shared bias moves by its summed gradient). */
    public Matrix updatedBiases(int layer) {
        if (spec.biasMode() == BiasMode.PER_LAYER) {
            double b = biases(layer).get(0, 0) - spec.learningRate() * sharedBiasGradient(layer);
            double[] row = new double[spec.size(layer)];
            Arrays.fill(row, b);
            return Matrix.row(row);
        }
        return biases(layer).minus(biasGradient(layer).scale(spec.learningRate()));
    }

    /** The gradient in {@link NetworkSpecs#parameters} order (weights of a layer, then its biases). */
    public double[] gradientVector() {
        List<Double> out = new ArrayList<>();
        for (int l = 1; l <= top(); l++) {
            Matrix g = weightGradient(l);
            for (int to = 0; to < spec.size(l); to++) {
                for (int from = 0; from < spec.size(l - 1); from++) out.add(g.get(from, to));
            }
            switch (spec.biasMode()) {
                case PER_NEURON -> {
                    for (int to = 0; to < spec.size(l); to++) out.add(biasGradient(l).get(0, to));
                }
                case PER_LAYER -> out.add(sharedBiasGradient(l));
                case NONE -> { }
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private int checkLayer(int layer) {
        if (layer < 1 || layer > top()) {
            throw new IllegalArgumentException("layer " + layer + " is not a layer with weights (1 … " + top() + ")");
        }
        return layer;
    }

    private static Matrix activate(Activation activation, Matrix z) {
        return switch (activation) {
            case LINEAR -> z;
            case SOFTMAX -> softmax(z);
            default -> z.map(v -> activation.op().value(new double[] {v}));
        };
    }

    private static Matrix activationGradient(Activation activation, Matrix z, Matrix a) {
        double[] out = new double[z.rows() * z.cols()];
        for (int i = 0; i < z.rows(); i++) {
            for (int j = 0; j < z.cols(); j++) {
                out[i * z.cols() + j] = activation == Activation.LINEAR ? 1
                        : activation.op().localGradient(new double[] {z.get(i, j)}, a.get(i, j), 0);
            }
        }
        return Matrix.of(z.rows(), z.cols(), out);
    }

    /** Softmax of each row through the scalar op (own net first, then the row). */
    private static Matrix softmax(Matrix z) {
        double[] out = new double[z.rows() * z.cols()];
        for (int i = 0; i < z.rows(); i++) {
            double[] row = z.rowValues(i);
            for (int j = 0; j < z.cols(); j++) {
                double[] in = new double[row.length + 1];
                in[0] = row[j];
                System.arraycopy(row, 0, in, 1, row.length);
                out[i * z.cols() + j] = Op.SOFTMAX.value(in);
            }
        }
        return Matrix.of(z.rows(), z.cols(), out);
    }

    /** δⱼ = aⱼ(gⱼ − Σₖ gₖaₖ) per row: the softmax Jacobian applied to g. */
    private static Matrix softmaxDelta(Matrix g, Matrix a) {
        double[] out = new double[g.rows() * g.cols()];
        for (int i = 0; i < g.rows(); i++) {
            double dot = 0;
            for (int k = 0; k < g.cols(); k++) dot += g.get(i, k) * a.get(i, k);
            for (int j = 0; j < g.cols(); j++) out[i * g.cols() + j] = a.get(i, j) * (g.get(i, j) - dot);
        }
        return Matrix.of(g.rows(), g.cols(), out);
    }
}

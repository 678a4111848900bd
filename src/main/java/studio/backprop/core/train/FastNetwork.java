package studio.backprop.core.train;

import java.util.List;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.NetworkSpecs;
import studio.backprop.core.nn.Sample;
import studio.backprop.core.nn.UpdateOrder;

/**
 * The training path: the same network as the lowered graph, on plain double arrays. A {@code ReferenceNetwork}
 * (forward pass, backward pass, every layer's activations) trained by an {@code SgdOptimiser} (momentum, L1/L2,
 * dropout) in the spec's {@link UpdateOrder}. Mutable and owned by one thread; {@link #toSpec()} makes the
 * immutable snapshot that crosses threads.
 *
 * <p>{@link #predict}, {@link #activations}, {@link #loss} and {@link #gradients} never drop units. Buffers grow
 * with the largest batch and are reused: a step allocates nothing per sample.
 */
public final class FastNetwork {
    private final NetworkSpec conventions;
    private final ReferenceNetwork network;
    private final SgdOptimiser optimiser;

    /** A network with the spec's parameters and conventions; an unsupported spec is an {@link IllegalArgumentException}. */
    public FastNetwork(NetworkSpec spec) {
        this(spec, TrainingOptions.iterations(1));
    }

    /** As {@link #FastNetwork(NetworkSpec)}, with the momentum, regularisation and dropout of {@code options}. */
    public FastNetwork(NetworkSpec spec, TrainingOptions options) {
        NetworkSpecs.requireSupported(spec);
        this.conventions = spec;
        this.network = new ReferenceNetwork(spec);
        this.optimiser = new SgdOptimiser(network, spec, options);
    }

    /** The current parameters with the original conventions, as an immutable spec. */
    public NetworkSpec toSpec() {
        return conventions.withParameters(network.weights, network.biases);
    }

    /** The outputs for one input vector. */
    public double[] predict(double[] inputs) {
        return network.predict(inputs);
    }

    /** Every layer's outputs for one input vector, [layer][neuron], the inputs first and the outputs last. */
    public double[][] activations(double[] inputs) {
        return network.activations(inputs);
    }

    /** The per-sample loss (the lecture's E_total for one sample). */
    public double loss(Sample sample) {
        return network.loss(sample);
    }

    /** The mean per-sample loss over the samples. */
    public double meanLoss(List<Sample> samples) {
        if (samples.isEmpty()) throw new IllegalArgumentException("the loss needs at least one sample");
        double sum = 0;
        for (Sample sample : samples) sum += loss(sample);
        return sum / samples.size();
    }

    /**
     * The mean loss over the samples plus the regularisation penalty: λ₂/2·Σw² + λ₁·Σ|w| over every weight,
     * biases excluded. This is the function whose gradient {@link #gradients} returns.
     */
    public double objective(List<Sample> samples) {
        return meanLoss(samples) + optimiser.penalty();
    }

    /** The gradient of {@link #objective} over the batch at the current parameters, no units dropped; nothing changes. */
    public NetworkGradients gradients(List<Sample> batch) {
        optimiser.gradients(batch, false);
        return new NetworkGradients(network.weightGradients, network.biasGradients);
    }

    /** As {@link #gradients}, with the next dropout masks drawn (as a step would); the parameters do not change. */
    NetworkGradients droppedGradients(List<Sample> batch) {
        optimiser.gradients(batch, true);
        return new NetworkGradients(network.weightGradients, network.biasGradients);
    }

    /** The dropout mask of sample {@code s} of the latest batch for hidden layer {@code layer}: 0 or 1/(1 − p) per unit. */
    double[] mask(int s, int layer) {
        return optimiser.mask(s, layer);
    }

    /**
     * Mean |∂E/∂w| over the weights into each layer (index l for the weights from layer l to l + 1), from the
     * latest step or gradient, before regularisation: the sizes that shrink layer by layer when gradients vanish.
     */
    public double[] gradientSizes() {
        return optimiser.gradientSizes();
    }

    /** One update from the batch's mean gradient; see {@code SgdOptimiser.step}. */
    public void step(List<Sample> batch) {
        optimiser.step(batch);
    }

    /** Whether every weight and bias is a finite number. */
    public boolean isFinite() {
        return network.isFinite();
    }

    /** Whether every weight and bias is a number no larger in magnitude than {@code limit} (NaN is not). */
    public boolean isWithin(double limit) {
        return network.isWithin(limit);
    }

    /** Number of weights and biases as stored (a shared bias counts once per neuron here). */
    int storedParameterCount() {
        return network.storedParameterCount();
    }

    /** Copies every stored parameter into {@code into}. */
    void saveParameters(double[] into) {
        network.saveParameters(into);
    }

    /** Restores parameters saved by {@link #saveParameters}. */
    void restoreParameters(double[] from) {
        network.restoreParameters(from);
    }

    /** {@link LayerFunctions#tanh}: tanh within a few units in the last place, about five times faster than Math's. */
    static double tanh(double x) {
        return LayerFunctions.tanh(x);
    }
}

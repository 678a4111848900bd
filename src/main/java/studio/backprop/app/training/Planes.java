package studio.backprop.app.training;

import java.util.ArrayList;
import java.util.List;
import studio.backprop.core.nn.Activation;
import studio.backprop.core.nn.Dataset;
import studio.backprop.core.nn.Loss;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.Sample;
import studio.backprop.core.train.FastNetwork;

/** Computes {@link Plane}s: any neuron's output over the input plane, on the training thread's fast path. */
public final class Planes {
    /** Grid points per side of the heatmap. */
    public static final int RESOLUTION = 60;

    private Planes() { }

    /** The square region [min, max]² that holds every input of the data set with a margin of a tenth. */
    public static double[] bounds(Dataset data) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        List<Sample> all = new ArrayList<>(data.train());
        all.addAll(data.test());
        for (Sample sample : all) {
            for (int k = 0; k < Math.min(2, sample.inputCount()); k++) {
                min = Math.min(min, sample.input(k));
                max = Math.max(max, sample.input(k));
            }
        }
        if (!(max > min)) {
            min = Double.isFinite(min) ? min - 1 : -1;
            max = min + 2;
        }
        double margin = (max - min) / 10;
        return new double[] {min - margin, max + margin};
    }

    /**
     * The output of {@code neuron} over [min, max]² sampled at {@code resolution}² points, for a network
     * with two inputs.
     */
    public static Plane compute(NetworkSpec spec, Neuron neuron, double min, double max, int resolution) {
        if (spec.size(0) != 2) throw new IllegalArgumentException("a plane needs a network with 2 inputs, not " + spec.size(0));
        int top = spec.layerCount() - 1;
        if (neuron.layer() > top || neuron.index() >= spec.size(neuron.layer())) {
            throw new IllegalArgumentException("the network has no neuron " + (neuron.index() + 1) + " in layer " + neuron.layer());
        }
        boolean wholeOutput = neuron.layer() == top && spec.activation(top) == Activation.SOFTMAX;
        FastNetwork network = new FastNetwork(wholeOutput ? spec.withLoss(Loss.HALF_SSE) : upTo(spec, neuron));
        int output = wholeOutput ? neuron.index() : 0;
        double[] values = new double[resolution * resolution];
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        double[] input = new double[2];
        for (int row = 0; row < resolution; row++) {
            input[1] = max - (max - min) * row / (resolution - 1);
            for (int column = 0; column < resolution; column++) {
                input[0] = min + (max - min) * column / (resolution - 1);
                double value = network.predict(input)[output];
                values[row * resolution + column] = value;
                if (Double.isFinite(value)) {
                    lowest = Math.min(lowest, value);
                    highest = Math.max(highest, value);
                }
            }
        }
        double low;
        double high;
        switch (spec.activation(neuron.layer())) {
            case SIGMOID, SOFTMAX -> { low = 0; high = 1; }
            case TANH -> { low = -1; high = 1; }
            default -> {
                low = Double.isFinite(lowest) ? lowest : 0;
                high = Double.isFinite(highest) && highest > low ? highest : low + 1;
            }
        }
        return new Plane(neuron, resolution, min, max, min, max, low, high, values);
    }

    /** The network cut after {@code neuron}'s layer, with that layer reduced to the one neuron. */
    static NetworkSpec upTo(NetworkSpec spec, Neuron neuron) {
        int layers = neuron.layer();
        int[] sizes = new int[layers + 1];
        for (int l = 0; l < layers; l++) sizes[l] = spec.size(l);
        sizes[layers] = 1;
        double[][][] weights = new double[layers][][];
        double[][] biases = new double[layers][];
        double[][][] all = spec.weights();
        double[][] allBiases = spec.biases();
        for (int l = 0; l < layers - 1; l++) {
            weights[l] = all[l];
            biases[l] = allBiases[l];
        }
        weights[layers - 1] = new double[][] {all[layers - 1][neuron.index()]};
        biases[layers - 1] = new double[] {allBiases[layers - 1][neuron.index()]};
        return new NetworkSpec(sizes, spec.activations().subList(0, layers), Loss.HALF_SSE, spec.biasMode(),
                spec.updateBiases(), spec.learningRate(), spec.updateOrder(), weights, biases);
    }
}

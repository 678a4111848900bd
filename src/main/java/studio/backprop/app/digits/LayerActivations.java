package studio.backprop.app.digits;

import studio.backprop.core.nn.Activation;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.train.FastNetwork;

/** Every layer's outputs for one input, for lighting the layers up: [layer][neuron], the inputs first. */
public final class LayerActivations {
    private LayerActivations() { }

    /** The forward pass layer by layer; the output layer comes from {@link FastNetwork#predict}. */
    public static double[][] of(NetworkSpec spec, FastNetwork network, double[] inputs) {
        int top = spec.layerCount() - 1;
        double[][] outs = new double[spec.layerCount()][];
        outs[0] = inputs.clone();
        for (int l = 1; l < top; l++) {
            outs[l] = new double[spec.size(l)];
            for (int j = 0; j < outs[l].length; j++) {
                double net = spec.bias(l - 1, j);
                for (int k = 0; k < outs[l - 1].length; k++) net += spec.weight(l - 1, j, k) * outs[l - 1][k];
                outs[l][j] = hidden(spec.activation(l), net);
            }
        }
        outs[top] = network.predict(inputs);
        return outs;
    }

    private static double hidden(Activation activation, double net) {
        return switch (activation) {
            case RELU -> Math.max(0, net);
            case SIGMOID -> 1 / (1 + Math.exp(-net));
            case TANH -> Math.tanh(net);
            case LINEAR -> net;
            case SOFTMAX -> throw new IllegalArgumentException("softmax is for the output layer only");
        };
    }
}

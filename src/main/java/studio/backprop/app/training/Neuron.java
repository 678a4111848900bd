package studio.backprop.app.training;

/**
 * One neuron of the network being trained.
 *
 * @param layer the layer, 1 (first hidden layer) to the output layer
 * @param index the neuron within its layer, from 0
 */
public record Neuron(int layer, int index) {
    public Neuron {
        if (layer < 1 || index < 0) throw new IllegalArgumentException("no neuron " + index + " in layer " + layer);
    }
}

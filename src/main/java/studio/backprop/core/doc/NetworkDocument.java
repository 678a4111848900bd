package studio.backprop.core.doc;

import studio.backprop.core.nn.Dataset;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.problem.ProblemException;

/**
 * A network with its data.
 *
 * @param name    the preset or file it came from ("mazur")
 * @param network layers, weights and conventions
 * @param data    training (and test) samples
 * @param sample  which training sample the stepped pass shows
 */
public record NetworkDocument(String name, NetworkSpec network, Dataset data, int sample) implements Document {
    public NetworkDocument {
        if (sample < 0 || sample >= data.train().size()) {
            throw new ProblemException("edit.noSample", sample);
        }
    }

    public NetworkDocument withNetwork(NetworkSpec newNetwork) {
        return new NetworkDocument(name, newNetwork, data, sample);
    }
}

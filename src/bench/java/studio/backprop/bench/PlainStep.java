package studio.backprop.bench;

import studio.backprop.core.graph.Op;

/** The lecture's SGD step written out by hand: the reference the core's step is measured against. */
final class PlainStep {
    private PlainStep() { }

    /**
     * One exact SGD step of the 2-2-2 sigmoid network with ½-squared error and fixed biases, written out:
     * w = {w1 … w8} as in the lecture (w1, w2 into h1; w3, w4 into h2; w5, w6 into o1; w7, w8 into o2).
     * Every gradient uses the weights before the update. Returns out_o1 before the update.
     */
    static double step(double[] w, double b1, double b2, double i1, double i2, double t1, double t2, double rate) {
        double h1 = Op.sigmoid(w[0] * i1 + w[1] * i2 + b1);
        double h2 = Op.sigmoid(w[2] * i1 + w[3] * i2 + b1);
        double o1 = Op.sigmoid(w[4] * h1 + w[5] * h2 + b2);
        double o2 = Op.sigmoid(w[6] * h1 + w[7] * h2 + b2);
        double deltaO1 = (o1 - t1) * o1 * (1 - o1);
        double deltaO2 = (o2 - t2) * o2 * (1 - o2);
        double deltaH1 = (deltaO1 * w[4] + deltaO2 * w[6]) * h1 * (1 - h1);
        double deltaH2 = (deltaO1 * w[5] + deltaO2 * w[7]) * h2 * (1 - h2);
        w[4] -= rate * deltaO1 * h1;
        w[5] -= rate * deltaO1 * h2;
        w[6] -= rate * deltaO2 * h1;
        w[7] -= rate * deltaO2 * h2;
        w[0] -= rate * deltaH1 * i1;
        w[1] -= rate * deltaH1 * i2;
        w[2] -= rate * deltaH2 * i1;
        w[3] -= rate * deltaH2 * i2;
        return o1;
    }
}

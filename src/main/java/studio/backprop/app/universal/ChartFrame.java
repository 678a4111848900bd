package studio.backprop.app.universal;

import java.util.List;
import studio.backprop.core.nn.Bumps;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.TargetCurve;

/**
 * Where the bump chart puts [0, 1] × [yMin, yMax] on a canvas of a given size, and which handle lies under
 * a point: pure, so the mapping and the hit-testing are tested without a window.
 *
 * @param width  canvas width
 * @param height canvas height
 * @param yMin   the lowest value shown
 * @param yMax   the highest value shown
 */
record ChartFrame(double width, double height, double yMin, double yMax) {
    static final double LEFT = 48;
    static final double RIGHT = 16;
    static final double TOP = 14;
    static final double BOTTOM = 40;
    /** Step handles sit this far below the plot, on the x axis. */
    static final double STEP_HANDLE_DROP = 14;
    /** A press this close to a handle grabs it. */
    static final double GRAB = 9;

    /** What a press grabbed: the step of hidden neuron {@code index} or the height of bump {@code index}. */
    record Handle(Kind kind, int index) {
        enum Kind { STEP, HEIGHT }
    }

    /** The frame that shows the target and the network with a margin, never less than [−0.2, 1.2]. */
    static ChartFrame fitting(double width, double height, TargetCurve target, NetworkSpec network) {
        double low = -0.2;
        double high = 1.2;
        for (double v : target.values()) {
            low = Math.min(low, v - 0.1);
            high = Math.max(high, v + 0.1);
        }
        for (int i = 0; i < Bumps.pairs(network); i++) {
            double h = network.weight(1, 0, 2 * i);
            low = Math.min(low, h - 0.1);
            high = Math.max(high, h + 0.1);
        }
        return new ChartFrame(width, height, low, high);
    }

    double plotWidth() { return Math.max(1, width - LEFT - RIGHT); }

    double plotHeight() { return Math.max(1, height - TOP - BOTTOM); }

    double toX(double x) { return LEFT + x * plotWidth(); }

    double toY(double y) { return TOP + (yMax - y) / (yMax - yMin) * plotHeight(); }

    double fromX(double px) { return (px - LEFT) / plotWidth(); }

    double fromY(double py) { return yMax - (py - TOP) / plotHeight() * (yMax - yMin); }

    /** The y of the step handles, just below the plot. */
    double stepHandleY() { return TOP + plotHeight() + STEP_HANDLE_DROP; }

    /** The point of bump i's height handle: the middle of its two steps, at its height. */
    double[] heightHandle(NetworkSpec network, int i) {
        double s0 = Bumps.step(network, 2 * i).position();
        double s1 = Bumps.step(network, 2 * i + 1).position();
        double middle = Double.isNaN(s0) || Double.isNaN(s1) ? 0.5 : (s0 + s1) / 2;
        return new double[] {toX(Math.max(0, Math.min(1, middle))), toY(network.weight(1, 0, 2 * i))};
    }

    /** The handle under (px, py): heights first (they sit on the curves), then steps; null for none. */
    Handle hit(NetworkSpec network, double px, double py) {
        int pairs = Bumps.pairs(network);
        for (int i = 0; i < pairs; i++) {
            double[] at = heightHandle(network, i);
            if (Math.hypot(px - at[0], py - at[1]) <= GRAB) return new Handle(Handle.Kind.HEIGHT, i);
        }
        if (Math.abs(py - stepHandleY()) <= GRAB) {
            List<Bumps.Step> steps = Bumps.steps(network);
            int best = -1;
            double nearest = GRAB;
            for (int j = 0; j < steps.size(); j++) {
                double s = steps.get(j).position();
                if (Double.isNaN(s)) continue;
                double d = Math.abs(px - toX(Math.max(0, Math.min(1, s))));
                if (d <= nearest) {
                    nearest = d;
                    best = j;
                }
            }
            if (best >= 0) return new Handle(Handle.Kind.STEP, best);
        }
        return null;
    }
}

package studio.backprop.core.data;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import studio.backprop.core.nn.Dataset;
import studio.backprop.core.nn.Sample;
import studio.backprop.core.problem.Choice;
import studio.backprop.core.problem.ProblemException;

/**
 * Small data sets: the lecture's single sample, the four XOR points, and the 2-D classification
 * sets of TensorFlow Playground ({@code dataset.ts}), generated from a seed.
 *
 * <p>The 2-D sets follow Playground's recipes in its coordinates (points within about ±5.5), then
 * divide every coordinate by {@link #SCALE} = 6, the half-width of Playground's plotted domain
 * [−6, 6], so the inputs lie in roughly [−1, 1] (the Gaussian clusters' rare far tails excepted)
 * and sigmoid or tanh neurons start out of saturation. Playground's labels −1 / +1 become targets
 * 0 / 1, one value per sample, for a sigmoid output; {@link #oneHot(Dataset)} turns them into two
 * targets for a softmax output. Half of the points are drawn for each class (class 1 gets the odd
 * one), the whole set is shuffled, and the last {@code round(count · testFraction)} points become the
 * test set. The same seed gives the same data.
 */
public final class Datasets {
    /** Playground's coordinates are divided by this to give the inputs. */
    public static final double SCALE = 6;
    /** The largest noise Playground's slider offers. */
    public static final double MAX_NOISE = 0.5;

    private Datasets() { }

    /** The four shapes of 2-D classification data. */
    public enum Shape implements Choice {
        /** A disc of radius 2.5 (label 1) inside a ring from 3.5 to 5 (label 0). */
        CIRCLE,
        /** Uniform points in four quadrants; label 1 where x and y have the same sign. */
        XOR_QUADRANTS,
        /** Two Gaussian clusters around (2, 2) (label 1) and (−2, −2) (label 0). */
        GAUSSIAN,
        /** Two interleaved spirals, each 1.75 turns long (labels 1 and 0). */
        SPIRAL;
    }

    /** The lecture's single sample: inputs (0.05, 0.10), targets (0.01, 0.99); no test set. */
    public static Dataset lecture() {
        return Dataset.single("lecture", new Sample(new double[] {0.05, 0.10}, new double[] {0.01, 0.99}));
    }

    /** The four exact XOR points (0,0)→0, (0,1)→1, (1,0)→1, (1,1)→0; no test set. */
    public static Dataset xor() {
        List<Sample> points = List.of(
                new Sample(new double[] {0, 0}, new double[] {0}),
                new Sample(new double[] {0, 1}, new double[] {1}),
                new Sample(new double[] {1, 0}, new double[] {1}),
                new Sample(new double[] {1, 1}, new double[] {0}));
        return new Dataset("xor", points, List.of());
    }

    /** Playground's circle data. See {@link #generate}. */
    public static Dataset circle(int count, double noise, long seed, double testFraction) {
        return generate(Shape.CIRCLE, count, noise, seed, testFraction);
    }

    /** Playground's XOR data (four quadrants). See {@link #generate}. */
    public static Dataset xorQuadrants(int count, double noise, long seed, double testFraction) {
        return generate(Shape.XOR_QUADRANTS, count, noise, seed, testFraction);
    }

    /** Playground's two Gaussians. See {@link #generate}. */
    public static Dataset gaussian(int count, double noise, long seed, double testFraction) {
        return generate(Shape.GAUSSIAN, count, noise, seed, testFraction);
    }

    /** Playground's spiral data. See {@link #generate}. */
    public static Dataset spiral(int count, double noise, long seed, double testFraction) {
        return generate(Shape.SPIRAL, count, noise, seed, testFraction);
    }

    /**
     * Generates a 2-D classification set with one target in {0, 1}, named by {@link Shape#id()}.
     *
     * @param count        number of points, at least 2
     * @param noise        0 … {@link #MAX_NOISE}, used as Playground uses it for that shape
     * @param seed         the same seed gives the same points
     * @param testFraction share of points held out for testing, 0 ≤ fraction < 1
     */
    public static Dataset generate(Shape shape, int count, double noise, long seed, double testFraction) {
        if (count < 2) throw new ProblemException("dataset.tooFewPoints", count);
        if (!(noise >= 0 && noise <= MAX_NOISE)) {
            throw new ProblemException("dataset.noise", MAX_NOISE, noise);
        }
        SplittableRandom random = new SplittableRandom(seed);
        int negatives = count / 2;
        int positives = count - negatives;
        List<Sample> points = new ArrayList<>(count);
        switch (shape) {
            case CIRCLE -> circle(points, positives, negatives, noise, random);
            case XOR_QUADRANTS -> quadrants(points, count, noise, random);
            case GAUSSIAN -> gaussians(points, positives, negatives, noise, random);
            case SPIRAL -> spirals(points, positives, negatives, noise, random);
        }
        return split(shape.id(), points, testFraction, random);
    }

    /**
     * Shuffles {@code samples} with the seed and holds out the last {@code round(n · testFraction)} of
     * them (at most n − 1) as the test set.
     */
    public static Dataset split(String name, List<Sample> samples, double testFraction, long seed) {
        return split(name, samples, testFraction, new SplittableRandom(seed));
    }

    /**
     * Two targets (1 − t, t) for each single target t ∈ {0, 1}: target k is 1 for class k, as a softmax
     * output with cross-entropy expects.
     */
    public static Dataset oneHot(Dataset binary) {
        return new Dataset(binary.name(), oneHot(binary.train()), oneHot(binary.test()));
    }

    private static List<Sample> oneHot(List<Sample> samples) {
        List<Sample> encoded = new ArrayList<>(samples.size());
        for (Sample sample : samples) {
            if (sample.targetCount() != 1 || (sample.target(0) != 0 && sample.target(0) != 1)) {
                throw new ProblemException("dataset.oneHot", sample);
            }
            double t = sample.target(0);
            encoded.add(new Sample(sample.inputs(), new double[] {1 - t, t}));
        }
        return encoded;
    }

    static Dataset split(String name, List<Sample> samples, double testFraction, SplittableRandom random) {
        if (!(testFraction >= 0 && testFraction < 1)) {
            throw new ProblemException("dataset.testFraction", testFraction);
        }
        if (samples.isEmpty()) throw new ProblemException("dataset.noSamples");
        List<Sample> shuffled = new ArrayList<>(samples);
        Randoms.shuffle(shuffled, random);
        int testCount = Math.min((int) Math.round(shuffled.size() * testFraction), shuffled.size() - 1);
        int trainCount = shuffled.size() - testCount;
        return new Dataset(name, shuffled.subList(0, trainCount), shuffled.subList(trainCount, shuffled.size()));
    }

    /** classifyCircleData: the label is decided at a noisy copy of the point, the clean point is kept. */
    private static void circle(List<Sample> points, int positives, int negatives, double noise, SplittableRandom random) {
        double radius = 5;
        for (int i = 0; i < positives + negatives; i++) {
            boolean inside = i < positives;
            double r = inside ? Randoms.uniform(random, 0, radius * 0.5) : Randoms.uniform(random, radius * 0.7, radius);
            double angle = Randoms.uniform(random, 0, 2 * Math.PI);
            double x = r * Math.sin(angle);
            double y = r * Math.cos(angle);
            double noiseX = Randoms.uniform(random, -radius, radius) * noise;
            double noiseY = Randoms.uniform(random, -radius, radius) * noise;
            int label = Math.hypot(x + noiseX, y + noiseY) < radius * 0.5 ? 1 : 0;
            points.add(point(x, y, label));
        }
    }

    /** classifyXORData: uniform in ±5, pushed 0.3 away from the axes; the label is read at a noisy copy. */
    private static void quadrants(List<Sample> points, int count, double noise, SplittableRandom random) {
        double padding = 0.3;
        for (int i = 0; i < count; i++) {
            double x = Randoms.uniform(random, -5, 5);
            x += x > 0 ? padding : -padding;
            double y = Randoms.uniform(random, -5, 5);
            y += y > 0 ? padding : -padding;
            double noiseX = Randoms.uniform(random, -5, 5) * noise;
            double noiseY = Randoms.uniform(random, -5, 5) * noise;
            int label = (x + noiseX) * (y + noiseY) >= 0 ? 1 : 0;
            points.add(point(x, y, label));
        }
    }

    /** classifyTwoGaussData: the variance grows linearly from 0.5 (noise 0) to 4 (noise 0.5). */
    private static void gaussians(List<Sample> points, int positives, int negatives, double noise, SplittableRandom random) {
        double deviation = Math.sqrt(0.5 + noise / MAX_NOISE * 3.5);
        for (int i = 0; i < positives + negatives; i++) {
            boolean positive = i < positives;
            double centre = positive ? 2 : -2;
            double x = centre + deviation * Randoms.gaussian(random);
            double y = centre + deviation * Randoms.gaussian(random);
            points.add(point(x, y, positive ? 1 : 0));
        }
    }

    /** classifySpiralData: radius grows to 5 over 1.75 turns; the second spiral is turned by π. */
    private static void spirals(List<Sample> points, int positives, int negatives, double noise, SplittableRandom random) {
        spiral(points, positives, 0, 1, noise, random);
        spiral(points, negatives, Math.PI, 0, noise, random);
    }

    private static void spiral(List<Sample> points, int n, double deltaT, int label, double noise, SplittableRandom random) {
        for (int i = 0; i < n; i++) {
            double r = (double) i / n * 5;
            double t = 1.75 * i / n * 2 * Math.PI + deltaT;
            double x = r * Math.sin(t) + Randoms.uniform(random, -1, 1) * noise;
            double y = r * Math.cos(t) + Randoms.uniform(random, -1, 1) * noise;
            points.add(point(x, y, label));
        }
    }

    private static Sample point(double x, double y, int label) {
        return new Sample(new double[] {x / SCALE, y / SCALE}, new double[] {label});
    }
}

package studio.backprop.core.train;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import studio.backprop.core.expr.Expression;
import studio.backprop.core.graph.Backprop;
import studio.backprop.core.graph.EvaluationException;
import studio.backprop.core.graph.Graph;
import studio.backprop.core.graph.Trace;
import studio.backprop.core.nn.Element;
import studio.backprop.core.nn.LoweredNetwork;
import studio.backprop.core.nn.Lowering;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.NetworkSpecs;
import studio.backprop.core.nn.Sample;

/**
 * Checks back-propagation against central differences (E(p + h) − E(p − h)) / 2h on the graph path, for
 * every parameter, with the loss averaged over the given samples. A row passes when its relative error
 * |analytic − numeric| / max(|analytic|, |numeric|) is within the tolerance, or the absolute difference is
 * within the absolute floor (gradients near zero).
 */
public final class GradientCheck {
    /** Default finite-difference step. */
    public static final double DEFAULT_STEP = 1e-5;
    /** Default relative tolerance. */
    public static final double DEFAULT_TOLERANCE = 1e-6;
    /** Default absolute floor: smaller differences pass whatever their relative size. */
    public static final double DEFAULT_FLOOR = 1e-9;

    private GradientCheck() { }

    /**
     * One parameter's check.
     *
     * @param name          the lecture's name (w5, b1)
     * @param parameter     the weight or bias
     * @param analytic      ∂E/∂p from back-propagation
     * @param numeric       ∂E/∂p from central differences
     * @param relativeError |analytic − numeric| / max(|analytic|, |numeric|), 0 when both are 0
     * @param pass          whether the row is within the tolerance or the floor
     */
    public record Row(String name, Element parameter, double analytic, double numeric, double relativeError, boolean pass) { }

    /** All rows and the settings they were checked with. */
    public record Report(List<Row> rows, double step, double tolerance, double absoluteFloor) {
        public Report {
            rows = List.copyOf(rows);
        }

        /** Whether every row passed. */
        public boolean passed() {
            return rows.stream().allMatch(Row::pass);
        }

        /** The row with the largest relative error. */
        public Row worst() {
            return rows.stream().max(Comparator.comparingDouble(Row::relativeError)).orElseThrow();
        }
    }

    /** Checks every parameter with the default step, tolerance and floor. */
    public static Report check(NetworkSpec spec, List<Sample> samples) {
        return check(spec, samples, DEFAULT_STEP, DEFAULT_TOLERANCE, DEFAULT_FLOOR);
    }

    /** Checks every parameter with the given settings. */
    public static Report check(NetworkSpec spec, List<Sample> samples, double step, double tolerance, double floor) {
        return compare(spec, analyticGradient(spec, samples), numericGradient(spec, samples, step), step, tolerance, floor);
    }

    /**
     * Checks the parameters at the given positions of {@link NetworkSpecs#parameters(NetworkSpec)} only, with the
     * default settings: back-propagation through the graph once per sample, and the central differences of the
     * loss for these parameters alone, on the fast array path (so a large network costs two forward passes a
     * checked parameter, not two rebuilt graphs).
     */
    public static Report check(NetworkSpec spec, List<Sample> samples, int[] positions) {
        requireSamples(samples);
        List<Element> parameters = NetworkSpecs.parameters(spec);
        double[] analytic = new double[positions.length];
        for (Sample sample : samples) {
            LoweredNetwork network = Lowering.lower(spec, sample);
            Trace trace = Backprop.evaluate(network.graph());
            List<Integer> ids = network.parameterNodes();
            for (int i = 0; i < positions.length; i++) analytic[i] += trace.gradient(ids.get(positions[i]));
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < positions.length; i++) {
            Element parameter = parameters.get(positions[i]);
            double value = NetworkSpecs.value(spec, parameter);
            FastNetwork up = new FastNetwork(NetworkSpecs.with(spec, parameter, value + DEFAULT_STEP));
            FastNetwork down = new FastNetwork(NetworkSpecs.with(spec, parameter, value - DEFAULT_STEP));
            double numeric = 0;
            for (Sample sample : samples) numeric += (up.loss(sample) - down.loss(sample)) / (2 * DEFAULT_STEP);
            rows.add(row(NetworkSpecs.name(spec, parameter), parameter, analytic[i] / samples.size(), numeric / samples.size(),
                    DEFAULT_TOLERANCE, DEFAULT_FLOOR));
        }
        return new Report(rows, DEFAULT_STEP, DEFAULT_TOLERANCE, DEFAULT_FLOOR);
    }

    /**
     * Checks an expression's variables (an even sample of at most {@code limit}) against central differences,
     * with the default settings: one forward and backward pass, then two forward passes a checked variable, on
     * the graph without its steps, so a long expression stays quick.
     *
     * @throws studio.backprop.core.expr.ExpressionException placed at the operation whose value or gradient fails
     */
    public static Report check(Expression expression, Map<String, Double> values, int limit) {
        List<String> variables = expression.variables();
        List<Row> rows = new ArrayList<>();
        try {
            Trace trace = Backprop.evaluate(expression.toGraph(values));
            for (int position : evenSample(variables.size(), limit)) {
                String variable = variables.get(position);
                double value = values.get(variable);
                Map<String, Double> up = new HashMap<>(values);
                Map<String, Double> down = new HashMap<>(values);
                up.put(variable, value + DEFAULT_STEP);
                down.put(variable, value - DEFAULT_STEP);
                double numeric = (Backprop.evaluate(expression.toGraph(up)).outputValue()
                        - Backprop.evaluate(expression.toGraph(down)).outputValue()) / (2 * DEFAULT_STEP);
                rows.add(row(variable, null, trace.gradient(variable), numeric, DEFAULT_TOLERANCE, DEFAULT_FLOOR));
            }
        } catch (EvaluationException e) {
            throw expression.explain(e);
        }
        return new Report(rows, DEFAULT_STEP, DEFAULT_TOLERANCE, DEFAULT_FLOOR);
    }

    /**
     * {@code count} positions spread evenly over {@code total} parameters, the first and the last included
     * (every position when {@code count ≥ total}).
     */
    public static int[] evenSample(int total, int count) {
        int n = Math.min(total, count);
        int[] positions = new int[n];
        for (int i = 0; i < n; i++) positions[i] = n == 1 ? 0 : (int) ((long) i * (total - 1) / (n - 1));
        return positions;
    }

    /**
     * Compares an analytic gradient vector with a numeric one, both in
     * {@link NetworkSpecs#parameters(NetworkSpec)} order.
     */
    public static Report compare(NetworkSpec spec, double[] analytic, double[] numeric, double step, double tolerance,
                                 double floor) {
        if (!(step > 0) || !(tolerance > 0) || !(floor >= 0)) {
            throw new IllegalArgumentException("gradient check needs a positive step and tolerance and a non-negative floor, not h = "
                    + step + ", tolerance = " + tolerance + ", floor = " + floor);
        }
        List<Element> parameters = NetworkSpecs.parameters(spec);
        if (analytic.length != parameters.size() || numeric.length != parameters.size()) {
            throw new IllegalArgumentException("the network has " + parameters.size() + " parameters, but the gradients have "
                    + analytic.length + " and " + numeric.length + " entries");
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            rows.add(row(NetworkSpecs.name(spec, parameters.get(i)), parameters.get(i), analytic[i], numeric[i], tolerance, floor));
        }
        return new Report(rows, step, tolerance, floor);
    }

    /**
     * One compared pair: relative error |a − n| / max(|a|, |n|); it passes within the tolerance or when the
     * absolute difference is below the floor.
     */
    public static Row row(String name, Element parameter, double analytic, double numeric, double tolerance, double floor) {
        double difference = Math.abs(analytic - numeric);
        double scale = Math.max(Math.abs(analytic), Math.abs(numeric));
        double relative = scale == 0 ? 0 : difference / scale;
        boolean pass = relative <= tolerance || difference <= floor;
        return new Row(name, parameter, analytic, numeric, relative, pass);
    }

    /** ∂(mean loss)/∂p by back-propagation through the lowered graph, in parameter order. */
    public static double[] analyticGradient(NetworkSpec spec, List<Sample> samples) {
        requireSamples(samples);
        double[] sum = new double[NetworkSpecs.parameters(spec).size()];
        for (Sample sample : samples) {
            LoweredNetwork network = Lowering.lower(spec, sample);
            Trace trace = Backprop.evaluate(network.graph());
            List<Integer> ids = network.parameterNodes();
            for (int i = 0; i < sum.length; i++) sum[i] += trace.gradient(ids.get(i));
        }
        for (int i = 0; i < sum.length; i++) sum[i] /= samples.size();
        return sum;
    }

    /** ∂(mean loss)/∂p by central differences of the graph's forward pass, in parameter order. */
    public static double[] numericGradient(NetworkSpec spec, List<Sample> samples, double step) {
        requireSamples(samples);
        double[] sum = new double[NetworkSpecs.parameters(spec).size()];
        for (Sample sample : samples) {
            LoweredNetwork network = Lowering.lower(spec, sample);
            Graph graph = network.graph();
            List<Integer> ids = network.parameterNodes();
            for (int i = 0; i < sum.length; i++) {
                String name = graph.node(ids.get(i)).name();
                double value = graph.node(ids.get(i)).value();
                double up = Backprop.evaluate(graph.withValues(Map.of(name, value + step))).outputValue();
                double down = Backprop.evaluate(graph.withValues(Map.of(name, value - step))).outputValue();
                sum[i] += (up - down) / (2 * step);
            }
        }
        for (int i = 0; i < sum.length; i++) sum[i] /= samples.size();
        return sum;
    }

    private static void requireSamples(List<Sample> samples) {
        if (samples.isEmpty()) throw new IllegalArgumentException("a gradient check needs at least one sample");
    }
}

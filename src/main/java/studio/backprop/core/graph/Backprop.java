package studio.backprop.core.graph;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import studio.backprop.core.problem.Problem;

/**
 * Forward and reverse-mode backward passes over a {@link Graph}, micrograd's algorithm: values in
 * topological order, then the chain rule in reverse, each node adding upstream · local into its
 * inputs, so a value used on several paths receives the sum of the paths.
 */
public final class Backprop {
    private Backprop() { }

    /** Forward, backward and the generic steps (one per computed value, one per gradient). */
    public static Trace run(Graph graph) {
        Trace numbers = evaluate(graph);
        return numbers.withSteps(genericSteps(numbers), Map.of());
    }

    /**
     * Forward and backward only, no steps.
     *
     * @throws EvaluationException naming the node where a value leaves its op's domain or overflows, or the
     *         gradient where the backward pass overflows
     */
    public static Trace evaluate(Graph graph) {
        return evaluate(graph, 1);
    }

    /**
     * Forward and backward with the output's gradient seeded by {@code seed} instead of 1: the gradient that
     * arrives at this graph's output from a larger graph around it (used to draw a piece of a graph on its own,
     * with the gradients it has inside the whole).
     */
    public static Trace evaluate(Graph graph, double seed) {
        int n = graph.size();
        double[] values = new double[n];
        double[][] locals = new double[n][];
        for (Node node : graph.nodes()) {
            int id = node.id();
            if (node.isLeaf()) {
                values[id] = node.value();
                locals[id] = new double[0];
                if (!Double.isFinite(node.value())) {
                    throw new EvaluationException(node.name(), Problem.of("graph.notFinite", node.name(), node.value()));
                }
                continue;
            }
            List<Integer> inputs = node.inputs();
            double[] in = new double[inputs.size()];
            for (int k = 0; k < in.length; k++) in[k] = values[inputs.get(k)];
            Op op = node.op();
            Problem domainError = op.domainError(in);
            if (domainError != null) {
                throw new EvaluationException(node.name(), Problem.of("graph.domainAt", domainError, node.name(), describe(node, graph, in)));
            }
            double value = op.value(in);
            if (!Double.isFinite(value)) {
                throw new EvaluationException(node.name(), Problem.of("graph.overflow", node.name(), describe(node, graph, in)));
            }
            values[id] = value;
            double[] local = new double[in.length];
            for (int k = 0; k < in.length; k++) local[k] = op.localGradient(in, value, k);
            locals[id] = local;
        }
        double[] gradients = new double[n];
        gradients[graph.output()] = seed;
        for (int id = graph.output(); id >= 0; id--) {
            double upstream = gradients[id];
            if (upstream == 0) continue;
            List<Integer> inputs = graph.node(id).inputs();
            for (int k = 0; k < inputs.size(); k++) {
                double contribution = upstream * locals[id][k];
                gradients[inputs.get(k)] += contribution;
                if (!Double.isFinite(gradients[inputs.get(k)])) throw gradientOverflow(graph, id, inputs.get(k), upstream, locals[id][k]);
            }
        }
        return new Trace(graph, values, locals, gradients, List.of(), Map.of());
    }

    /** A gradient that left the doubles, named as its step: {@code ∂f/∂x = ∂f/∂f · ∂f/∂x = 1 · ∞}. */
    private static EvaluationException gradientOverflow(Graph graph, int consumer, int input, double upstream, double local) {
        String out = graph.outputNode().name();
        String of = graph.node(input).name();
        String via = graph.node(consumer).name();
        return new EvaluationException(of, Problem.of("graph.gradientOverflow", "∂" + out + "/∂" + of + " = ∂" + out + "/∂" + via
                + " · ∂" + via + "/∂" + of + " = " + NumberStyle.LECTURE.format(upstream) + " · " + NumberStyle.LECTURE.format(local)));
    }

    private static String describe(Node node, Graph graph, double[] in) {
        List<Formula> args = new ArrayList<>();
        for (double v : in) args.add(Formula.num(v));
        return Formula.apply(node.op(), args).toText(NumberStyle.LECTURE);
    }

    /** The steps of any graph: each computed value in order, then each gradient from the output back. */
    public static List<Step> genericSteps(Trace trace) {
        Graph graph = trace.graph();
        List<Step> steps = new ArrayList<>();
        for (Node node : graph.nodes()) {
            if (node.isLeaf() || node.id() > graph.output()) continue;
            steps.add(new Step(steps.size(), Phase.FORWARD, node.id(), withInputs(node), Step.Quantity.VALUE,
                    forwardEquation(trace, node), List.of()));
        }
        Node output = graph.outputNode();
        Formula out = Formula.symbol(output.name());
        steps.add(new Step(steps.size(), Phase.BACKWARD, output.id(), List.of(output.id()), Step.Quantity.GRADIENT,
                new Equation(Formula.partial(out, out), null, null, 1), List.of()));
        for (int id = graph.output() - 1; id >= 0; id--) {
            Node node = graph.node(id);
            if (node.kind() == Node.Kind.CONSTANT || !trace.reachesOutput(id)) continue;
            List<Contribution> paths = trace.contributions(id);
            List<Integer> touched = new ArrayList<>();
            touched.add(id);
            for (Contribution c : paths) touched.add(c.consumer());
            steps.add(new Step(steps.size(), Phase.BACKWARD, id, touched, Step.Quantity.GRADIENT,
                    backwardEquation(trace, node, paths), paths.size() > 1 ? paths : List.of()));
        }
        return steps;
    }

    /** The node followed by its inputs, for highlighting. */
    private static List<Integer> withInputs(Node node) {
        Set<Integer> ids = new LinkedHashSet<>();
        ids.add(node.id());
        ids.addAll(node.inputs());
        return List.copyOf(ids);
    }

    /** {@code q = x + y = -2 + 5 = 3}. */
    public static Equation forwardEquation(Trace trace, Node node) {
        Graph graph = trace.graph();
        List<Formula> symbols = new ArrayList<>();
        List<Formula> numbers = new ArrayList<>();
        for (int input : node.inputs()) {
            Node in = graph.node(input);
            symbols.add(in.kind() == Node.Kind.CONSTANT ? Formula.num(in.value()) : Formula.symbol(in.name()));
            numbers.add(Formula.num(trace.value(input)));
        }
        return new Equation(Formula.symbol(node.name()), Formula.apply(node.op(), symbols),
                Formula.apply(node.op(), numbers), trace.value(node.id()));
    }

    /**
     * {@code ∂f/∂x = ∂f/∂q · ∂q/∂x = -4 · 1 = -4}; at a fork, the sum over the paths. A consumer that is
     * the output itself contributes its local derivative formula ({@code ∂f/∂z = q = 3}).
     */
    public static Equation backwardEquation(Trace trace, Node node, List<Contribution> paths) {
        Graph graph = trace.graph();
        Node output = graph.outputNode();
        Formula out = Formula.symbol(output.name());
        Formula self = Formula.symbol(node.name());
        List<Formula> symbolic = new ArrayList<>();
        List<Formula> substituted = new ArrayList<>();
        for (Contribution path : paths) {
            Node consumer = graph.node(path.consumer());
            Formula local = Formula.partial(Formula.symbol(consumer.name()), self);
            if (consumer.id() == output.id()) {
                symbolic.add(localFormula(graph, consumer, node));
                substituted.add(Formula.num(path.local()));
            } else {
                symbolic.add(Formula.product(Formula.partial(out, Formula.symbol(consumer.name())), local));
                substituted.add(Formula.product(Formula.num(path.upstream()), Formula.num(path.local())));
            }
        }
        return new Equation(Formula.partial(out, self), Formula.sum(symbolic), Formula.sum(substituted),
                trace.gradient(node.id()));
    }

    /** d(consumer)/d(node) written over the consumer's inputs, summed when the node is used twice. */
    public static Formula localFormula(Graph graph, Node consumer, Node node) {
        List<Formula> inputs = new ArrayList<>();
        for (int input : consumer.inputs()) {
            Node in = graph.node(input);
            inputs.add(in.kind() == Node.Kind.CONSTANT ? Formula.num(in.value()) : Formula.symbol(in.name()));
        }
        Formula self = Formula.symbol(consumer.name());
        List<Formula> terms = new ArrayList<>();
        for (int k = 0; k < consumer.inputs().size(); k++) {
            if (consumer.inputs().get(k) == node.id()) terms.add(consumer.op().localGradientFormula(inputs, self, k));
        }
        return Formula.sum(terms);
    }
}

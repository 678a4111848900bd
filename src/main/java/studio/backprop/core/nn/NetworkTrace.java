package studio.backprop.core.nn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import studio.backprop.core.graph.Backprop;
import studio.backprop.core.graph.Contribution;
import studio.backprop.core.graph.Equation;
import studio.backprop.core.graph.Formula;
import studio.backprop.core.graph.Graph;
import studio.backprop.core.graph.Node;
import studio.backprop.core.graph.Op;
import studio.backprop.core.graph.Phase;
import studio.backprop.core.graph.Step;
import studio.backprop.core.graph.Trace;

/**
 * One stepped pass of a network as the lecture walks it: the forward pass neuron by neuron, the error
 * terms, the backward pass (for each neuron ∂E_total/∂out, ∂out/∂net, δ, then for each weight ∂net/∂w
 * and ∂E_total/∂w, with hidden-layer gradients as sums over paths), and the update of every weight
 * (and bias, when biases are updated). Every number in a step is read from the trace's arrays.
 *
 * <p>The update phase is always exact SGD from this pass's gradients; the layer-by-layer order is a
 * training option of the fast path. A gate-level network gets the generic steps of its graph.
 */
public final class NetworkTrace {
    /** The learning rate's symbol in update equations. */
    public static final String ETA = "η";

    private NetworkTrace() { }

    /** Lowers {@code spec} on {@code sample} and traces it. */
    public static Trace trace(NetworkSpec spec, Sample sample) {
        return trace(Lowering.lower(spec, sample));
    }

    /**
     * The lecture's walk over a lowered network, with the updates.
     *
     * @throws studio.backprop.core.graph.EvaluationException when the forward pass leaves an op's domain
     */
    public static Trace trace(LoweredNetwork network) {
        Trace numbers = Backprop.evaluate(network.graph());
        Map<Integer, Double> updates = updates(network, numbers);
        if (network.level() == Lowering.Level.GATE) {
            List<Step> steps = new ArrayList<>(Backprop.genericSteps(numbers));
            Walk walk = new Walk(network, numbers, updates);
            walk.updateSteps();
            steps.addAll(walk.steps);
            return numbers.withSteps(steps, updates);
        }
        Walk walk = new Walk(network, numbers, updates);
        walk.forward();
        walk.error();
        walk.backward();
        walk.updateSteps();
        return numbers.withSteps(walk.steps, updates);
    }

    /**
     * The SGD updates p − η·∂E_total/∂p by node id: every weight, and every bias when the spec updates
     * biases. Iterates in {@link NetworkSpecs#parameters} order.
     */
    public static Map<Integer, Double> updates(LoweredNetwork network, Trace trace) {
        Map<Integer, Double> updates = new LinkedHashMap<>();
        double rate = network.spec().learningRate();
        for (int id : updatedParameters(network)) updates.put(id, trace.value(id) - rate * trace.gradient(id));
        return updates;
    }

    /** The spec after this trace's updates (the next pass of the lecture). */
    public static NetworkSpec updatedSpec(LoweredNetwork network, Trace trace) {
        return network.apply(trace.updates());
    }

    private static List<Integer> updatedParameters(LoweredNetwork network) {
        boolean biases = network.spec().updateBiases();
        List<Integer> ids = new ArrayList<>();
        List<Element> parameters = NetworkSpecs.parameters(network.spec());
        for (Element p : parameters) {
            if (p instanceof Element.Weight || biases) ids.add(network.node(p));
        }
        return ids;
    }

    /** Builds the steps of one pass. */
    private static final class Walk {
        private final LoweredNetwork network;
        private final NetworkSpec spec;
        private final Trace trace;
        private final Graph graph;
        private final int top;
        private final Map<Integer, Double> updates;
        private final List<Step> steps = new ArrayList<>();
        /** Per node: where each of its inputs first appears among them (see {@link #inputIndex}). */
        private final Map<Integer, Map<Integer, Integer>> inputIndexes = new HashMap<>();

        Walk(LoweredNetwork network, Trace trace, Map<Integer, Double> updates) {
            this.updates = updates;
            this.network = network;
            this.spec = network.spec();
            this.trace = trace;
            this.graph = network.graph();
            this.top = spec.layerCount() - 1;
        }

        void forward() {
            for (int layer = 1; layer <= top; layer++) {
                for (int j = 0; j < spec.size(layer); j++) valueStep(Phase.FORWARD, network.net(layer, j));
                for (int j = 0; j < spec.size(layer); j++) {
                    int out = network.out(layer, j);
                    if (spec.activation(layer) == Activation.LINEAR) {
                        int net = network.net(layer, j);
                        add(Phase.FORWARD, out, List.of(out, net), Step.Quantity.VALUE,
                                new Equation(sym(out), sym(net), null, trace.value(out)), List.of());
                    } else {
                        valueStep(Phase.FORWARD, out);
                    }
                }
            }
        }

        void error() {
            for (int k = 0; k < spec.size(top); k++) valueStep(Phase.ERROR, network.error(k));
            valueStep(Phase.ERROR, network.total());
        }

        void backward() {
            for (int layer = top; layer >= 1; layer--) {
                for (int j = 0; j < spec.size(layer); j++) {
                    outGradient(layer, j);
                    if (spec.activation(layer) != Activation.SOFTMAX) activationGradient(layer, j);
                    delta(layer, j);
                    for (int k = 0; k < spec.size(layer - 1); k++) weightGradient(layer, j, k);
                    if (spec.updateBiases() && spec.biasMode() == BiasMode.PER_NEURON) neuronBiasGradient(layer, j);
                }
                if (spec.updateBiases() && spec.biasMode() == BiasMode.PER_LAYER) sharedBiasGradient(layer);
            }
        }

        void updateSteps() {
            Formula eta = Formula.symbol(ETA);
            double rate = spec.learningRate();
            Formula total = sym(graph.output());
            List<Integer> ids = new ArrayList<>(updates.keySet());
            List<Integer> ordered = new ArrayList<>();
            for (int layer = top; layer >= 1; layer--) {
                for (int id : ids) if (layerOf(network.element(id)) == layer - 1) ordered.add(id);
            }
            for (int id : ordered) {
                String name = graph.node(id).name();
                double value = trace.value(id);
                double gradient = trace.gradient(id);
                Formula symbolic = Formula.apply(Op.SUB, sym(id),
                        Formula.apply(Op.MUL, eta, Formula.partial(total, sym(id))));
                Formula substituted = Formula.apply(Op.SUB, Formula.num(value),
                        Formula.apply(Op.MUL, Formula.num(rate), Formula.num(gradient)));
                add(Phase.UPDATE, id, List.of(id), Step.Quantity.UPDATE,
                        new Equation(Formula.symbol(name + "⁺"), symbolic, substituted, updates.get(id)), List.of());
            }
        }

        /** ∂E_total/∂out_j: from the loss at the output layer, a sum over paths below it. */
        private void outGradient(int layer, int j) {
            int out = network.out(layer, j);
            Formula lhs = Formula.partial(sym(graph.output()), sym(out));
            if (layer == top) {
                int error = network.error(j);
                int total = graph.output();
                List<Formula> factors = new ArrayList<>();
                if (graph.node(total).op() != Op.ADD) {
                    factors.add(local(total, error));
                }
                factors.add(local(error, out));
                Formula symbolic = Formula.product(factors);
                add(Phase.BACKWARD, out, List.of(out, error, total), Step.Quantity.GRADIENT,
                        new Equation(lhs, symbolic, substitute(symbolic), trace.gradient(out)), List.of());
                return;
            }
            List<Contribution> paths = trace.contributions(out);
            PathSum sum = new PathSum(out);
            for (Contribution path : paths) {
                int net = path.consumer();
                int weight = weightInto(net, out);
                Formula symbolic = Formula.product(delta(net), sym(weight));
                Formula substituted = substituted(path);
                Formula pathLhs = pathSymbol(net, out);
                sum.add(pathLhs, Formula.num(path.product()), net, weight);
                if (paths.size() > 1) {
                    add(Phase.BACKWARD, out, List.of(out, net, weight), Step.Quantity.GRADIENT,
                            new Equation(pathLhs, symbolic, substituted, path.product()), List.of());
                } else {
                    add(Phase.BACKWARD, out, sum.touched, Step.Quantity.GRADIENT,
                            new Equation(lhs, symbolic, substituted, trace.gradient(out)), List.of());
                }
            }
            if (paths.size() > 1) add(Phase.BACKWARD, out, sum.touched, Step.Quantity.GRADIENT, sum.equation(lhs, trace.gradient(out)), paths);
        }

        /** ∂out_j/∂net_j from the activation op's own derivative formula. */
        private void activationGradient(int layer, int j) {
            int out = network.out(layer, j);
            int net = network.net(layer, j);
            Formula symbolic = local(out, net);
            Formula substituted = substitute(symbolic);
            add(Phase.BACKWARD, out, List.of(out, net), Step.Quantity.GRADIENT,
                    new Equation(Formula.partial(sym(out), sym(net)), symbolic,
                            substituted.equals(symbolic) ? null : substituted, trace.localGradient(out, 0)), List.of());
        }

        /** δ_j = ∂E_total/∂net_j; with softmax outputs a sum over every output the net feeds. */
        private void delta(int layer, int j) {
            int net = network.net(layer, j);
            int out = network.out(layer, j);
            Formula total = sym(graph.output());
            if (spec.activation(layer) != Activation.SOFTMAX) {
                Formula symbolic = Formula.product(Formula.partial(total, sym(out)), Formula.partial(sym(out), sym(net)));
                Formula substituted = Formula.product(Formula.num(trace.gradient(out)), Formula.num(trace.localGradient(out, 0)));
                add(Phase.BACKWARD, net, List.of(net, out), Step.Quantity.GRADIENT,
                        new Equation(delta(net), symbolic, substituted, trace.gradient(net)), List.of());
                return;
            }
            List<Contribution> paths = trace.contributions(net);
            PathSum sum = new PathSum(net);
            for (Contribution path : paths) {
                Formula consumer = sym(path.consumer());
                sum.add(Formula.product(Formula.partial(total, consumer), Formula.partial(consumer, sym(net))), substituted(path), path.consumer());
            }
            add(Phase.BACKWARD, net, sum.touched, Step.Quantity.GRADIENT, sum.equation(delta(net), trace.gradient(net)),
                    paths.size() > 1 ? paths : List.of());
        }

        /** ∂net_j/∂w = the input it multiplies, then ∂E_total/∂w by the chain rule. */
        private void weightGradient(int layer, int j, int k) {
            int net = network.net(layer, j);
            int out = network.out(layer, j);
            int weight = network.weight(layer - 1, j, k);
            int input = network.out(layer - 1, k);
            int index = inputIndex(net, weight);
            double local = trace.localGradient(net, index);
            add(Phase.BACKWARD, weight, List.of(weight, net, input), Step.Quantity.GRADIENT,
                    new Equation(Formula.partial(sym(net), sym(weight)), sym(input), null, local), List.of());
            Formula total = sym(graph.output());
            Formula symbolic;
            Formula substituted;
            if (spec.activation(layer) == Activation.SOFTMAX) {
                symbolic = Formula.product(delta(net), Formula.partial(sym(net), sym(weight)));
                substituted = Formula.product(Formula.num(trace.gradient(net)), Formula.num(local));
            } else {
                symbolic = Formula.product(Formula.partial(total, sym(out)), Formula.partial(sym(out), sym(net)),
                        Formula.partial(sym(net), sym(weight)));
                substituted = Formula.product(Formula.num(trace.gradient(out)), Formula.num(trace.localGradient(out, 0)),
                        Formula.num(local));
            }
            add(Phase.BACKWARD, weight, List.of(weight, net, out), Step.Quantity.GRADIENT,
                    new Equation(Formula.partial(total, sym(weight)), symbolic, substituted, trace.gradient(weight)), List.of());
        }

        /** ∂E_total/∂b_j = δ_j · ∂net_j/∂b_j. */
        private void neuronBiasGradient(int layer, int j) {
            int net = network.net(layer, j);
            int bias = network.bias(layer - 1, j);
            int index = inputIndex(net, bias);
            add(Phase.BACKWARD, bias, List.of(bias, net), Step.Quantity.GRADIENT,
                    new Equation(Formula.partial(sym(graph.output()), sym(bias)),
                            Formula.product(delta(net), Formula.partial(sym(net), sym(bias))),
                            Formula.product(Formula.num(trace.gradient(net)), Formula.num(trace.localGradient(net, index))),
                            trace.gradient(bias)), List.of());
        }

        /** A shared bias feeds every neuron of its layer: its gradient is the sum over those paths. */
        private void sharedBiasGradient(int layer) {
            int bias = network.bias(layer - 1, 0);
            List<Contribution> paths = trace.contributions(bias);
            PathSum sum = new PathSum(bias);
            for (Contribution path : paths) {
                sum.add(Formula.product(delta(path.consumer()), Formula.partial(sym(path.consumer()), sym(bias))), substituted(path),
                        path.consumer());
            }
            add(Phase.BACKWARD, bias, sum.touched, Step.Quantity.GRADIENT,
                    sum.equation(Formula.partial(sym(graph.output()), sym(bias)), trace.gradient(bias)), paths.size() > 1 ? paths : List.of());
        }

        /** The lecture's ∂E_o1/∂out_h1 where E_o1 depends on net_o1 alone; otherwise ∂E_total/∂net · ∂net/∂out. */
        private Formula pathSymbol(int net, int out) {
            Element element = network.element(net);
            boolean lectureForm = element instanceof Element.Neuron neuron && neuron.layer() == top
                    && spec.activation(top) != Activation.SOFTMAX && spec.loss() != Loss.MSE;
            if (lectureForm) {
                return Formula.partial(sym(network.error(((Element.Neuron) element).index())), sym(out));
            }
            return Formula.product(Formula.partial(sym(graph.output()), sym(net)), Formula.partial(sym(net), sym(out)));
        }

        /** The weight that multiplies {@code out} inside {@code net}. */
        private int weightInto(int net, int out) {
            return graph.node(net).inputs().get(inputIndex(net, out) - 1);
        }

        /**
         * Where {@code input} first appears among {@code node}'s inputs. Indexed once per node: a neuron of a wide
         * layer has hundreds of inputs, and a linear search per weight made tracing quadratic in the fan-in.
         */
        private int inputIndex(int node, int input) {
            Map<Integer, Integer> index = inputIndexes.computeIfAbsent(node, id -> {
                List<Integer> inputs = graph.node(id).inputs();
                Map<Integer, Integer> positions = new HashMap<>(inputs.size() * 2);
                for (int i = 0; i < inputs.size(); i++) positions.putIfAbsent(inputs.get(i), i);
                return positions;
            });
            return index.getOrDefault(input, -1);
        }

        /** δ_o1 for the net node of neuron o1. */
        private Formula delta(int net) {
            Element.Neuron neuron = (Element.Neuron) network.element(net);
            return Formula.symbol(NetworkNames.delta(spec, neuron.layer(), neuron.index()));
        }

        private void valueStep(Phase phase, int id) {
            Node node = graph.node(id);
            Set<Integer> touched = new LinkedHashSet<>(List.of(id));
            List<Formula> symbols = new ArrayList<>();
            List<Formula> numbers = new ArrayList<>();
            for (int input : node.inputs()) {
                touched.add(input);
                symbols.add(sym(input));
                numbers.add(Formula.num(trace.value(input)));
            }
            add(phase, id, List.copyOf(touched), Step.Quantity.VALUE, new Equation(sym(id), Formula.apply(node.op(), symbols),
                    Formula.apply(node.op(), numbers), trace.value(id)), List.of());
        }

        /** d(consumer)/d(node) from the consumer op's derivative formula, every input by its name (target_o1 too). */
        private Formula local(int consumer, int node) {
            List<Integer> inputs = graph.node(consumer).inputs();
            List<Formula> symbols = inputs.stream().map(this::sym).toList();
            List<Formula> terms = new ArrayList<>();
            for (int k = 0; k < inputs.size(); k++) {
                if (inputs.get(k) == node) terms.add(graph.node(consumer).op().localGradientFormula(symbols, sym(consumer), k));
            }
            return Formula.sum(terms);
        }

        /** The formula with every node symbol replaced by the node's value. */
        private Formula substitute(Formula f) {
            if (f instanceof Formula.Symbol s) {
                return graph.find(s.name()).map(n -> Formula.num(trace.value(n.id()))).orElse(f);
            }
            if (f instanceof Formula.Apply a) return Formula.apply(a.op(), a.args().stream().map(this::substitute).toList());
            if (f instanceof Formula.Product p) return new Formula.Product(p.factors().stream().map(this::substitute).toList());
            if (f instanceof Formula.Sum s) return new Formula.Sum(s.terms().stream().map(this::substitute).toList());
            if (f instanceof Formula.Positive p) return Formula.positive(substitute(p.arg()));
            return f;
        }

        private Formula sym(int id) {
            return Formula.symbol(graph.node(id).name());
        }

        private static int layerOf(Element parameter) {
            if (parameter instanceof Element.Weight w) return w.layer();
            return ((Element.Bias) parameter).layer();
        }

        private void add(Phase phase, int target, List<Integer> nodes, Step.Quantity quantity, Equation equation,
                         List<Contribution> paths) {
            steps.add(new Step(steps.size(), phase, target, nodes, quantity, equation, paths));
        }
    }

    /** A path's number: the gradient arriving from above times the local derivative along it. */
    private static Formula substituted(Contribution path) {
        return Formula.product(Formula.num(path.upstream()), Formula.num(path.local()));
    }

    /** A gradient as a sum over paths: its terms, symbolic and substituted, and the quantities they touch. */
    private static final class PathSum {
        private final List<Formula> terms = new ArrayList<>();
        private final List<Formula> numbers = new ArrayList<>();
        private final List<Integer> touched;

        PathSum(int quantity) {
            touched = new ArrayList<>(List.of(quantity));
        }

        void add(Formula term, Formula number, Integer... parts) {
            terms.add(term);
            numbers.add(number);
            touched.addAll(List.of(parts));
        }

        Equation equation(Formula lhs, double value) {
            return new Equation(lhs, Formula.sum(terms), Formula.sum(numbers), value);
        }
    }
}

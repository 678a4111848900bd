package studio.backprop.core.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable scalar computational graph. Nodes can only refer to nodes built before them, so the
 * node list is already in topological order and passes never recurse: any depth is safe.
 */
public final class Graph {
    private final List<Node> nodes;
    private final Map<String, Integer> byName;
    private final List<List<Integer>> consumers;
    private final int output;

    private Graph(List<Node> nodes, int output) {
        this.nodes = List.copyOf(nodes);
        this.output = output;
        Map<String, Integer> names = new HashMap<>();
        List<List<Integer>> users = new ArrayList<>();
        for (Node node : nodes) {
            names.put(node.name(), node.id());
            users.add(new ArrayList<>());
        }
        for (Node node : nodes) {
            for (int input : node.inputs()) {
                List<Integer> list = users.get(input);
                // nodes arrive in id order, so a repeated input of the same node can only be the last entry
                if (list.isEmpty() || list.get(list.size() - 1) != node.id()) list.add(node.id());
            }
        }
        List<List<Integer>> frozen = new ArrayList<>();
        for (List<Integer> list : users) frozen.add(List.copyOf(list));
        this.byName = Map.copyOf(names);
        this.consumers = Collections.unmodifiableList(frozen);
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Node> nodes() { return nodes; }

    public Node node(int id) { return nodes.get(id); }

    public int size() { return nodes.size(); }

    /** The node whose gradients the backward pass computes (the loss, or the expression's value). */
    public int output() { return output; }

    public Node outputNode() { return nodes.get(output); }

    public Optional<Node> find(String name) {
        Integer id = byName.get(name);
        return id == null ? Optional.empty() : Optional.of(nodes.get(id));
    }

    /** The node with this name; an {@link IllegalArgumentException} names it when there is none. */
    public Node node(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("no node named " + name));
    }

    /** Ids of the nodes that use this node as an input, each once, in id order. */
    public List<Integer> consumers(int id) { return consumers.get(id); }

    /** All variables (the leaves a user sets), in id order. */
    public List<Node> variables() {
        return nodes.stream().filter(n -> n.kind() == Node.Kind.VARIABLE).toList();
    }

    /** A copy with new values for some variables or constants, by name. Unknown names are an error. */
    public Graph withValues(Map<String, Double> values) {
        List<Node> copy = new ArrayList<>(nodes);
        values.forEach((name, value) -> {
            Node node = node(name);
            copy.set(node.id(), node.withValue(value));
        });
        return new Graph(copy, output);
    }

    /** A copy whose output is another node (e.g. one term of a loss). */
    public Graph withOutput(int newOutput) {
        if (newOutput < 0 || newOutput >= nodes.size()) throw new IllegalArgumentException("no node " + newOutput);
        return new Graph(nodes, newOutput);
    }

    /** Builds a graph node by node; each node may only use nodes already built. */
    public static final class Builder {
        private final List<Node> nodes = new ArrayList<>();
        private final Map<String, Integer> names = new HashMap<>();
        private int output = -1;

        public int variable(String name, double value) {
            return add(name, Node.Kind.VARIABLE, null, List.of(), value);
        }

        public int constant(String name, double value) {
            return add(name, Node.Kind.CONSTANT, null, List.of(), value);
        }

        /** A constant named after its value, shared when the same value is asked again. */
        public int constant(double value) {
            String name = NumberStyle.LECTURE.format(value);
            Integer existing = names.get(name);
            if (existing != null && nodes.get(existing).kind() == Node.Kind.CONSTANT) return existing;
            return constant(name, value);
        }

        /** An operation node; a null name gets a generated one ({@code n7}). */
        public int op(Op op, String name, int... inputs) {
            List<Integer> list = new ArrayList<>(inputs.length);
            for (int input : inputs) list.add(input);
            return op(op, name, list);
        }

        public int op(Op op, String name, List<Integer> inputs) {
            if (inputs.size() < op.minArity() || inputs.size() > op.maxArity()) {
                throw new IllegalArgumentException(op.displayName() + " takes " + arity(op) + " inputs, not " + inputs.size());
            }
            for (int input : inputs) {
                if (input < 0 || input >= nodes.size()) throw new IllegalArgumentException("no node " + input);
            }
            String chosen = name != null ? name : freshName();
            return add(chosen, Node.Kind.OPERATION, op, inputs, Double.NaN);
        }

        public boolean has(String name) {
            return names.containsKey(name);
        }

        public int id(String name) {
            Integer id = names.get(name);
            if (id == null) throw new IllegalArgumentException("no node named " + name);
            return id;
        }

        public int size() {
            return nodes.size();
        }

        /** Which node is the output; by default the last one built. */
        public Builder output(int id) {
            this.output = id;
            return this;
        }

        public Graph build() {
            if (nodes.isEmpty()) throw new IllegalStateException("a graph needs at least one node");
            return new Graph(nodes, output >= 0 ? output : nodes.size() - 1);
        }

        private String freshName() {
            int k = nodes.size();
            String candidate;
            do {
                candidate = "n" + k++;
            } while (names.containsKey(candidate));
            return candidate;
        }

        private int add(String name, Node.Kind kind, Op op, List<Integer> inputs, double value) {
            if (name == null || name.isBlank()) throw new IllegalArgumentException("a node needs a name");
            if (names.containsKey(name)) throw new IllegalArgumentException("a node named " + name + " exists already");
            int id = nodes.size();
            nodes.add(new Node(id, name, kind, op, inputs, value));
            names.put(name, id);
            return id;
        }

        private static String arity(Op op) {
            if (op.minArity() == op.maxArity()) return String.valueOf(op.minArity());
            return op.maxArity() == Integer.MAX_VALUE ? "at least " + op.minArity() : op.minArity() + " to " + op.maxArity();
        }
    }
}

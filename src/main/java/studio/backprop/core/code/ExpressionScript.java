package studio.backprop.core.code;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import studio.backprop.core.graph.Formula;
import studio.backprop.core.graph.Graph;
import studio.backprop.core.graph.Node;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.graph.Op;
import studio.backprop.core.graph.Step;
import studio.backprop.core.graph.Trace;

/**
 * An expression's graph as scalar code, one line per node: a micrograd-style {@code Value} class in plain Python
 * (each op with its local derivatives beside its value, {@code backward()} the chain rule in reverse creation
 * order), or PyTorch tensors with {@code requires_grad}. It prints every value and gradient of the trace.
 */
final class ExpressionScript {
    /** Names the script itself uses, which a node may not take. */
    private static final Set<String> TAKEN = Set.of("Value", "math", "sys", "torch", "REPORT", "name", "value", "self",
            "other", "print", "repr", "float");

    private final Trace trace;
    private final Graph graph;
    private final CodeLanguage language;
    private final String[] identifiers;
    private final PythonWriter out = new PythonWriter();

    private ExpressionScript(Trace trace, CodeLanguage language) {
        this.trace = trace;
        this.graph = trace.graph();
        this.language = language;
        this.identifiers = identifiers(graph);
    }

    /** Refuses, with one line, a graph whose ops have no scalar code (only the parser's ops do). */
    static void requireExpressible(Graph graph) {
        for (Node node : graph.nodes()) {
            if (node.op() != null && (ValueOps.code(node.op()) == null || !ValueOps.arityFits(node.op(), node.inputs().size()))) {
                throw new IllegalArgumentException("a script cannot express " + node.name() + " (" + node.op().displayName()
                        + " of " + node.inputs().size() + " inputs)");
            }
        }
    }

    static String write(Trace trace, CodeLanguage language, String title, String source) {
        requireExpressible(trace.graph());
        return new ExpressionScript(trace, language).script(title, source);
    }

    private String script(String title, String source) {
        boolean torch = language == CodeLanguage.PYTORCH;
        out.line("#!/usr/bin/env python3");
        out.line("\"\"\"Backprop Studio: " + ScriptHeader.escape(title) + " as " + (torch ? "PyTorch autograd" : "scalar code") + ".");
        out.blank();
        out.line(ScriptHeader.escape(source.replace("\n", "; ")));
        out.blank();
        out.line("It runs the forward pass and the backward pass and prints every value and gradient of the studio's");
        out.line("trace in its order, one per line as NAME VALUE, with every digit of the double (repr).");
        out.line("\"\"\"");
        out.line(torch ? "import sys" : "import math").line(torch ? "" : "import sys").blank();
        if (torch) out.line("import torch").blank();
        ScriptHeader.utf8(out);
        if (!torch) valueClass();
        out.blank().comment("Forward pass: one line per node of the graph");
        Set<Integer> reported = reportedValues();
        boolean[] constant = new boolean[graph.size()];
        for (Node node : graph.nodes()) {
            constant[node.id()] = node.kind() == Node.Kind.CONSTANT
                    || node.kind() == Node.Kind.OPERATION && node.inputs().stream().allMatch(input -> constant[input]);
            if (node.kind() == Node.Kind.CONSTANT) continue;
            String id = identifiers[node.id()];
            String comment = id.equals(node.name()) ? "" : node.name();
            if (node.kind() == Node.Kind.VARIABLE) {
                String number = PythonWriter.number(node.value());
                out.line(id + " = " + (torch ? "torch.tensor(" + number + ", dtype=torch.float64, requires_grad=True)"
                        : "Value(" + number + ")"), comment);
            } else {
                // a node of constants alone is a leaf to autograd: ask for its gradient, as the trace shows it
                out.line(id + " = " + operation(node) + (torch && constant[node.id()] ? ".requires_grad_()" : ""), comment);
                if (torch && (reported.contains(node.id()) || trace.reachesOutput(node.id()))) out.line(id + ".retain_grad()");
            }
        }
        String output = identifiers[graph.output()];
        out.blank().comment("Backward pass: ∂" + graph.outputNode().name() + "/∂node for every node, by the chain rule");
        out.line(output + ".backward()");
        out.blank().comment("Every quantity of the trace, in its order (the comment is the trace's step number)");
        out.line("REPORT = [");
        for (Step step : trace.steps()) {
            Formula lhs = step.equation().lhs();
            out.line("    (" + PythonWriter.string(lhs.toText(NumberStyle.LECTURE)) + ", " + value(lhs) + "),",
                    Integer.toString(step.index() + 1));
        }
        out.line("]");
        ScriptHeader.printReport(out, "");
        return out.text();
    }

    /** The Value class with the ops this graph uses, each from {@link ValueOps}. */
    private void valueClass() {
        Set<Op> used = EnumSet.noneOf(Op.class);
        for (Node node : graph.nodes()) if (node.op() != null) used.add(node.op());
        out.blank().blank();
        out.line("class Value:");
        out.line("    \"\"\"A scalar of the graph, after micrograd: its value, the gradient ∂output/∂self, and for each input");
        out.line("    the local derivative, so that backward() is the chain rule: input.grad += self.grad · local.\"\"\"");
        out.blank();
        out.line("    created = 0");
        out.blank();
        out.line("    def __init__(self, data, inputs=(), local_gradients=()):");
        out.line("        self.data = float(data)");
        out.line("        self.grad = 0.0");
        out.line("        self.inputs = inputs");
        out.line("        self.local_gradients = local_gradients");
        out.line("        Value.created += 1");
        out.line("        self.order = Value.created  # every input is created before the node: a topological order");
        for (Op op : used) {
            out.blank();
            for (String line : ValueOps.code(op)) out.line("    " + line);
        }
        out.blank();
        out.line("    def backward(self):");
        out.line("        \"\"\"Seeds ∂self/∂self = 1, then walks the graph from the output down, in reverse creation order.\"\"\"");
        out.line("        nodes, stack, seen = [], [self], {id(self)}");
        out.line("        while stack:");
        out.line("            node = stack.pop()");
        out.line("            nodes.append(node)");
        out.line("            for x in node.inputs:");
        out.line("                if id(x) not in seen:");
        out.line("                    seen.add(id(x))");
        out.line("                    stack.append(x)");
        out.line("        nodes.sort(key=lambda node: node.order, reverse=True)");
        out.line("        self.grad = 1.0");
        out.line("        for node in nodes:");
        out.line("            if node.grad == 0:");
        out.line("                continue");
        out.line("            for x, local in zip(node.inputs, node.local_gradients):");
        out.line("                x.grad += node.grad * local");
        out.blank();
    }

    private String operation(Node node) {
        List<String> args = new ArrayList<>();
        List<Integer> inputs = node.inputs();
        for (int k = 0; k < inputs.size(); k++) args.add(operand(inputs.get(k), k == 0));
        return language == CodeLanguage.PYTORCH ? ValueOps.torch(node.op(), args) : ValueOps.call(node.op(), args);
    }

    /** A node as an operand; a constant first operand becomes a Value or tensor, a later one a plain number. */
    private String operand(int id, boolean first) {
        Node node = graph.node(id);
        if (node.kind() != Node.Kind.CONSTANT) return identifiers[id];
        String number = PythonWriter.number(node.value());
        if (!first) return number;
        return language == CodeLanguage.PYTORCH ? "torch.tensor(" + number + ", dtype=torch.float64)" : "Value(" + number + ")";
    }

    private String value(Formula lhs) {
        if (lhs instanceof Formula.Symbol symbol) {
            String id = identifiers[graph.node(symbol.name()).id()];
            return language == CodeLanguage.PYTORCH ? id + ".item()" : id + ".data";
        }
        if (lhs instanceof Formula.Partial partial && partial.wrt() instanceof Formula.Symbol wrt) {
            String id = identifiers[graph.node(wrt.name()).id()];
            return language == CodeLanguage.PYTORCH ? id + ".grad.item()" : id + ".grad";
        }
        throw new IllegalStateException("no script code for the trace's quantity " + lhs.toText(NumberStyle.LECTURE));
    }

    /** The ids whose value a step shows. */
    private Set<Integer> reportedValues() {
        Set<Integer> ids = new HashSet<>();
        for (Step step : trace.steps()) ids.add(step.target());
        return ids;
    }

    /** A Python variable per node: its own name where Python allows it, otherwise node_ID, never twice. */
    private static String[] identifiers(Graph graph) {
        String[] names = new String[graph.size()];
        Set<String> used = new HashSet<>(TAKEN);
        for (Node node : graph.nodes()) {
            if (node.kind() == Node.Kind.CONSTANT) continue;
            if (PythonWriter.isPlainIdentifier(node.name()) && used.add(node.name())) names[node.id()] = node.name();
        }
        for (Node node : graph.nodes()) {
            if (node.kind() == Node.Kind.CONSTANT || names[node.id()] != null) continue;
            String name = "node_" + node.id();
            while (!used.add(name)) name += "_";
            names[node.id()] = name;
        }
        return names;
    }
}

package studio.backprop.core.expr;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import studio.backprop.core.graph.Backprop;
import studio.backprop.core.graph.EvaluationException;
import studio.backprop.core.graph.Graph;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.graph.Op;
import studio.backprop.core.graph.Trace;
import studio.backprop.core.problem.Problem;

/**
 * A parsed expression, immutable: its free variables in order of first appearance and its operations
 * in evaluation order, each named (by its assignment or a generated readable name). It becomes a
 * graph once its variables have values.
 */
public final class Expression {

    /** What an operation reads: a free variable, a number, or the result of an earlier operation. */
    sealed interface Operand permits Variable, Constant, Result { }

    /** A free variable, whose value comes with {@link #toGraph(Map)}. */
    record Variable(String name) implements Operand { }

    /** A numeric literal. */
    record Constant(double value) implements Operand { }

    /** The result of operation number {@code index}. */
    record Result(int index) implements Operand { }

    /**
     * One op applied to its operands.
     *
     * @param name  the node's name; null until the parser has named it
     * @param start where its text begins in the source
     * @param end   where its text ends (exclusive)
     */
    record Operation(Op op, List<Operand> inputs, String name, int start, int end) {
        Operation {
            inputs = List.copyOf(inputs);
        }

        Operation named(String newName) {
            return new Operation(op, inputs, newName, start, end);
        }
    }

    private final String source;
    private final List<String> variables;
    private final List<Operation> operations;
    private final Operand output;

    Expression(String source, List<String> variables, List<Operation> operations, Operand output) {
        this.source = source;
        this.variables = List.copyOf(variables);
        this.operations = List.copyOf(operations);
        this.output = output;
    }

    /** The text this expression was parsed from. */
    public String source() {
        return source;
    }

    /** The free variables, in order of first appearance: the values {@link #toGraph(Map)} needs. */
    public List<String> variables() {
        return variables;
    }

    /**
     * The graph of this expression: its variables first (with the given values), then one node per
     * operation in evaluation order, the last statement's value as the output. Equal numbers share one
     * constant node. Values of names that are not variables of this expression are ignored.
     *
     * @throws ExpressionException when a variable has no value or its value is not a finite number
     */
    public Graph toGraph(Map<String, Double> values) {
        Objects.requireNonNull(values, "values");
        Graph.Builder builder = Graph.builder();
        Map<String, Integer> variableIds = new HashMap<>();
        for (String name : variables) {
            Double value = values.get(name);
            if (value == null) throw new ExpressionException(Problem.of("expr.noValue", name));
            if (!Double.isFinite(value)) throw new ExpressionException(Problem.of("expr.valueNotFinite", name));
            variableIds.put(name, builder.variable(name, value));
        }
        Lowering lowering = new Lowering(builder, variableIds);
        for (Operation operation : operations) {
            int[] inputs = new int[operation.inputs().size()];
            for (int k = 0; k < inputs.length; k++) inputs[k] = lowering.node(operation.inputs().get(k));
            lowering.results[lowering.done++] = builder.op(operation.op(), operation.name(), inputs);
        }
        builder.output(lowering.node(output));
        return builder.build();
    }

    /**
     * Forward and backward pass with the generic steps, {@link Backprop#run(Graph)} of {@link #toGraph(Map)}.
     *
     * @throws ExpressionException for a missing or non-finite value, and for a value outside an op's domain
     *                             (placed at the text of the operation, see {@link #explain(EvaluationException)})
     */
    public Trace run(Map<String, Double> values) {
        Graph graph = toGraph(values);
        try {
            return Backprop.run(graph);
        } catch (EvaluationException e) {
            throw explain(e);
        }
    }

    /**
     * An evaluation error of this expression's graph placed at the text of the failing operation, so that
     * a generated node name makes sense to the user: {@code column 5: log of a non-positive number at r =
     * log(-2), where r is log(x - 3)}.
     */
    public ExpressionException explain(EvaluationException error) {
        for (Operation operation : operations) {
            if (operation.name().equals(error.node())) {
                String text = source.substring(operation.start(), operation.end()).replaceAll("\\s+", " ");
                return new Positions(source).error(operation.start(), "expr.evaluationWhere", error.asProblem(), error.node(), text);
            }
        }
        return new ExpressionException(error.asProblem());
    }

    @Override
    public String toString() {
        return source;
    }

    /** Maps operands to node ids while the graph is built. */
    private final class Lowering {
        private final Graph.Builder builder;
        private final Map<String, Integer> variableIds;
        private final Map<Double, Integer> constants = new HashMap<>();
        private final int[] results = new int[operations.size()];
        private int done;

        Lowering(Graph.Builder builder, Map<String, Integer> variableIds) {
            this.builder = builder;
            this.variableIds = variableIds;
        }

        int node(Operand operand) {
            if (operand instanceof Variable v) return variableIds.get(v.name());
            if (operand instanceof Result r) return results[r.index()];
            double value = ((Constant) operand).value();
            return constants.computeIfAbsent(value, this::constant);
        }

        /** A constant named as the lecture prints it; a value that prints like another gets its exact digits. */
        private int constant(double value) {
            String name = NumberStyle.LECTURE.format(value);
            if (builder.has(name)) name = Double.toString(value);
            while (builder.has(name)) name += "'";
            return builder.constant(name, value);
        }
    }
}

package studio.backprop.core.code;

import java.util.List;
import studio.backprop.core.graph.Op;

/**
 * Each scalar op as Python: a method of the micrograd-style Value class (its value and its local derivatives side by
 * side, as {@link Op} states them), the call that applies it, and the PyTorch expression. The switches cover every
 * op, so a new op cannot be forgotten here; the ops a network is made of but an expression never is have no scalar
 * code and are refused.
 */
final class ValueOps {
    private ValueOps() { }

    /** The Value method for {@code op}, or null for an op no expression produces. */
    static List<String> code(Op op) {
        String doc = "    \"\"\"" + op.displayName() + "\"\"\"";
        return switch (op) {
            case ADD -> binary("__add__", doc, "self.data + other.data", "1.0, 1.0");
            case SUB -> binary("__sub__", doc, "self.data - other.data", "1.0, -1.0");
            case MUL -> binary("__mul__", doc, "self.data * other.data", "other.data, self.data");
            case DIV -> binary("__truediv__", doc, "self.data / other.data", "1 / other.data, -self.data / (other.data * other.data)");
            case POW -> List.of("def __pow__(self, other):", doc,
                    "    other = other if isinstance(other, Value) else Value(other)",
                    "    a, b = self.data, other.data",
                    "    v = a ** b",
                    "    return Value(v, (self, other), (0.0 if b == 0 else b * a ** (b - 1), v * math.log(a) if a > 0 else 0.0))");
            case NEG -> unary("__neg__", doc, "-a", "-1.0");
            case EXP -> unary("exp", doc, "math.exp(a)", "v");
            case LOG -> unary("log", doc, "math.log(a)", "1 / a");
            case SIGMOID -> unary("sigmoid", doc, "1 / (1 + math.exp(-a)) if a >= 0 else math.exp(a) / (1 + math.exp(a))", "v * (1 - v)");
            case TANH -> unary("tanh", doc, "math.tanh(a)", "1 - v * v");
            case RELU -> unary("relu", doc, "a if a > 0 else 0.0", "1.0 if a > 0 else 0.0");
            case WEIGHTED_SUM, HALF_SQUARED_ERROR, SQUARED_ERROR, BINARY_CROSS_ENTROPY, CROSS_ENTROPY, SOFTMAX, MEAN -> null;
        };
    }

    /** Whether the Python form takes this many inputs (binary operators take two). */
    static boolean arityFits(Op op, int inputs) {
        return switch (op) {
            case ADD, SUB, MUL, DIV, POW -> inputs == 2;
            default -> inputs == 1;
        };
    }

    /** Applies {@code op} to Value operands: {@code x + y}, {@code t.sigmoid()}. */
    static String call(Op op, List<String> args) {
        return switch (op) {
            case ADD -> args.get(0) + " + " + args.get(1);
            case SUB -> args.get(0) + " - " + args.get(1);
            case MUL -> args.get(0) + " * " + args.get(1);
            case DIV -> args.get(0) + " / " + args.get(1);
            case POW -> args.get(0) + " ** " + args.get(1);
            case NEG -> "-" + args.get(0);
            case EXP, LOG, SIGMOID, TANH, RELU -> args.get(0) + "." + op.functionName() + "()";
            default -> throw new IllegalArgumentException("a script cannot express " + op.displayName());
        };
    }

    /** Applies {@code op} to tensors: {@code x + y}, {@code torch.sigmoid(t)}. */
    static String torch(Op op, List<String> args) {
        return switch (op) {
            case ADD, SUB, MUL, DIV, POW, NEG -> call(op, args);
            case EXP, LOG, SIGMOID, TANH, RELU -> "torch." + op.functionName() + "(" + args.get(0) + ")";
            default -> throw new IllegalArgumentException("a script cannot express " + op.displayName());
        };
    }

    private static List<String> binary(String method, String doc, String value, String locals) {
        return List.of("def " + method + "(self, other):", doc,
                "    other = other if isinstance(other, Value) else Value(other)",
                "    return Value(" + value + ", (self, other), (" + locals + "))");
    }

    private static List<String> unary(String method, String doc, String value, String local) {
        return List.of("def " + method + "(self):", doc,
                "    a = self.data",
                "    v = " + value,
                "    return Value(v, (self,), (" + local + ",))");
    }
}

package studio.backprop.core.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.DoubleRange;
import org.assertj.core.data.Offset;
import studio.backprop.core.graph.Backprop;
import studio.backprop.core.graph.EvaluationException;
import studio.backprop.core.graph.Op;
import studio.backprop.core.graph.Trace;

/**
 * Random expressions over every op the text can name, printed, parsed and differentiated: backprop's
 * gradients must equal central differences, and the parsed value must equal a direct evaluation of the
 * tree (which checks precedence). Random and mutated text must only ever fail with an ExpressionException.
 */
class ExpressionPropertiesTest {
    private static final double H = 1e-6;
    private static final double LIMIT = 1e3;
    private static final List<String> VARIABLES = List.of("x", "y", "z");
    private static final List<String> ASSIGNED = List.of("a", "b", "c");

    // ---- expression trees, their reference value, safe-domain repair and printing ----

    sealed interface Tree permits Var, Num, Ref, Unary, Binary { }

    record Var(String name) implements Tree { }

    record Num(double value) implements Tree { }

    /** The name assigned by statement {@code index}. */
    record Ref(int index) implements Tree { }

    record Unary(Op op, Tree arg) implements Tree { }

    record Binary(Op op, Tree left, Tree right) implements Tree { }

    /** Statements: assignments a, b, … then the output, assigned to "out" or bare. */
    record Program(List<Tree> statements, boolean lastAssigned) { }

    /** Thrown when a random point leaves the range where values stay moderate. */
    private static final class Unsafe extends RuntimeException {
        Unsafe() {
            super(null, null, false, false);
        }
    }

    /** The tree with constants added where a domain would be left or a kink approached, and its value. */
    private record Repaired(Tree tree, double value) { }

    private static Repaired repair(Tree tree, Map<String, Double> values, double[] refs) {
        if (tree instanceof Var v) return new Repaired(v, values.get(v.name()));
        if (tree instanceof Num n) return new Repaired(n, n.value());
        if (tree instanceof Ref r) return new Repaired(r, refs[r.index()]);
        if (tree instanceof Unary u) {
            Repaired arg = repair(u.arg(), values, refs);
            Tree argTree = arg.tree();
            double a = arg.value();
            if (u.op() == Op.LOG && a < 0.2) {
                double shift = Math.ceil(0.5 - a);
                argTree = new Binary(Op.ADD, argTree, new Num(shift));
                a += shift;
            } else if (u.op() == Op.EXP && a > 3) {
                double shift = Math.ceil(a - 2);
                argTree = new Binary(Op.SUB, argTree, new Num(shift));
                a -= shift;
            } else if (u.op() == Op.RELU && Math.abs(a) < 0.05) {
                argTree = new Binary(Op.ADD, argTree, new Num(0.5));
                a += 0.5;
            }
            return checked(new Unary(u.op(), argTree), u.op().value(new double[] {a}));
        }
        Binary b = (Binary) tree;
        Repaired left = repair(b.left(), values, refs);
        Repaired right = repair(b.right(), values, refs);
        Tree leftTree = left.tree();
        Tree rightTree = right.tree();
        double l = left.value();
        double r = right.value();
        if (b.op() == Op.DIV && Math.abs(r) < 0.2) {
            rightTree = new Binary(Op.ADD, rightTree, new Num(1));
            r += 1;
        }
        if (b.op() == Op.POW) {
            boolean integerExponent = rightTree instanceof Num n && n.value() == Math.rint(n.value());
            if (!integerExponent && l < 0.2) {
                double shift = Math.ceil(0.5 - l);
                leftTree = new Binary(Op.ADD, leftTree, new Num(shift));
                l += shift;
            }
            if (!integerExponent && Math.abs(r * Math.log(l)) > 5) {
                rightTree = new Unary(Op.TANH, rightTree);
                r = Math.tanh(r);
            }
        }
        return checked(new Binary(b.op(), leftTree, rightTree), b.op().value(new double[] {l, r}));
    }

    private static Repaired checked(Tree tree, double value) {
        if (!(Math.abs(value) <= LIMIT)) throw new Unsafe();
        return new Repaired(tree, value);
    }

    private static int precedence(Tree tree) {
        if (tree instanceof Binary b) {
            return switch (b.op()) {
                case ADD, SUB -> 1;
                case MUL, DIV -> 2;
                default -> 4;
            };
        }
        if (tree instanceof Unary u && u.op() == Op.NEG) return 3;
        return 5;
    }

    /** Prints with as few parentheses as the grammar needs, sometimes more, and random spellings. */
    private static String print(Tree tree, Random random) {
        String text = printBare(tree, random);
        return random.nextInt(12) == 0 ? "(" + text + ")" : text;
    }

    private static String printBare(Tree tree, Random random) {
        if (tree instanceof Var v) return v.name();
        if (tree instanceof Num n) return n.value() == Math.rint(n.value()) ? String.valueOf((long) n.value()) : String.valueOf(n.value());
        if (tree instanceof Ref r) return ASSIGNED.get(r.index());
        if (tree instanceof Unary u) {
            if (u.op() == Op.NEG) {
                return pick(random, "-", "−", "- ") + wrap(u.arg(), precedence(u.arg()) < 3, random);
            }
            String name = switch (u.op()) {
                case LOG -> pick(random, "log", "ln");
                case SIGMOID -> pick(random, "sigmoid", "sigma", "σ");
                default -> u.op().functionName();
            };
            return name + "(" + print(u.arg(), random) + ")";
        }
        Binary b = (Binary) tree;
        int own = precedence(b);
        String symbol = switch (b.op()) {
            case ADD -> pick(random, " + ", "+");
            case SUB -> pick(random, " - ", "-", " − ");
            case MUL -> pick(random, " * ", "*", "·", " × ");
            case DIV -> pick(random, " / ", "/");
            default -> pick(random, "^", " ^ ", "**");
        };
        boolean leftParens = b.op() == Op.POW ? precedence(b.left()) <= 4 : precedence(b.left()) < own;
        boolean rightParens = b.op() == Op.POW ? precedence(b.right()) < 3 : precedence(b.right()) <= own;
        return wrap(b.left(), leftParens, random) + symbol + wrap(b.right(), rightParens, random);
    }

    private static String wrap(Tree tree, boolean parentheses, Random random) {
        return parentheses ? "(" + printBare(tree, random) + ")" : print(tree, random);
    }

    private static String pick(Random random, String... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static void collectVariables(Tree tree, Set<String> into) {
        if (tree instanceof Var v) into.add(v.name());
        if (tree instanceof Unary u) collectVariables(u.arg(), into);
        if (tree instanceof Binary b) {
            collectVariables(b.left(), into);
            collectVariables(b.right(), into);
        }
    }

    // ---- generators ----

    private static Arbitrary<Tree> leaf(int refs) {
        List<Arbitrary<? extends Tree>> choices = new ArrayList<>();
        choices.add(Arbitraries.of(VARIABLES).map(Var::new));
        choices.add(Arbitraries.of(0.5, 1.0, 1.5, 2.0, 3.0).map(Num::new));
        if (refs > 0) choices.add(Arbitraries.integers().between(0, refs - 1).map(Ref::new));
        return Arbitraries.oneOf(choices);
    }

    private static Arbitrary<Tree> tree(int depth, int refs) {
        if (depth == 0) return leaf(refs);
        Arbitrary<Tree> sub = Arbitraries.lazy(() -> tree(depth - 1, refs));
        return Arbitraries.frequencyOf(
                Tuple.of(1, leaf(refs)),
                Tuple.of(3, Combinators.combine(Arbitraries.of(Op.ADD, Op.SUB, Op.MUL, Op.DIV, Op.POW), sub, sub)
                        .as(Binary::new)),
                Tuple.of(2, Combinators.combine(Arbitraries.of(Op.NEG, Op.EXP, Op.LOG, Op.SIGMOID, Op.TANH, Op.RELU), sub)
                        .as(Unary::new)));
    }

    @Provide
    Arbitrary<Program> programs() {
        return Arbitraries.integers().between(0, 2).flatMap(assignments -> {
            List<Arbitrary<Tree>> statements = new ArrayList<>();
            for (int i = 0; i <= assignments; i++) statements.add(tree(4, i));
            return Combinators.combine(Combinators.combine(statements).as(List::copyOf), Arbitraries.of(true, false))
                    .as(Program::new);
        });
    }

    /** The program's text and its value, after repair at this point; throws Unsafe when values grow too large. */
    private static Map.Entry<String, Double> render(Program program, Map<String, Double> values, Random random) {
        List<Tree> statements = program.statements();
        double[] refs = new double[statements.size()];
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < statements.size(); i++) {
            Repaired repaired = repair(statements.get(i), values, refs);
            refs[i] = repaired.value();
            boolean last = i == statements.size() - 1;
            if (!last) text.append(ASSIGNED.get(i)).append(pick(random, " = ", "="));
            else if (program.lastAssigned()) text.append("out = ");
            text.append(print(repaired.tree(), random));
            if (!last) text.append(pick(random, "; ", "\n", ";\n"));
        }
        return Map.entry(text.toString(), refs[statements.size() - 1]);
    }

    // ---- properties ----

    @Property(tries = 300)
    void gradientsOfParsedExpressionsMatchCentralDifferences(
            @ForAll("programs") Program program,
            @ForAll @DoubleRange(min = -2, max = 2) double x,
            @ForAll @DoubleRange(min = -2, max = 2) double y,
            @ForAll @DoubleRange(min = -2, max = 2) double z,
            @ForAll long seed) {
        Map<String, Double> values = Map.of("x", x, "y", y, "z", z);
        Map.Entry<String, Double> rendered;
        try {
            rendered = render(program, values, new Random(seed));
        } catch (Unsafe e) {
            rendered = null;
        }
        Assume.that(rendered != null);
        String text = rendered.getKey();

        Expression expression = Parser.parse(text);
        Trace trace = Backprop.run(expression.toGraph(values));

        Set<String> expectedVariables = new LinkedHashSet<>();
        for (Tree statement : program.statements()) collectVariables(statement, expectedVariables);
        assertThat(expression.variables()).as(text).containsExactlyElementsOf(expectedVariables);
        assertThat(trace.outputValue()).as(text).isCloseTo(rendered.getValue(), tolerance(rendered.getValue(), 1e-12, 1e-12));
        for (String variable : expression.variables()) {
            double numeric = (valueAt(expression, values, variable, H) - valueAt(expression, values, variable, -H)) / (2 * H);
            assertThat(trace.gradient(variable)).as("∂/∂%s of %s at %s", variable, text, values)
                    .isCloseTo(numeric, tolerance(numeric, 1e-4, 1e-5));
        }
    }

    @Property(tries = 400)
    void arbitraryTextOnlyEverFailsWithAnExpressionException(@ForAll("texts") String text) {
        Expression expression;
        try {
            expression = Parser.parse(text);
        } catch (ExpressionException expected) {
            assertThat(expected.getMessage()).isNotBlank();
            return;
        }
        Map<String, Double> values = new HashMap<>();
        for (String variable : expression.variables()) values.put(variable, 0.5);
        try {
            Trace trace = expression.run(values);
            assertThat(trace.graph().size()).isPositive();
        } catch (ExpressionException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
        try {
            Backprop.evaluate(expression.toGraph(values));
        } catch (EvaluationException expected) {
            assertThat(expected.node()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> likely = Arbitraries.strings()
                .withChars("xyzab01239.eE+-*/^()=;,\n σ·×−_ expltanhsigmoidrelu")
                .ofMaxLength(60);
        Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(30);
        Arbitrary<String> mutated = Combinators.combine(programs(), Arbitraries.longs())
                .as((program, seed) -> mutate(program, new Random(seed)));
        return Arbitraries.frequencyOf(Tuple.of(2, likely), Tuple.of(1, anything), Tuple.of(3, mutated));
    }

    /** A valid program's text with one to four random edits: deletions, insertions, duplications, swaps. */
    private static String mutate(Program program, Random random) {
        Map<String, Double> values = Map.of("x", 0.3, "y", -0.7, "z", 1.1);
        String text;
        try {
            text = render(program, values, random).getKey();
        } catch (Unsafe e) {
            text = "a = x * y; f = a + a * exp(-z^2)";
        }
        StringBuilder out = new StringBuilder(text);
        String tokens = "()+-*/^=;,\n.e1xσ−·";
        int edits = 1 + random.nextInt(4);
        for (int k = 0; k < edits && out.length() > 0; k++) {
            int at = random.nextInt(out.length());
            int to = Math.min(out.length(), at + 1 + random.nextInt(4));
            switch (random.nextInt(4)) {
                case 0 -> out.delete(at, to);
                case 1 -> out.insert(at, tokens.charAt(random.nextInt(tokens.length())));
                case 2 -> out.insert(at, out.substring(at, to));
                default -> {
                    char c = out.charAt(at);
                    out.setCharAt(at, out.charAt(to - 1));
                    out.setCharAt(to - 1, c);
                }
            }
        }
        return out.toString();
    }

    /** A relative tolerance with an absolute floor, for values near zero. */
    private static Offset<Double> tolerance(double expected, double relative, double absolute) {
        return Offset.offset(relative * Math.abs(expected) + absolute);
    }


    private static double valueAt(Expression expression, Map<String, Double> values, String variable, double shift) {
        Map<String, Double> shifted = new HashMap<>(values);
        shifted.put(variable, values.get(variable) + shift);
        return Backprop.evaluate(expression.toGraph(shifted)).outputValue();
    }
}

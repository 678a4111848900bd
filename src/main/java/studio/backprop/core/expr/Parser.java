package studio.backprop.core.expr;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import studio.backprop.core.expr.Expression.Constant;
import studio.backprop.core.expr.Expression.Operand;
import studio.backprop.core.expr.Expression.Operation;
import studio.backprop.core.expr.Expression.Result;
import studio.backprop.core.expr.Expression.Variable;
import studio.backprop.core.expr.Lexer.Token;
import studio.backprop.core.graph.Op;
import studio.backprop.core.problem.Problem;

/**
 * Reads expressions such as {@code (x + y) * z} or {@code q = x + y; f = q * z}.
 *
 * <p>Statements are separated by {@code ;} or line breaks (a line break inside parentheses or after an
 * operator continues the statement). A statement is {@code name = expr} or, only as the last one, a
 * bare {@code expr}; the last statement is the output. Operators, loosest first: {@code + -}, then
 * {@code * /}, then unary minus, then {@code ^} (right-associative, so {@code -x^2} is {@code -(x^2)}
 * and {@code 2^3^2} is {@code 2^9}). Functions: {@code exp log sigmoid tanh relu}, with {@code ln} and
 * {@code sigma}/{@code σ} as aliases. Free names are variables; an assigned name refers to its node.
 *
 * <p>The parser is an operator-precedence (shunting-yard) loop, not a recursion, so no input can
 * overflow the stack; text longer than {@link #MAX_LENGTH} or nested deeper than {@link #MAX_NESTING}
 * is refused with a message.
 */
public final class Parser {
    /** The longest text accepted, in characters. */
    public static final int MAX_LENGTH = 100_000;
    /** The deepest nesting of parentheses, function calls, minus signs and powers accepted. */
    public static final int MAX_NESTING = 1_000;

    private static final Map<String, Op> FUNCTIONS = functions();
    private static final String KNOWN_FUNCTIONS = knownFunctions();
    private static final List<String> OUTPUT_NAMES = List.of("f", "g", "h");
    private static final List<String> INTERMEDIATE_NAMES = List.of("q", "r", "s", "t", "u", "v");

    private final Lexer lexer;
    private final String source;
    private final List<Operation> operations = new ArrayList<>();
    /** Assigned names and what they refer to. */
    private final Map<String, Operand> assigned = new HashMap<>();
    /** Where each name was assigned (source offset). */
    private final Map<String, Integer> assignedAt = new HashMap<>();
    /** Free variables and where each first appears (source offset), in order of appearance. */
    private final Map<String, Integer> variables = new LinkedHashMap<>();

    private Parser(String source) {
        this.source = source;
        this.lexer = new Lexer(source);
    }

    /**
     * Parses expression text.
     *
     * @throws ExpressionException saying what is wrong, where, and what was expected
     */
    public static Expression parse(String source) {
        if (source == null) throw new ExpressionException(Problem.of("expr.empty"));
        if (source.length() > MAX_LENGTH) {
            throw new ExpressionException(Problem.of("expr.tooLong", source.length(), MAX_LENGTH));
        }
        return new Parser(source).statements();
    }

    private Expression statements() {
        Operand output = null;
        Token bareStatement = null;
        while (true) {
            Token start = lexer.peek();
            if (start.type() == Lexer.Type.NEWLINE || start.type() == Lexer.Type.SEMICOLON) {
                lexer.next();
                continue;
            }
            if (start.type() == Lexer.Type.END) break;
            if (bareStatement != null) {
                throw lexer.error(bareStatement.offset(), "expr.bareStatement");
            }
            Token target = null;
            if (start.type() == Lexer.Type.NAME && lexer.peekSecond().type() == Lexer.Type.ASSIGN) {
                target = lexer.next();
                lexer.next();
                checkAssignable(target);
            }
            int firstOperation = operations.size();
            Operand value = expression();
            if (target == null) {
                bareStatement = start;
            } else {
                checkAssignable(target); // the right-hand side may have used the name (q = q + 1)
                String name = target.text();
                if (value instanceof Result result && result.index() >= firstOperation) {
                    operations.set(result.index(), operations.get(result.index()).named(name));
                }
                assigned.put(name, value);
                assignedAt.put(name, target.offset());
            }
            output = value;
        }
        if (output == null) throw new ExpressionException(Problem.of("expr.empty"));
        nameTheRest(output);
        return new Expression(source, List.copyOf(variables.keySet()), operations, output);
    }

    private void checkAssignable(Token target) {
        String name = target.text();
        if (FUNCTIONS.containsKey(name)) {
            throw lexer.error(target.offset(), "expr.assignFunction", name);
        }
        Integer first = assignedAt.get(name);
        if (first != null) {
            throw lexer.error(target.offset(), "expr.assignedTwice", name, lexer.where(first));
        }
        Integer used = variables.get(name);
        if (used != null) {
            throw lexer.error(used, "expr.usedBeforeAssigned", name, lexer.where(target.offset()));
        }
    }

    /** One expression up to the end of its statement, which is left unconsumed. */
    private Operand expression() {
        Deque<Pending> pending = new ArrayDeque<>();
        Deque<Item> operands = new ArrayDeque<>();
        int nesting = 0;
        boolean expectOperand = true;
        while (true) {
            Token token = lexer.peek();
            if (expectOperand) {
                switch (token.type()) {
                    case NEWLINE -> lexer.next(); // the statement continues on the next line
                    case NUMBER -> {
                        lexer.next();
                        operands.push(new Item(new Constant(token.number()), token.offset(), end(token)));
                        expectOperand = false;
                    }
                    case NAME -> {
                        lexer.next();
                        Op function = FUNCTIONS.get(token.text());
                        if (function != null) {
                            Token left = lexer.next();
                            if (left.type() != Lexer.Type.LEFT) {
                                throw lexer.error(left.offset(), "expr.expectedCallParen", token.text(), left.describe());
                            }
                            nesting = deeper(nesting, left);
                            pending.push(new Pending(Pending.Kind.CALL, function, left, token.offset()));
                        } else if (lexer.peek().type() == Lexer.Type.LEFT) {
                            throw lexer.error(token.offset(), "expr.unknownFunction", token.text(), KNOWN_FUNCTIONS);
                        } else {
                            operands.push(new Item(reference(token), token.offset(), end(token)));
                            expectOperand = false;
                        }
                    }
                    case LEFT -> {
                        lexer.next();
                        nesting = deeper(nesting, token);
                        pending.push(new Pending(Pending.Kind.PAREN, null, token, token.offset()));
                    }
                    case MINUS -> {
                        lexer.next();
                        nesting = deeper(nesting, token);
                        pending.push(new Pending(Pending.Kind.NEGATE, Op.NEG, token, token.offset()));
                    }
                    default -> throw lexer.error(token.offset(), "expr.expectedOperand", token.describe());
                }
                continue;
            }
            Pending open = innermostParenthesis(pending);
            switch (token.type()) {
                case PLUS, MINUS, TIMES, DIVIDE, POWER -> {
                    lexer.next();
                    Op op = binary(token.type());
                    while (!pending.isEmpty() && pending.peek().bindsBefore(op)) {
                        nesting -= reduce(pending.pop(), operands);
                    }
                    if (op == Op.POW) nesting = deeper(nesting, token);
                    pending.push(new Pending(Pending.Kind.BINARY, op, token, token.offset()));
                    expectOperand = true;
                }
                case RIGHT -> {
                    if (open == null) throw lexer.error(token.offset(), "expr.unexpectedClose");
                    lexer.next();
                    while (pending.peek() != open) nesting -= reduce(pending.pop(), operands);
                    pending.pop();
                    nesting--;
                    if (open.kind() == Pending.Kind.CALL) {
                        Item argument = operands.pop(); // the call's text runs from its name to its ')'
                        operands.push(new Item(emit(open.op(), open.start(), end(token), argument.operand()),
                                open.start(), end(token)));
                    }
                }
                case NEWLINE, SEMICOLON, END -> {
                    if (open == null) {
                        while (!pending.isEmpty()) reduce(pending.pop(), operands);
                        return operands.pop().operand();
                    }
                    if (token.type() == Lexer.Type.NEWLINE) {
                        lexer.next(); // inside parentheses a line break is only space
                    } else {
                        throw unclosed(open, token);
                    }
                }
                case ASSIGN -> throw lexer.error(token.offset(), "expr.unexpectedAssign");
                default -> {
                    if (open != null) throw unclosed(open, token);
                    throw lexer.error(token.offset(), "expr.expectedOperator", token.describe());
                }
            }
        }
    }

    private ExpressionException unclosed(Pending open, Token token) {
        return lexer.error(token.offset(), "expr.expectedClose", lexer.where(open.token().offset()), token.describe());
    }

    private int deeper(int nesting, Token token) {
        if (nesting >= MAX_NESTING) {
            throw lexer.error(token.offset(), "expr.tooDeep", MAX_NESTING);
        }
        return nesting + 1;
    }

    /** Applies a pending operator (not a parenthesis) to the operands on top of the stack; returns the nesting it closes. */
    private int reduce(Pending entry, Deque<Item> operands) {
        switch (entry.kind()) {
            case NEGATE -> {
                Item operand = operands.pop();
                Operand negated = operand.operand() instanceof Constant c ? new Constant(-c.value())
                        : emit(Op.NEG, entry.start(), operand.end(), operand.operand());
                operands.push(new Item(negated, entry.start(), operand.end()));
            }
            case BINARY -> {
                Item right = operands.pop();
                Item left = operands.pop();
                operands.push(new Item(emit(entry.op(), left.start(), right.end(), left.operand(), right.operand()),
                        left.start(), right.end()));
            }
            case PAREN, CALL -> throw new IllegalStateException("only ')' closes a parenthesis");
        }
        return entry.kind() == Pending.Kind.BINARY && entry.op() != Op.POW ? 0 : 1;
    }

    private Operand emit(Op op, int start, int end, Operand... inputs) {
        operations.add(new Operation(op, List.of(inputs), null, start, end));
        return new Result(operations.size() - 1);
    }

    /** A name used as a value: an assigned name's node, or a free variable. */
    private Operand reference(Token name) {
        Operand value = assigned.get(name.text());
        if (value != null) return value;
        variables.putIfAbsent(name.text(), name.offset());
        return new Variable(name.text());
    }

    /** Gives every unnamed operation a readable name no variable or assignment uses: f for the output, then q, r, s, …. */
    private void nameTheRest(Operand output) {
        Set<String> taken = new HashSet<>(variables.keySet());
        taken.addAll(assigned.keySet());
        if (output instanceof Result result && operations.get(result.index()).name() == null) {
            String name = OUTPUT_NAMES.stream().filter(n -> !taken.contains(n)).findFirst().orElse(null);
            if (name != null) {
                taken.add(name);
                operations.set(result.index(), operations.get(result.index()).named(name));
            }
        }
        int counter = 0;
        for (int i = 0; i < operations.size(); i++) {
            if (operations.get(i).name() != null) continue;
            String name;
            do {
                name = counter < INTERMEDIATE_NAMES.size() ? INTERMEDIATE_NAMES.get(counter)
                        : "q_" + (counter - INTERMEDIATE_NAMES.size() + 1);
                counter++;
            } while (taken.contains(name));
            taken.add(name);
            operations.set(i, operations.get(i).named(name));
        }
    }

    private static Pending innermostParenthesis(Deque<Pending> pending) {
        for (Pending entry : pending) {
            if (entry.kind() == Pending.Kind.PAREN || entry.kind() == Pending.Kind.CALL) return entry;
        }
        return null;
    }

    private static int end(Token token) {
        return token.offset() + token.text().length();
    }

    private static Op binary(Lexer.Type type) {
        return switch (type) {
            case PLUS -> Op.ADD;
            case MINUS -> Op.SUB;
            case TIMES -> Op.MUL;
            case DIVIDE -> Op.DIV;
            default -> Op.POW;
        };
    }

    private static Map<String, Op> functions() {
        Map<String, Op> map = new HashMap<>();
        for (Op op : Op.values()) {
            if (op.functionName() != null) map.put(op.functionName(), op);
        }
        map.put("ln", Op.LOG);
        map.put("sigma", Op.SIGMOID);
        map.put("σ", Op.SIGMOID);
        return Map.copyOf(map);
    }

    private static String knownFunctions() {
        StringJoiner names = new StringJoiner(", ");
        for (Op op : Op.values()) {
            if (op.functionName() != null) names.add(op.functionName());
        }
        return names.toString();
    }

    /** An operand on the stack with the span of text it came from (offsets, end exclusive). */
    private record Item(Operand operand, int start, int end) { }

    /**
     * An operator or parenthesis waiting for its operands.
     *
     * @param kind  what it is
     * @param op    the op it will apply (null for a plain parenthesis)
     * @param token where it was written (for a call, its '(')
     * @param start where the text of its result begins (for a call, the function's name)
     */
    private record Pending(Kind kind, Op op, Token token, int start) {
        enum Kind { BINARY, NEGATE, PAREN, CALL }

        /** Whether this pending operator must be applied before {@code next} is pushed. */
        boolean bindsBefore(Op next) {
            return switch (kind) {
                case BINARY -> precedence(op) > precedence(next) || precedence(op) == precedence(next) && next != Op.POW;
                case NEGATE -> precedence(Op.NEG) > precedence(next);
                case PAREN, CALL -> false;
            };
        }

        private static int precedence(Op op) {
            return switch (op) {
                case ADD, SUB -> 1;
                case MUL, DIV -> 2;
                case NEG -> 3;
                default -> 4;
            };
        }
    }
}
